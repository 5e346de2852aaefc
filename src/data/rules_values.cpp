#include "data/detail/rules_values.hpp"

#include <charconv>

#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

std::string collapse_spaces(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string token_text(const xmlNode* element) {
  return element == nullptr ? std::string() : collapse_spaces(xml::text(element));
}

std::optional<std::string> token_attribute(const xmlNode* element, std::string_view name) {
  auto value = xml::attribute(element, name);
  if (!value) return std::nullopt;
  return collapse_spaces(*value);
}

bool is_true(const xmlNode* element, std::string_view attribute) {
  auto value = token_attribute(element, attribute);
  return value && (*value == "true" || *value == "1");
}

// xs:decimal is an optional sign, digits, and an optional point with more digits; at
// least one digit in all. Zero whatever the sign or the number of places.
std::optional<bool> decimal_is_zero(std::string_view text) {
  std::string value = collapse_spaces(text);
  std::string_view s = value;
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) s.remove_prefix(1);
  bool seen_digit = false;
  bool seen_point = false;
  bool zero = true;
  for (char c : s) {
    if (c == '.' && !seen_point) {
      seen_point = true;
    } else if (is_digit(c)) {
      seen_digit = true;
      zero = zero && c == '0';
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit) return std::nullopt;
  return zero;
}

std::optional<long> small_integer(std::string_view text) {
  std::string value = collapse_spaces(text);
  std::string_view s = value;
  bool negative = false;
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  while (s.size() > 1 && s.front() == '0') s.remove_prefix(1);
  if (s.empty() || s.size() > 9) return std::nullopt;
  long n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return negative ? -n : n;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string in_quotes(std::string_view text) {
  return "\u201C" + abbreviate(collapse_spaces(text), 60) + "\u201D";
}

std::string item_name(const xmlNode* item) {
  return "item " + token_attribute(item, "number").value_or("?");
}

xmlNode* ancestor(const xmlNode* node, std::string_view name) {
  for (xmlNode* p = node ? node->parent : nullptr; p != nullptr; p = p->parent) {
    if (xml::is_element(p, name)) return p;
  }
  return nullptr;
}

}  // namespace docket::data::detail
