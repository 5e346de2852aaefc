#pragma once
// Arithmetic on calendar dates (proleptic Gregorian, no time zones: a meeting date is a date
// on the calendar): day numbers, adding days and months, weekdays, ISO text.
#include <string>

#include "format/financial_year.hpp"

namespace docket::format {

/// Days since 1970-01-01 (negative before it).
long day_number(const CivilDate& date);
/// The date of a day number.
CivilDate date_of_day(long days);
/// `date` plus `days` (which may be negative).
CivilDate add_days(const CivilDate& date, long days);
/// `date` plus `months` (which may be negative); a day past the end of the month it lands
/// in becomes that month's last day: 31 January + 1 month = 28 (or 29) February.
CivilDate add_months(const CivilDate& date, long months);
/// 0 Monday … 6 Sunday.
int weekday(const CivilDate& date);
/// "2023-12-07".
std::string iso_text(const CivilDate& date);

}  // namespace docket::format
