#pragma once
// One compiler per family of filters. compile_filter() has already checked the number of
// arguments against the filter's usage line; a compiler checks what the arguments say and
// calls throw_bad_arguments() when one is of the wrong kind.
#include <unicode/localpointer.h>
#include <unicode/rbnf.h>

#include <memory>

#include "format/filter.hpp"

namespace docket::format::detail {

/// Throws FilterError with the filter's usage line ("percent takes the number of decimals,
/// e.g. percent 0") and, as the hint, the call as written.
[[noreturn]] void throw_bad_arguments(const FilterCall& call);

std::unique_ptr<Filter> compile_date(const FilterCall& call, const Locale& locale);
std::unique_ptr<Filter> compile_ordinal_date(const FilterCall& call, const Locale& locale);
std::unique_ptr<Filter> compile_time(const FilterCall& call, const Locale& locale);
std::unique_ptr<Filter> compile_number(const FilterCall& call, const Locale& locale);
std::unique_ptr<Filter> compile_integer(const FilterCall& call, const Locale& locale);
std::unique_ptr<Filter> compile_percent(const FilterCall& call, const Locale& locale);
std::unique_ptr<Filter> compile_currency(const FilterCall& call, const Locale& locale);
/// spellout and ordinal (ICU rule-based number formats).
std::unique_ptr<Filter> compile_rule_based(const FilterCall& call, const Locale& locale);
/// The locale's ordinal numbers ("43rd"); Welsh ones ("1af", "2il", "3ydd") are docket's own,
/// as ICU has none.
icu::LocalPointer<icu::RuleBasedNumberFormat> ordinal_format(const Locale& locale);
/// upper, lower and title.
std::unique_ptr<Filter> compile_case_mapping(const FilterCall& call, const Locale& locale);
std::unique_ptr<Filter> compile_default(const FilterCall& call, const Locale& locale);
/// fy and fy-quarter.
std::unique_ptr<Filter> compile_financial_year(const FilterCall& call, const Locale& locale);
std::unique_ptr<Filter> compile_rag(const FilterCall& call, const Locale& locale);

}  // namespace docket::format::detail
