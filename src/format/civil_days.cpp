#include "format/civil_days.hpp"

#include <cstdio>

namespace docket::format {

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

}  // namespace

// Howard Hinnant's days_from_civil and civil_from_days (public domain algorithms).
long day_number(const CivilDate& date) {
  const long y = date.year - (date.month <= 2);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate date_of_day(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (month <= 2)), month, day};
}

CivilDate add_days(const CivilDate& date, long days) { return date_of_day(day_number(date) + days); }

CivilDate add_months(const CivilDate& date, long months) {
  long index = static_cast<long>(date.year) * 12 + (date.month - 1) + months;
  const int year = static_cast<int>(index >= 0 ? index / 12 : (index - 11) / 12);
  const int month = static_cast<int>(index - static_cast<long>(year) * 12) + 1;
  const int day = date.day < days_in_month(year, month) ? date.day : days_in_month(year, month);
  return {year, month, day};
}

int weekday(const CivilDate& date) {
  const long d = day_number(date);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((d % 7) + 7 + 3) % 7);
}

std::string iso_text(const CivilDate& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

}  // namespace docket::format
