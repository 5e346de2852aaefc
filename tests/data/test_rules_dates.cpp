// The rules' own date helpers: xs:date, clear days and the April-to-March financial year.
#include <catch2/catch.hpp>

#include "data/detail/rules_dates.hpp"

using namespace docket::data::detail;

TEST_CASE("Rule dates read xs:date with or without a time zone and refuse impossible days", "[data]") {
  CHECK(parse_date("2023-12-18") == Date{2023, 12, 18});
  CHECK(parse_date(" 2023-12-18Z ") == Date{2023, 12, 18});
  CHECK(parse_date("2023-12-18+01:00") == Date{2023, 12, 18});
  CHECK(parse_date("2024-02-29") == Date{2024, 2, 29});
  for (const char* text : {"2023-02-29", "1900-02-29", "2023-04-31", "2023-13-01", "2023-00-01",
                           "18/12/2023", "2023-12-8", "2023-12-18T10:00", "-2023-12-18", ""}) {
    CAPTURE(text);
    CHECK_FALSE(parse_date(text));
  }
}

TEST_CASE("Clear days leave out both the day of issue and the day of the meeting", "[data]") {
  const Date meeting{2023, 12, 18};
  CHECK(clear_days({2023, 12, 12}, meeting) == 5);
  CHECK(clear_days({2023, 12, 17}, meeting) == 0);
  CHECK(clear_days(meeting, meeting) == -1);
  CHECK(clear_days({2023, 11, 19}, meeting) == 28);
  CHECK(clear_days({2024, 2, 28}, {2024, 3, 1}) == 1);  // 29 February
  CHECK(add_days(meeting, -6) == Date{2023, 12, 12});
  CHECK(add_days({2023, 12, 31}, 1) == Date{2024, 1, 1});
}

TEST_CASE("Day numbers count from 1 January 1970 and round-trip", "[data]") {
  CHECK(day_number({1970, 1, 1}) == 0);
  CHECK(day_number({2000, 3, 1}) == 11017);
  CHECK(day_number({1969, 12, 31}) == -1);
  for (long n : {-800000L, -1L, 0L, 19709L, 2932896L}) {
    CAPTURE(n);
    CHECK(day_number(date_from_day_number(n)) == n);
  }
}

TEST_CASE("Financial quarters run April to March, quarter 4 in the next calendar year", "[data]") {
  CHECK(financial_quarter_of({2023, 4, 1}) == FinancialQuarter{2023, 1});
  CHECK(financial_quarter_of({2023, 9, 30}) == FinancialQuarter{2023, 2});
  CHECK(financial_quarter_of({2023, 12, 31}) == FinancialQuarter{2023, 3});
  CHECK(financial_quarter_of({2024, 1, 1}) == FinancialQuarter{2023, 4});
  CHECK(financial_quarter_of({2024, 3, 31}) == FinancialQuarter{2023, 4});
  CHECK(quarter_first_day({2022, 4}) == Date{2023, 1, 1});
  CHECK(quarter_last_day({2022, 4}) == Date{2023, 3, 31});
  CHECK(quarter_first_day({2023, 1}) == Date{2023, 4, 1});
  CHECK(quarter_last_day({2023, 1}) == Date{2023, 6, 30});
  CHECK(quarter_last_day({2023, 3}) == Date{2023, 12, 31});
}

TEST_CASE("Rule dates are written the British way", "[data]") {
  CHECK(long_date({2023, 12, 18}) == "18 December 2023");
  CHECK(date_span({2023, 7, 1}, {2023, 9, 30}) == "1 July – 30 September 2023");
  CHECK(date_span({2023, 4, 1}, {2024, 3, 31}) == "1 April 2023 – 31 March 2024");
  CHECK(financial_year_label(2023) == "2023/24");
  CHECK(financial_year_label(1999) == "1999/00");
  CHECK(financial_year_label(2008) == "2008/09");
}
