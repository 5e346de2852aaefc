#pragma once
// One piece of OpenXmlPowerTools DocumentAssembler markup, as written in `<# … #>` text or
// in a content control: `<Content Select="./Name" Optional="true"/>`, `<Repeat …/>`,
// `<EndRepeat/>`, `<Conditional Select="…" Match="…"/>`, `<EndConditional/>`,
// `<Table Select="…"/>`. Parsed and checked against DocumentAssembler's element rules, with
// its error wording, so that a template it rejects is rejected here too.
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace docket::tmpl {

enum class DaKind { content, table, repeat, end_repeat, conditional, end_conditional };

struct DaMarkup {
  DaKind kind = DaKind::content;
  std::string select;
  bool optional = false;
  std::optional<std::string> match;
  std::optional<std::string> not_match;
};

/// DocumentAssembler's message for markup it cannot use, e.g.
/// "Schema Validation Error: Invalid XML: Contnet is not a valid element".
struct DaMarkupError {
  std::string message;
};

/// Parses markup text (the inside of `<# … #>`, or a content control's text).
std::variant<DaMarkup, DaMarkupError> parse_da_markup(std::string_view text);

/// "Content", "Repeat", …
std::string_view da_name(DaKind kind);

/// True for the kinds that open or close a block.
bool is_da_block_kind(DaKind kind);

}  // namespace docket::tmpl
