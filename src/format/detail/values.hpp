#pragma once
// Reading filter values and arguments: data values are XPath string-values, so numbers are
// decimal strings and dates are xs:date text. Every failure is a FilterError that names the
// value and shows the form data should use.
#include <optional>
#include <string>
#include <string_view>

#include "format/detail/iso_values.hpp"

namespace docket::format::detail {

/// `text` without XML whitespace at either end (XSD "collapse" for dates and numbers).
std::string_view trim_xml_space(std::string_view text);

/// The trimmed value; throws FilterError("nothing to format") when it is empty.
std::string_view require_value(std::string_view value, std::string_view filter);

/// Throws FilterError "'VALUE' is not a KIND" with `hint` (the form data should use).
[[noreturn]] void throw_not_a(std::string_view value, std::string_view kind,
                              std::string_view hint);

/// An xs:decimal ("-12.50", "+.5") rewritten in the form ICU's decimal reader takes ("0.5");
/// nullopt for anything else, including exponents, grouping, NaN and INF.
std::optional<std::string> parse_decimal(std::string_view text);

/// parse_decimal of the trimmed, non-empty value, or a FilterError naming it.
std::string require_decimal(std::string_view value, std::string_view filter);

/// The trimmed, non-empty value read as an xs:date or xs:dateTime, or a FilterError naming it.
DateTime require_date_time(std::string_view value, std::string_view filter);

/// The trimmed, non-empty value read as a time (see parse_iso_time), or a FilterError.
ClockTime require_time(std::string_view value, std::string_view filter);

/// True when a decimal from parse_decimal has no non-zero digit after the point.
bool is_whole(std::string_view decimal);

/// A count of decimal places written as an argument ("0" to "10"), or nullopt.
std::optional<int> parse_decimals_argument(std::string_view text);

/// The pattern's characters outside single-quoted literal text (ICU's quoting for both date
/// and number patterns; '' is an apostrophe). Returns nullopt when a quote is left open.
std::optional<std::string> unquoted_chars(std::string_view pattern);

}  // namespace docket::format::detail
