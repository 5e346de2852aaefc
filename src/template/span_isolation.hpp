#pragma once
// Isolating delimited spans of a paragraph's text ({{ … }} tags, DocumentAssembler's
// <# … #> markup) whatever runs Word split them into: each span's characters are moved into
// the w:t where it begins, that run is split, and the span's run is replaced by a node the
// caller makes (a marker), which gets a copy of the run's properties.
#include <libxml/tree.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace docket::tmpl::detail {

struct Span {
  std::size_t begin;
  std::size_t end;  // one past the last character
};

/// The text of a paragraph and the w:t elements it comes from.
struct ParagraphText {
  std::vector<xmlNode*> nodes;
  std::vector<std::size_t> starts;  // offset of each node's text
  std::string text;
};
/// With `field_codes`, text in field codes (w:instrText) is read too, so tags can fill them.
ParagraphText read_paragraph_text(const xmlNode* p, bool field_codes = true);

/// Finds spans in a text (the whole paragraph's, then each w:t's after gathering).
using SpanFinder = std::function<std::vector<Span>(std::string_view text)>;
/// Makes the node standing for a span (`rpr`: the run's properties, may be null; the caller
/// copies what it keeps). `index` counts spans in paragraph order.
using SpanMaker = std::function<xmlNode*(std::string_view span_text, const xmlNode* rpr, std::size_t index)>;

/// Isolates the spans `find` reports in paragraph `p` (whose text was read into `text`).
void isolate_spans(const ParagraphText& text, const SpanFinder& find, const SpanMaker& make);

/// The paragraph text around a span, shortened for messages.
std::string excerpt_around(std::string_view s, Span span);

/// Sets xml:space="preserve" on a w:t.
void preserve_space(xmlNode* t);

}  // namespace docket::tmpl::detail
