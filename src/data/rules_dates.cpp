#include "data/detail/rules_dates.hpp"

#include <array>
#include <charconv>

#include "data/detail/rules_values.hpp"
#include "format/civil_days.hpp"

namespace docket::data::detail {

namespace {

constexpr std::array<const char*, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

std::optional<int> digits(std::string_view s) {
  int n = 0;
  if (s.empty()) return std::nullopt;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return n;
}

// The time-zone suffix xs:date allows: "Z" or "+hh:mm" / "-hh:mm".
bool is_zone(std::string_view s) {
  if (s.empty() || s == "Z") return true;
  return s.size() == 6 && (s[0] == '+' || s[0] == '-') && s[3] == ':' && digits(s.substr(1, 2)) &&
         digits(s.substr(4, 2));
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  const std::string value = collapse_spaces(text);
  std::string_view s = value;
  const auto first_dash = s.find('-');
  if (first_dash == std::string_view::npos || first_dash < 4 || s.size() < first_dash + 6) {
    return std::nullopt;
  }
  auto year = digits(s.substr(0, first_dash));
  auto month = digits(s.substr(first_dash + 1, 2));
  auto day = digits(s.substr(first_dash + 4, 2));
  if (!year || !month || !day || s[first_dash + 3] != '-' || !is_zone(s.substr(first_dash + 6))) {
    return std::nullopt;
  }
  if (*year < 1 || *month < 1 || *month > 12 || *day < 1 || *day > days_in_month(*year, *month)) {
    return std::nullopt;
  }
  return Date{*year, *month, *day};
}

// The day arithmetic is the format layer's (format/civil_days.hpp), which the template's date
// functions use too.
long day_number(Date date) { return format::day_number({date.year, date.month, date.day}); }

Date date_from_day_number(long days) {
  const format::CivilDate d = format::date_of_day(days);
  return {d.year, d.month, d.day};
}

Date add_days(Date date, long days) { return date_from_day_number(day_number(date) + days); }

long clear_days(Date from, Date to) { return day_number(to) - day_number(from) - 1; }

std::string long_date(Date date) {
  return std::to_string(date.day) + " " + kMonths[static_cast<std::size_t>(date.month - 1)] + " " +
         std::to_string(date.year);
}

std::string date_span(Date first, Date last) {
  if (first.year != last.year) return long_date(first) + " \u2013 " + long_date(last);
  return std::to_string(first.day) + " " + kMonths[static_cast<std::size_t>(first.month - 1)] +
         " \u2013 " + long_date(last);
}

// §2.3: fy = (M >= 4) ? Y : Y - 1 and q = ((M - 4) mod 12) div 3 + 1.
FinancialQuarter financial_quarter_of(Date date) {
  return {date.month >= 4 ? date.year : date.year - 1, ((date.month + 8) % 12) / 3 + 1};
}

Date quarter_first_day(FinancialQuarter q) {
  const int month = ((q.quarter - 1) * 3 + 3) % 12 + 1;  // April, July, October, January
  return {q.quarter == 4 ? q.year + 1 : q.year, month, 1};
}

Date quarter_last_day(FinancialQuarter q) {
  const Date first = quarter_first_day(q);
  const int month = first.month + 2;
  return {first.year, month, days_in_month(first.year, month)};
}

std::string financial_year_label(int year) {
  const int next = (year + 1) % 100;
  return std::to_string(year) + "/" + (next < 10 ? "0" : "") + std::to_string(next);
}

}  // namespace docket::data::detail
