#pragma once
// Internal to the committee-paper rules: reading values the way the schema typed them
// (tokens, booleans, decimals, small integers) and naming things in messages.
#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>

namespace docket::data::detail {

/// Collapses runs of whitespace to one space and trims the ends, as xs:token does.
std::string collapse_spaces(std::string_view text);
/// An element's text, collapsed as xs:token sees it ("" for null).
std::string token_text(const xmlNode* element);
/// An attribute's value, collapsed as xs:token sees it; nullopt when absent.
std::optional<std::string> token_attribute(const xmlNode* element, std::string_view name);

/// Whether an xs:boolean attribute is present and true ("true" or "1").
bool is_true(const xmlNode* element, std::string_view attribute);

/// Whether xs:decimal text is exactly zero ("0", "0.00", "-0", "+.0"), compared digit by
/// digit, never through a double. nullopt when the text is not a decimal.
std::optional<bool> decimal_is_zero(std::string_view text);

/// The value of xs:integer text ("3", "+03"); nullopt when it is not an integer or its
/// magnitude needs more than nine digits (no matrix or schedule goes that far).
std::optional<long> small_integer(std::string_view text);

/// ASCII lower case; other bytes (UTF-8) unchanged.
std::string ascii_lower(std::string_view text);

/// Text in curly quotes for messages, shortened to about 60 characters: “Background”.
std::string in_quotes(std::string_view text);

/// How messages name an agenda item: "item 10", by its number.
std::string item_name(const xmlNode* item);

/// The nearest ancestor element with this local name, or null.
xmlNode* ancestor(const xmlNode* node, std::string_view name);

}  // namespace docket::data::detail
