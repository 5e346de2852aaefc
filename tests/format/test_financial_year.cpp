#include "format/financial_year.hpp"
#include "format_test_helpers.hpp"

using namespace docket::format;
using docket::format::test::apply;

TEST_CASE("parse_iso_date reads xs:date and the date of xs:dateTime", "[format]") {
  CHECK(parse_iso_date("2023-12-07") == CivilDate{2023, 12, 7});
  CHECK(parse_iso_date("2023-12-07+01:00") == CivilDate{2023, 12, 7});
  CHECK(parse_iso_date("2023-12-07T14:30:00.5Z") == CivilDate{2023, 12, 7});
  CHECK(parse_iso_date(" 2024-02-29\n") == CivilDate{2024, 2, 29});
}

TEST_CASE("parse_iso_date refuses days that do not exist and other forms", "[format]") {
  const char* text = GENERATE("2023-02-29", "1900-02-29", "2023-04-31", "2023-13-01",
                              "2023-00-10", "0000-01-01", "7/12/2023", "2023-12-7", "20231207",
                              "2023-12-07T25:00:00", "2023-12-07T", "2023-12-07+1:00",
                              "2023-12-07 extra", "");
  CAPTURE(text);
  CHECK_FALSE(parse_iso_date(text).has_value());
}

TEST_CASE("financial_quarter follows the April to March year", "[format]") {
  CHECK(financial_quarter({2023, 4, 1}) == FinancialQuarter{2023, 1});
  CHECK(financial_quarter({2023, 6, 30}) == FinancialQuarter{2023, 1});
  CHECK(financial_quarter({2023, 7, 1}) == FinancialQuarter{2023, 2});
  CHECK(financial_quarter({2023, 9, 30}) == FinancialQuarter{2023, 2});
  CHECK(financial_quarter({2023, 12, 31}) == FinancialQuarter{2023, 3});
  CHECK(financial_quarter({2024, 1, 1}) == FinancialQuarter{2023, 4});
  CHECK(financial_quarter({2024, 3, 31}) == FinancialQuarter{2023, 4});
  CHECK(financial_quarter({2024, 4, 1}) == FinancialQuarter{2024, 1});
}

TEST_CASE("fy_label writes both calendar years, across centuries too", "[format]") {
  CHECK(fy_label(2023) == "2023/24");
  CHECK(fy_label(1999) == "1999/00");
  CHECK(fy_label(2099) == "2099/00");
  CHECK(fy_label(2008) == "2008/09");
}

TEST_CASE("Financial-year and quarter labels are in the locale's words, short or long", "[format]") {
  const Locale english("en-GB");
  const Locale welsh("cy-GB");
  CHECK(fy_quarter_label({2023, 2}, english) == "Q2 2023/24");
  CHECK(fy_quarter_label({2023, 2}, english, LabelLength::long_label) == "Quarter 2 2023/24");
  CHECK(fy_quarter_label({2026, 2}, welsh) == "Ch2 2026/27");
  CHECK(fy_quarter_label({2026, 2}, welsh, LabelLength::long_label) == "Chwarter 2 2026/27");
  CHECK(fy_label(2026, english, LabelLength::short_label) == "2026/27");
  CHECK(fy_label(2026, welsh, LabelLength::short_label) == "2026/27");
  CHECK(fy_label(2026, english, LabelLength::long_label) == "Financial year 2026/27");
  CHECK(fy_label(2026, welsh, LabelLength::long_label) == "Blwyddyn ariannol 2026/27");
}

TEST_CASE("quarters start and end on the right days", "[format]") {
  SECTION("Q2 2023/24 is July to September 2023") {
    CHECK(quarter_start({2023, 2}) == CivilDate{2023, 7, 1});
    CHECK(quarter_end({2023, 2}) == CivilDate{2023, 9, 30});
  }
  SECTION("Q4 2023/24 is January to March 2024") {
    CHECK(quarter_start({2023, 4}) == CivilDate{2024, 1, 1});
    CHECK(quarter_end({2023, 4}) == CivilDate{2024, 3, 31});
  }
  SECTION("Q1 and Q3") {
    CHECK(quarter_start({2023, 1}) == CivilDate{2023, 4, 1});
    CHECK(quarter_end({2023, 1}) == CivilDate{2023, 6, 30});
    CHECK(quarter_end({2023, 3}) == CivilDate{2023, 12, 31});
  }
}

TEST_CASE("month_span names a quarter's months in the locale", "[format]") {
  CHECK(month_span({2023, 4}, Locale("en-GB")) == "January\u2013March 2024");
  CHECK(month_span({2023, 2}, Locale("en-GB")) == "July\u2013September 2023");
  CHECK(month_span({2023, 3}, Locale("cy-GB")) == "Hydref\u2013Rhagfyr 2023");
}

TEST_CASE("fy-quarter and fy label a date's financial year", "[format]") {
  SECTION("fy-quarter") {
    CHECK(apply("2023-09-30", {"fy-quarter", {}}) == "Q2 2023/24");
    CHECK(apply("2024-01-15T10:00:00", {"fy-quarter", {}}) == "Q4 2023/24");
    CHECK(apply("2024-04-01", {"fy-quarter", {}}) == "Q1 2024/25");
  }
  SECTION("fy changes on 1 April, not 1 January or 6 April") {
    CHECK(apply("2024-03-31", {"fy", {}}) == "2023/24");
    CHECK(apply("2024-04-01", {"fy", {}}) == "2024/25");
    CHECK(apply("2024-01-01", {"fy", {}}) == "2023/24");
    CHECK(apply("2000-03-31", {"fy", {}}) == "1999/00");
  }
}
