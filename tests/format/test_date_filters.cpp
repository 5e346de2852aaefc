#include <unicode/timezone.h>

#include <memory>

#include "format_test_helpers.hpp"

using docket::format::FilterCall;
using docket::format::test::apply;

TEST_CASE("date formats with an ICU pattern", "[format]") {
  CHECK(apply("2023-12-18", {"date", {"d MMMM y"}}) == "18 December 2023");
  CHECK(apply("2023-12-07", {"date", {"EEEE d MMMM y"}}) == "Thursday 7 December 2023");
  CHECK(apply("2023-11-28", {"date", {"EEEE, d MMMM y"}}) == "Tuesday, 28 November 2023");
  CHECK(apply("2023-12-07", {"date", {"d MMMM y 'at' HH:mm"}}) == "7 December 2023 at 00:00");
}

TEST_CASE("date formats with the locale's named styles", "[format]") {
  SECTION("long") { CHECK(apply("2023-12-07", {"date", {"long"}}) == "7 December 2023"); }
  SECTION("full") {
    CHECK(apply("2023-12-07", {"date", {"full"}}) == "Thursday, 7 December 2023");
  }
  SECTION("medium") { CHECK(apply("2023-12-07", {"date", {"medium"}}) == "7 Dec 2023"); }
  SECTION("short") { CHECK(apply("2023-12-07", {"date", {"short"}}) == "07/12/2023"); }
}

TEST_CASE("date reads xs:date and xs:dateTime and ignores any zone", "[format]") {
  const FilterCall call{"date", {"d MMMM y"}};
  SECTION("zone on a date") {
    CHECK(apply("2023-12-07Z", call) == "7 December 2023");
    CHECK(apply("2023-12-07+01:00", call) == "7 December 2023");
    CHECK(apply("2023-12-07-05:00", call) == "7 December 2023");
  }
  SECTION("date and time, with fraction and zone") {
    CHECK(apply("2023-12-07T23:59:59.999-11:00", call) == "7 December 2023");
    CHECK(apply("2023-12-07T00:00:00+14:00", call) == "7 December 2023");
  }
  SECTION("surrounding whitespace from the XML") {
    CHECK(apply("\n  2023-12-07 ", call) == "7 December 2023");
  }
}

TEST_CASE("date keeps the day across year ends and leap days", "[format]") {
  const FilterCall call{"date", {"EEEE d MMMM y"}};
  CHECK(apply("2023-12-31", call) == "Sunday 31 December 2023");
  CHECK(apply("2024-01-01", call) == "Monday 1 January 2024");
  CHECK(apply("2024-02-29", call) == "Thursday 29 February 2024");
  CHECK(apply("2000-02-29", call) == "Tuesday 29 February 2000");
  CHECK(apply("1999-12-31T23:59:59", call) == "Friday 31 December 1999");
}

namespace {
// Sets ICU's default time zone for one test and puts the previous one back.
class DefaultTimeZone {
 public:
  explicit DefaultTimeZone(const char16_t* id) : saved_(icu::TimeZone::createDefault()) {
    icu::TimeZone::adoptDefault(icu::TimeZone::createTimeZone(icu::UnicodeString(id)));
  }
  ~DefaultTimeZone() { icu::TimeZone::adoptDefault(saved_.release()); }
  DefaultTimeZone(const DefaultTimeZone&) = delete;
  DefaultTimeZone& operator=(const DefaultTimeZone&) = delete;

 private:
  std::unique_ptr<icu::TimeZone> saved_;
};
}  // namespace

TEST_CASE("date and time do not shift with the machine's time zone", "[format]") {
  const char16_t* zone = GENERATE(u"Pacific/Kiritimati", u"Pacific/Pago_Pago");
  const DefaultTimeZone in_zone(zone);
  CHECK(apply("2023-12-07", {"date", {"full"}}) == "Thursday, 7 December 2023");
  CHECK(apply("2023-12-07T23:30:00", {"date", {"d MMMM y HH:mm"}}) == "7 December 2023 23:30");
  CHECK(apply("00:15", {"time", {"HH:mm"}}) == "00:15");
}

TEST_CASE("ordinal-date puts an ordinal day before the month and year", "[format]") {
  SECTION("default rest of the date") {
    CHECK(apply("2023-11-07", {"ordinal-date", {}}) == "7th November 2023");
    CHECK(apply("2023-09-30", {"ordinal-date", {}}) == "30th September 2023");
    CHECK(apply("2024-03-01", {"ordinal-date", {}}) == "1st March 2024");
    CHECK(apply("2024-03-22", {"ordinal-date", {}}) == "22nd March 2024");
    CHECK(apply("2024-03-13", {"ordinal-date", {}}) == "13th March 2024");
  }
  SECTION("own pattern for what follows the day") {
    CHECK(apply("2023-11-07", {"ordinal-date", {"MMMM"}}) == "7th November");
    CHECK(apply("2023-11-07T18:00", {"ordinal-date", {"MMM y, HH:mm"}}) ==
          "7th Nov 2023, 18:00");
  }
}

TEST_CASE("time formats xs:time and the time of xs:dateTime", "[format]") {
  SECTION("24-hour clock") {
    CHECK(apply("14:30:00", {"time", {"HH:mm"}}) == "14:30");
    CHECK(apply("14:30", {"time", {"HH:mm"}}) == "14:30");
    CHECK(apply("09:05:59.5Z", {"time", {"HH:mm:ss"}}) == "09:05:59");
  }
  SECTION("12-hour clock with en-GB's lower-case day period") {
    CHECK(apply("14:30:00", {"time", {"h.mm a"}}) == "2.30 pm");
    CHECK(apply("09:15", {"time", {"h.mm a"}}) == "9.15 am");
    CHECK(apply("00:00", {"time", {"h.mm a"}}) == "12.00 am");
  }
  SECTION("from a date and time") {
    CHECK(apply("2023-12-07T18:45:00+00:00", {"time", {"HH:mm"}}) == "18:45");
  }
}

TEST_CASE("dates and times follow the Welsh locale", "[format]") {
  CHECK(apply("2023-12-07", {"date", {"long"}}, "cy-GB") == "7 Rhagfyr 2023");
  CHECK(apply("2023-12-07", {"date", {"full"}}, "cy-GB") == "Dydd Iau, 7 Rhagfyr 2023");
  CHECK(apply("2023-12-07", {"date", {"d MMMM y"}}, "cy_GB") == "7 Rhagfyr 2023");
  CHECK(apply("14:30", {"time", {"h.mm a"}}, "cy-GB") == "2.30 yh");
}
