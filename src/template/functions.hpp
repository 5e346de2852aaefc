#pragma once
// docket's XPath extension functions, registered on each rendering context:
//   fy-quarter(date) → "Q2 2023/24" (Welsh "Ch2 2023/24")   fy(date) → "2023/24"
//   rag-status(actual, target, polarity, tolerance) → "Red" / "Amber" / "Green"
//   max(…), min(…), avg(…) over numbers and node-sets
//   add-days(date, n), add-months(date, n), add-years(date, n) → a date
//   days-between(from, to) → a number; compare-dates(a, b) → -1, 0 or 1
//   add-working-days(date, n[, division]), clear-working-days-before(date, n[, division]) → a date
//   working-days-between(from, to[, division]) → a number; is-working-day(date[, division])
// The working-day functions count weekdays that are not bank holidays of the division
// (england-and-wales when none is named) in the calendar of FunctionEnv.
#include <string_view>

#include "xml/xpath.hpp"

namespace docket::data {
class BankHolidays;
}
namespace docket::format {
class Locale;
}

namespace docket::tmpl {

/// What the extension functions read while evaluating. Must outlive the context.
struct FunctionEnv {
  const data::BankHolidays* holidays = nullptr;  // null: the working-day functions report it
  const format::Locale* locale = nullptr;        // for fy-quarter's words; null: en-GB
};

/// Registers every extension function on `ctx`; `env` (may be null) is their data.
void register_functions(xml::XPathContext& ctx, const FunctionEnv* env);

/// Whether an evaluation error is one an extension function gave about its arguments: those
/// read "name(): what is wrong".
bool is_function_error(std::string_view error);

/// The date and working-day functions (functions_dates.cpp).
void register_date_functions(xml::XPathContext& ctx);

}  // namespace docket::tmpl
