#pragma once
// Internal to the committee-paper rules: calendar dates, clear days and the local-government
// financial year (1 April to 31 March; domain notes §2.3). Deliberately local: the rules
// need only these few facts, and they must not depend on the format layer's formatting (its
// day arithmetic, format/civil_days.hpp, they share).
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace docket::data::detail {

struct Date {
  int year = 0;
  int month = 0;  // 1–12
  int day = 0;    // 1–31
  friend auto operator<=>(const Date&, const Date&) = default;
};

/// Reads xs:date text ("2023-12-18", also with a time zone, "2023-12-18Z"), ignoring the
/// zone. nullopt for anything else, including days that do not exist (2023-02-29).
std::optional<Date> parse_date(std::string_view text);

/// Days since 1970-01-01 (negative before), so that differences count calendar days.
long day_number(Date date);
Date date_from_day_number(long days);
Date add_days(Date date, long days);

/// Clear days from `from` to `to`: the whole days strictly between them, leaving out both
/// the day of `from` (issue) and the day of `to` (the meeting). Negative when `to` is first.
long clear_days(Date from, Date to);

/// "18 December 2023".
std::string long_date(Date date);
/// "1 July – 30 September 2023", or "1 January 2023 – 31 March 2024" across years.
std::string date_span(Date first, Date last);

/// A quarter of a financial year: `year` is the calendar year the financial year starts in
/// (2023 for 2023/24); quarter 1 is April–June … quarter 4 January–March of `year` + 1.
struct FinancialQuarter {
  int year = 0;
  int quarter = 0;
  friend bool operator==(const FinancialQuarter&, const FinancialQuarter&) = default;
};

FinancialQuarter financial_quarter_of(Date date);
Date quarter_first_day(FinancialQuarter q);
Date quarter_last_day(FinancialQuarter q);
/// "2023/24" for the year starting in April 2023.
std::string financial_year_label(int year);

}  // namespace docket::data::detail
