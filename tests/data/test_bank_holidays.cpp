// The bank holiday calendars the working-day functions count in: docket's shipped file and a
// council's own, checked before use.
#include <catch2/catch.hpp>

#include "data/bank_holidays.hpp"
#include "format/civil_days.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

long day(int y, int m, int d) { return format::day_number({y, m, d}); }

const std::string kHeader = "<bankHolidays xmlns=\"urn:docket:bank-holidays:1\" from=\"2024-01-01\" to=\"2024-12-31\">\n";

}  // namespace

TEST_CASE("The shipped calendar has each part of the UK's own bank holidays", "[data]") {
  Diagnostics diags;
  xml::SchemaCache schemas;
  auto calendar = data::BankHolidays::load(data::BankHolidays::shipped_file(), schemas, diags);
  INFO(diags.size());
  REQUIRE(calendar);
  CHECK(calendar->divisions() == std::vector<std::string>{"england-and-wales", "scotland", "northern-ireland"});
  CHECK(calendar->first_day() == day(2018, 1, 1));
  CHECK(calendar->last_day() == day(2030, 12, 31));
  // Easter Monday is not a holiday in Scotland; 2 January and St Andrew's Day are.
  CHECK(calendar->is_holiday("england-and-wales", day(2024, 4, 1)));
  CHECK_FALSE(calendar->is_holiday("scotland", day(2024, 4, 1)));
  CHECK(calendar->is_holiday("scotland", day(2024, 1, 2)));
  CHECK_FALSE(calendar->is_holiday("england-and-wales", day(2024, 1, 2)));
  CHECK(calendar->is_holiday("scotland", day(2025, 12, 1)));  // St Andrew's Day, Sunday 30th → Monday
  // St Patrick's Day and the Battle of the Boyne in Northern Ireland only.
  CHECK(calendar->is_holiday("northern-ireland", day(2024, 3, 18)));  // 17th was a Sunday
  CHECK(calendar->is_holiday("northern-ireland", day(2024, 7, 12)));
  CHECK_FALSE(calendar->is_holiday("england-and-wales", day(2024, 7, 12)));
  // The one-off holidays proclaimed.
  CHECK(calendar->is_holiday("england-and-wales", day(2022, 9, 19)));
  CHECK(calendar->is_holiday("northern-ireland", day(2023, 5, 8)));
  CHECK_FALSE(calendar->has("wales"));
}

TEST_CASE("A calendar that is not of the bank holiday form is refused with where and why", "[data]") {
  test::ScratchDir dir("bank-holidays");
  xml::SchemaCache schemas;
  SECTION("wrong root") {
    test::write_text(dir / "c.xml", "<holidays/>");
    Diagnostics diags;
    CHECK_FALSE(data::BankHolidays::load(dir / "c.xml", schemas, diags));
    REQUIRE(diags.size() == 1);
    CHECK(diags.items()[0].code == "calendar.not-a-calendar");
    CHECK(diags.items()[0].message ==
          "this is not a bank holiday calendar: the root must be <bankHolidays> in namespace urn:docket:bank-holidays:1");
  }
  SECTION("a date that is not a date") {
    test::write_text(dir / "c.xml", kHeader + "<division id=\"ours\" name=\"Ours\"><holiday date=\"2024-02-30\">x</holiday>"
                                              "</division></bankHolidays>");
    Diagnostics diags;
    CHECK_FALSE(data::BankHolidays::load(dir / "c.xml", schemas, diags));
    REQUIRE(diags.error_count() >= 1);
    CHECK(diags.items()[0].line == 2);
  }
  SECTION("a holiday outside the dates covered") {
    test::write_text(dir / "c.xml", kHeader + "<division id=\"ours\" name=\"Ours\">\n<holiday date=\"2025-01-01\">x</holiday>"
                                              "</division></bankHolidays>");
    Diagnostics diags;
    CHECK_FALSE(data::BankHolidays::load(dir / "c.xml", schemas, diags));
    REQUIRE(diags.size() == 1);
    CHECK(diags.items()[0].code == "calendar.outside");
    CHECK(diags.items()[0].line == 3);
    CHECK(diags.items()[0].message ==
          "the holiday on 2025-01-01 is outside the dates the calendar covers (from 2024-01-01 to 2024-12-31)");
  }
  SECTION("a council's own calendar") {
    test::write_text(dir / "c.xml", kHeader + "<division id=\"ours\" name=\"Ours\"><holiday date=\"2024-08-05\">Show day"
                                              "</holiday></division></bankHolidays>");
    Diagnostics diags;
    auto calendar = data::BankHolidays::load(dir / "c.xml", schemas, diags);
    REQUIRE(calendar);
    CHECK(calendar->is_holiday("ours", day(2024, 8, 5)));
    CHECK_FALSE(calendar->is_holiday("ours", day(2024, 8, 26)));
  }
}
