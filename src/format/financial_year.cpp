// The financial-year arithmetic of domain.md §2.3: the year runs 1 April to 31 March and is
// labelled by its two calendar years, "2023/24".
#include "format/financial_year.hpp"

#include <unicode/smpdtfmt.h>

#include <chrono>
#include <cstdio>

#include "format/detail/icu_text.hpp"
#include "format/detail/iso_values.hpp"

namespace docket::format {

FinancialQuarter financial_quarter(const CivilDate& date) {
  const int start_year = date.month >= 4 ? date.year : date.year - 1;
  const int months_since_april = (date.month - 4 + 12) % 12;
  return FinancialQuarter{start_year, months_since_april / 3 + 1};
}

std::string fy_label(int start_year) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%d/%02d", start_year, (start_year + 1) % 100);
  return buffer;
}

std::string fy_label(int start_year, const Locale& locale, LabelLength length) {
  if (length == LabelLength::short_label) return fy_label(start_year);
  return (locale.language() == "cy" ? "Blwyddyn ariannol " : "Financial year ") + fy_label(start_year);
}

std::string fy_quarter_label(const FinancialQuarter& quarter, const Locale& locale, LabelLength length) {
  const bool welsh = locale.language() == "cy";
  const char* word = length == LabelLength::long_label ? (welsh ? "Chwarter " : "Quarter ") : (welsh ? "Ch" : "Q");
  return word + std::to_string(quarter.quarter) + " " + fy_label(quarter.start_year);
}

CivilDate quarter_start(const FinancialQuarter& quarter) {
  // Q1 starts in April, Q2 July, Q3 October, Q4 January of the next calendar year.
  const int month = ((quarter.quarter - 1) * 3 + 3) % 12 + 1;
  const int year = quarter.quarter == 4 ? quarter.start_year + 1 : quarter.start_year;
  return CivilDate{year, month, 1};
}

CivilDate quarter_end(const FinancialQuarter& quarter) {
  const CivilDate start = quarter_start(quarter);
  const std::chrono::year_month_day_last last{
      std::chrono::year(start.year),
      std::chrono::month_day_last(std::chrono::month(static_cast<unsigned>(start.month + 2)))};
  return CivilDate{start.year, start.month + 2, static_cast<int>(unsigned(last.day()))};
}

std::string month_span(const FinancialQuarter& quarter, const Locale& locale) {
  const icu::Locale icu = detail::icu_locale(locale);
  UErrorCode status = U_ZERO_ERROR;
  icu::SimpleDateFormat first(u"MMMM", icu, status);
  icu::SimpleDateFormat last(u"MMMM y", icu, status);
  detail::check_icu(status, "month formatter");
  first.setTimeZone(*icu::TimeZone::getGMT());
  last.setTimeZone(*icu::TimeZone::getGMT());
  const detail::ClockTime midnight{0, 0, 0, 0};
  icu::UnicodeString out;
  first.format(detail::to_udate({quarter_start(quarter), midnight}), out);
  out += u'\u2013';
  last.format(detail::to_udate({quarter_end(quarter), midnight}), out);
  return detail::to_utf8(out);
}

}  // namespace docket::format
