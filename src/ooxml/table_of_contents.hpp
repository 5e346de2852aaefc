#pragma once
// A table of contents (a TOC field) made current from the document's headings, as Word's
// "Update entire table" does, so that a template's contents list names the headings rendering
// produced. Page numbers are PAGEREF fields to a bookmark on each heading: Word computes them
// on opening; set_page_references() writes the pages a layout gave.
#include <libxml/tree.h>

#include <map>
#include <string>
#include <vector>

#include "ooxml/styles.hpp"

namespace docket::ooxml {

/// Rewrites the result of every TOC field under the main document's root: one entry per
/// heading in the levels the field asks for (\o "1-3"; \u also takes a paragraph's own outline
/// level; \h makes entries links; \n leaves page numbers out), styled "toc N" when the styles
/// have it. Returns the bookmarks the entries' page numbers refer to, in document order.
std::vector<std::string> refresh_tables_of_contents(xmlNode* document_root, const StyleTable& styles);

/// The bookmarks the part's PAGEREF fields refer to, in document order.
std::vector<std::string> page_reference_targets(xmlNode* root);

/// Sets the shown result of each PAGEREF field to the page `pages` gives its bookmark; returns
/// how many were set.
int set_page_references(xmlNode* root, const std::map<std::string, int>& pages);

}  // namespace docket::ooxml
