#pragma once
// The text of one docket tag, parsed: `{{ meta/title | upper }}`, `{{#each kpis/kpi sort="name"}}`,
// `{{else}}`, `{{/each}}`, `{{! note }}`, `{{{ summary }}}`.
#include <optional>
#include <variant>
#include <string>
#include <string_view>
#include <vector>

#include "format/filter.hpp"

namespace docket::tmpl {

enum class TagKind { value, rich, open, else_, close, comment };
enum class BlockKind { each, if_, unless };

/// One `sort="key"` of an #each, with the `order=` that follows it.
struct SortOption {
  std::string key;  // an expression per item
  bool descending = false;
};

/// A value's formatting from data: each an expression evaluated for the value's item.
struct FormatOptions {
  std::optional<std::string> fill;       // shading of the tag's table cell (of its text elsewhere)
  std::optional<std::string> colour;     // text colour
  std::optional<std::string> highlight;  // shading behind the text
  std::optional<std::string> link;       // the value links to this web or email address
  bool any() const { return fill || colour || highlight || link; }
};

struct Tag {
  TagKind kind = TagKind::value;
  BlockKind block = BlockKind::each;  // for open and close
  std::string text;                   // the whole tag as written, braces included
  std::string expression;             // XPath (value, rich, open)
  bool optional = false;              // `?`
  std::vector<format::FilterCall> filters;
  FormatOptions format;               // fill=, colour=, highlight=, link= of a value
  // #each options
  std::vector<SortOption> sorts;          // sort="key" order="…", primary key first
  std::optional<std::string> group_by;    // group-by="key": one item per distinct key
  std::optional<std::string> separator;
  std::optional<std::string> last_separator;
  // Set when the tag was lowered from OpenXmlPowerTools DocumentAssembler markup, whose
  // values, conditions and errors follow DocumentAssembler's rules (da_lower.hpp).
  bool document_assembler = false;
  bool da_table = false;                  // a Table: "Table Select returned no data"
  std::optional<std::string> match;       // Conditional Match
  std::optional<std::string> not_match;   // Conditional NotMatch
};

/// Why a tag cannot be parsed, with a hint.
struct TagSyntaxError {
  std::string message;
  std::string hint;
};

/// Parses one tag (braces included; Word's smart quotes inside are read as plain quotes).
/// Returns the error instead when the tag is malformed.
std::variant<Tag, TagSyntaxError> parse_tag(std::string_view text);

/// "each", "if", "unless".
std::string_view block_name(BlockKind kind);

/// Replaces Word's typographic quotes (“ ” ‘ ’) with plain ones.
std::string plain_quotes(std::string_view text);

}  // namespace docket::tmpl
