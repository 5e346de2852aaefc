#pragma once
// Helpers for the merge tests: merging the corpus in fixtures/merge/, reading a part of the
// result, and resolving what a paragraph looks like through its styles and the defaults.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "pack/merge.hpp"
#include "xml/document.hpp"
#include "xml/node.hpp"

namespace docket::test {

/// fixtures/merge/NAME.
std::filesystem::path merge_fixture(const std::string& name);
/// A source for merge_documents, labelled with its file name.
pack::MergeSource source(const std::string& fixture, const std::string& bookmark = {});

/// Merges the corpus's report (a), LibreOffice appendix (b) and colliding-styles minutes (c),
/// in that order, with bookmarks item_1…item_3, into DIR/pack.docx; returns its path.
std::filesystem::path merge_abc(const std::filesystem::path& dir, Diagnostics& diags);

/// How many times `what` occurs in `text` (not overlapping).
int count(const std::string& text, const std::string& what);
/// The bytes of one part of a package ("" when it has no such part).
std::string read_part(const std::filesystem::path& docx, const std::string& part);
/// Every part name of a package, in stored order.
std::vector<std::string> part_names(const std::filesystem::path& docx);
/// Every part of a package, inflated, one after another (for searching all of it).
std::string all_parts(const std::filesystem::path& docx);
/// Whether LibreOffice and the poppler tool `poppler_tool` (pdftoppm, pdftotext) are there;
/// when not, WARNs that `what` is skipped.
bool pdf_tools_present(const std::string& poppler_tool, const std::string& what);
/// A part of a package, parsed.
xml::Document parse_part(const std::filesystem::path& docx, const std::string& part);

/// The first w:p of the document whose text contains `text` (null when none).
xmlNode* paragraph_with(const xml::Document& document, const std::string& text);

/// The run and paragraph properties a paragraph gets from docDefaults and its style chain
/// (not from direct formatting), keyed "sz", "color", "b", "font" (w:ascii, or the theme
/// reference), "after", "line".
std::map<std::string, std::string> styled_look(const xml::Document& styles, const xmlNode* paragraph);

/// The value of an attribute in the w: (or, with a prefix "r:", the r:) namespace.
std::string w_attribute(const xmlNode* element, const std::string& name);
/// Every element named `name` (local name) under `root`, in document order.
std::vector<xmlNode*> elements(const xml::Document& document, const std::string& name);

/// The visible text of every paragraph of a part, one per line.
std::string part_text(const std::filesystem::path& docx, const std::string& part);

}  // namespace docket::test
