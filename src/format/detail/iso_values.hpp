#pragma once
// XSD date and time values as wall-clock fields, and their instant for ICU formatters that
// run in GMT: the machine's time zone must never move a meeting to another day.
#include <optional>
#include <string_view>

#include "format/financial_year.hpp"

namespace docket::format::detail {

struct ClockTime {
  int hour;
  int minute;
  int second;
  int millisecond;
};

struct DateTime {
  CivilDate date;
  ClockTime time;
};

/// xs:date (at midnight) or xs:dateTime, with optional fraction and zone; the zone is
/// ignored. Surrounding whitespace is ignored. nullopt for anything else.
std::optional<DateTime> parse_iso_date_time(std::string_view text);

/// xs:time ("14:30:00"), "14:30", or the time of an xs:dateTime; nullopt otherwise.
std::optional<ClockTime> parse_iso_time(std::string_view text);

/// ICU's UDate (milliseconds since 1970-01-01T00:00Z) for the fields read as GMT.
double to_udate(const DateTime& when);

}  // namespace docket::format::detail
