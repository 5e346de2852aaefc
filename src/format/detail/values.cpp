#include "format/detail/values.hpp"

#include <charconv>

#include "format/filter.hpp"

namespace docket::format::detail {

namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string_view trim_xml_space(std::string_view text) {
  while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string_view require_value(std::string_view value, std::string_view filter) {
  const std::string_view trimmed = trim_xml_space(value);
  if (trimmed.empty()) {
    throw FilterError("nothing to format",
                      std::string(filter) + " needs a value, but the selected value is empty; "
                      "check the data, or put default \"…\" in place of " + std::string(filter));
  }
  return trimmed;
}

void throw_not_a(std::string_view value, std::string_view kind, std::string_view hint) {
  throw FilterError("'" + std::string(value) + "' is not " + std::string(kind),
                    std::string(hint));
}

std::optional<std::string> parse_decimal(std::string_view text) {
  // xs:decimal: optional sign, digits, optional point and digits, at least one digit.
  std::string out;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    if (text.front() == '-') out += '-';
    text.remove_prefix(1);
  }
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  if (whole.empty() && fraction.empty()) return std::nullopt;
  for (const std::string_view part : {whole, fraction}) {
    for (const char c : part) {
      if (!is_digit(c)) return std::nullopt;
    }
  }
  out += whole.empty() ? std::string_view("0") : whole;
  if (!fraction.empty()) {
    out += '.';
    out += fraction;
  }
  return out;
}

std::string require_decimal(std::string_view value, std::string_view filter) {
  const std::string_view trimmed = require_value(value, filter);
  std::optional<std::string> decimal = parse_decimal(trimmed);
  if (!decimal) {
    throw_not_a(trimmed, "a number",
                "numbers in data are written like 1234.5, with no grouping, currency or "
                "percent sign");
  }
  return *decimal;
}

DateTime require_date_time(std::string_view value, std::string_view filter) {
  const std::string_view trimmed = require_value(value, filter);
  const std::optional<DateTime> when = parse_iso_date_time(trimmed);
  if (!when) {
    throw_not_a(trimmed, "a date",
                "dates in data are written 2023-12-07 (or 2023-12-07T14:30:00 with a time)");
  }
  return *when;
}

ClockTime require_time(std::string_view value, std::string_view filter) {
  const std::string_view trimmed = require_value(value, filter);
  const std::optional<ClockTime> time = parse_iso_time(trimmed);
  if (!time) throw_not_a(trimmed, "a time", "times in data are written 14:30 or 14:30:00");
  return *time;
}

bool is_whole(std::string_view decimal) {
  const std::size_t point = decimal.find('.');
  if (point == std::string_view::npos) return true;
  return decimal.find_first_not_of('0', point + 1) == std::string_view::npos;
}

std::optional<int> parse_decimals_argument(std::string_view text) {
  int n = -1;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (error != std::errc{} || end != text.data() + text.size() || n < 0 || n > 10) {
    return std::nullopt;
  }
  return n;
}

std::optional<std::string> unquoted_chars(std::string_view pattern) {
  std::string out;
  bool quoted = false;
  for (const char c : pattern) {
    if (c == '\'') {
      quoted = !quoted;  // '' toggles twice: an apostrophe, in or out of quotes
    } else if (!quoted) {
      out += c;
    }
  }
  if (quoted) return std::nullopt;
  return out;
}

}  // namespace docket::format::detail
