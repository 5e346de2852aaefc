#pragma once
// The rich-text control's content: docket's subset (p, ul, ol, li, table, tr, th, td and
// inside them b, strong, i, em, u, br, a) moved between the data file, the editor's HTML
// and a plain-text form for browsers without JavaScript:
//
//   Each line is a paragraph.         - a bullet      1. a numbered item
//   **bold**  *italic*  [link text](https://example.org)
//   | Heading | Heading |             (a table: one row per line, the first row headers)
//
// Whatever comes in (HTML pasted from Word, typed text) is reduced to the subset: other
// elements keep their text, attributes other than a link's href are dropped, lists nest at
// most three deep, and links go only to http, https, mailto or tel addresses.
#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <vector>

namespace docket::serve::rich {

/// A node of the subset: `name` empty for text.
struct Node {
  std::string name;
  std::string text;
  std::string href;
  std::vector<Node> children;
};

using Nodes = std::vector<Node>;

/// Reads data nodes (blocks, or the text and inline markup of a mixed element).
Nodes from_data(const std::vector<xmlNode*>& nodes);
/// Reads posted HTML; `blocks` false keeps inline content only (for mixed elements).
Nodes from_html(std::string_view html, bool blocks);
/// Reads the plain-text form.
Nodes from_text(std::string_view text, bool blocks);

std::string to_html(const Nodes& nodes);
std::string to_text(const Nodes& nodes);
/// New data nodes in `ns` (not yet linked), one per top-level node; whitespace between
/// blocks is left to the caller.
std::vector<xmlNode*> to_data(const Nodes& nodes, xmlDoc* doc, xmlNs* ns);

/// Reduces nodes read from the data to the subset as the editor would (spaces collapsed),
/// so that they compare with what comes back from a form.
Nodes normalise(const Nodes& raw, bool blocks);

/// Equal content (names, text, hrefs), for skipping unchanged fields.
bool same(const Nodes& a, const Nodes& b);

}  // namespace docket::serve::rich
