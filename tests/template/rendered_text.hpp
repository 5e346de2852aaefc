#pragma once
// Helpers for the template-engine tests: render a fixture template against data through the
// library API, and read back what was written — each paragraph's text in document order
// (table cells and text boxes included), any part's XML, and values picked out by XPath.
#include <filesystem>
#include <string>
#include <vector>

#include "support/diagnostic.hpp"

namespace docket::test {

/// A file under fixtures/templates/ (templates, and data/ for their data).
std::filesystem::path template_fixture(const std::string& name);

struct Rendered {
  bool written = false;        // render() said it wrote the target
  Diagnostics diags;           // template, data and render problems, in the order found
  std::string messages;        // every diagnostic as docket prints it, one per line
  bool has(const std::string& code) const;        // a diagnostic with this code
  std::size_t count(const std::string& code) const;
  const Diagnostic* first(const std::string& code) const;
};

/// Loads `tmpl` and `data` (the data's root namespace stripped, as `docket render` does) and
/// renders into `out`.
Rendered render_template(const std::filesystem::path& tmpl, const std::filesystem::path& data,
                         const std::filesystem::path& out, bool draft = false);

/// Loads `tmpl` and runs it against `data` without writing (`docket check --data`).
Rendered check_template(const std::filesystem::path& tmpl, const std::filesystem::path& data);

/// The text of every paragraph of `part`, in document order: w:t text, w:tab as "\t", w:br
/// and w:cr as "\n". Paragraphs in a text box follow the paragraph that anchors it; the
/// VML fallback copy of a text box (mc:Fallback) is skipped; deleted text is not text.
std::vector<std::string> paragraph_texts(const std::filesystem::path& docx,
                                         const std::string& part = "word/document.xml");

/// The paragraphs of `part` whose text is not empty, joined with "\n".
std::string visible_text(const std::filesystem::path& docx, const std::string& part = "word/document.xml");

/// The XML of one part, as stored.
std::string part_xml(const std::filesystem::path& docx, const std::string& part);

/// The string values of an XPath 1.0 expression over `xml` (nodes: each node's string value;
/// anything else: one string). Prefixes w, r, wp, a, pic, wps, mc, v, cp, dc, rel are bound.
std::vector<std::string> xpath_strings(const std::string& xml, const std::string& expression);

}  // namespace docket::test
