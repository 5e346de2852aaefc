// Calendar arithmetic behind the template's date functions.
#include <catch2/catch.hpp>

#include "format/civil_days.hpp"

using namespace docket::format;

TEST_CASE("Day numbers count from 1 January 1970 and convert back", "[format]") {
  CHECK(day_number({1970, 1, 1}) == 0);
  CHECK(day_number({1969, 12, 31}) == -1);
  CHECK(day_number({2000, 3, 1}) == 11017);
  for (long d : {-800000L, -1L, 0L, 11016L, 11017L, 19700L, 60000L}) {
    INFO(d);
    CHECK(day_number(date_of_day(d)) == d);
  }
  CHECK(iso_text(date_of_day(19700)) == "2023-12-09");
}

TEST_CASE("Adding days crosses months, years and leap days", "[format]") {
  CHECK(iso_text(add_days({2023, 12, 25}, 10)) == "2024-01-04");
  CHECK(iso_text(add_days({2024, 2, 28}, 1)) == "2024-02-29");
  CHECK(iso_text(add_days({2023, 2, 28}, 1)) == "2023-03-01");
  CHECK(iso_text(add_days({2024, 3, 1}, -1)) == "2024-02-29");
}

TEST_CASE("Adding months keeps the day, or the last day of a shorter month", "[format]") {
  CHECK(iso_text(add_months({2024, 1, 31}, 1)) == "2024-02-29");
  CHECK(iso_text(add_months({2023, 1, 31}, 1)) == "2023-02-28");
  CHECK(iso_text(add_months({2023, 11, 15}, 3)) == "2024-02-15");
  CHECK(iso_text(add_months({2024, 1, 15}, -1)) == "2023-12-15");
  CHECK(iso_text(add_months({2024, 3, 31}, -13)) == "2023-02-28");
  CHECK(iso_text(add_months({2024, 2, 29}, 12)) == "2025-02-28");
}

TEST_CASE("Weekdays run from 0 for Monday to 6 for Sunday", "[format]") {
  CHECK(weekday({2023, 12, 18}) == 0);  // a Monday
  CHECK(weekday({2023, 12, 7}) == 3);   // a Thursday
  CHECK(weekday({2023, 12, 24}) == 6);  // a Sunday
  CHECK(weekday({1969, 12, 28}) == 6);  // before day 0
}
