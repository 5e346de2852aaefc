#pragma once
// UK local-government financial years (1 April to 31 March) and their quarters, as committee
// reports label them: "2023/24", "Q2 2023/24", "July–September 2023". Used by the fy and
// fy-quarter filters and by the XPath functions of the same names.
#include <optional>
#include <string>
#include <string_view>

#include "format/filter.hpp"

namespace docket::format {

/// A day in the proleptic Gregorian calendar, as written in data (month and day 1-based).
struct CivilDate {
  int year;
  int month;
  int day;
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

/// Reads an xs:date ("2023-12-07", optionally with a zone "Z" or "+01:00", which is ignored:
/// a meeting date is a calendar date) or the date of an xs:dateTime ("2023-12-07T14:30:00").
/// Surrounding whitespace is ignored. Returns nullopt for anything else, including days that
/// do not exist (2023-02-29) and year 0000.
std::optional<CivilDate> parse_iso_date(std::string_view text);

/// A quarter of the financial year that starts in April of `start_year` (quarter 1-4).
struct FinancialQuarter {
  int start_year;
  int quarter;
  friend bool operator==(const FinancialQuarter&, const FinancialQuarter&) = default;
};

/// The quarter a date falls in: 2023-07-01 → {2023, 2}; 2024-03-31 → {2023, 4}.
FinancialQuarter financial_quarter(const CivilDate& date);

/// "2023/24" for the year starting April 2023; "1999/00", "2099/00" across centuries.
std::string fy_label(int start_year);

/// How a financial year or quarter is named: short as in tables ("Q2 2023/24"), or long as in
/// headings and titles ("Quarter 2 2023/24", "Financial year 2023/24").
enum class LabelLength { short_label, long_label };

/// The year in the locale's words: short "2023/24" in every language; long "Financial year
/// 2023/24", in Welsh "Blwyddyn ariannol 2023/24".
std::string fy_label(int start_year, const Locale& locale, LabelLength length);

/// "Q2 2023/24" (long "Quarter 2 2023/24"); in Welsh "Ch2 2023/24" (long "Chwarter 2
/// 2023/24"), as Welsh councils print them (Flintshire's performance reports: "Ch4"; Anglesey's
/// budget monitoring: "Chwarter 2, 2023/24").
std::string fy_quarter_label(const FinancialQuarter& quarter, const Locale& locale,
                             LabelLength length = LabelLength::short_label);

/// The first day of the quarter: Q4 2023/24 → 2024-01-01.
CivilDate quarter_start(const FinancialQuarter& quarter);

/// The last day of the quarter: Q4 2023/24 → 2024-03-31.
CivilDate quarter_end(const FinancialQuarter& quarter);

/// The quarter's months in the locale, joined by an en dash: "January–March 2024". A quarter
/// never spans two calendar years, so the year is printed once.
std::string month_span(const FinancialQuarter& quarter, const Locale& locale);

}  // namespace docket::format
