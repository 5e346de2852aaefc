#pragma once
// What surrounds a marker: whether its paragraph holds nothing but control tags, whether it
// opens or closes a table cell, and removing paragraphs a tree step has emptied.
#include <libxml/tree.h>

#include "template/site.hpp"

namespace docket::tmpl::detail {

/// A marker standing for a block, else, close or comment tag (or a broken tag).
bool is_control_marker(const xmlNode* node, const PartSites& sites);
/// The paragraph holds only control markers and whitespace.
bool holds_only_control_tags(const xmlNode* p, const PartSites& sites);
/// The paragraph holds this marker, whitespace and control markers, nothing else.
bool holds_only(const xmlNode* p, const xmlNode* marker, const PartSites& sites);

/// Nothing but control markers and whitespace comes before `marker` in its cell, and the
/// cell is its row's first; the row is returned (else null).
xmlNode* row_if_first_in_row(const xmlNode* marker, const PartSites& sites);
/// Nothing but control markers and whitespace comes after `marker` in its cell, and the cell
/// is its row's last; the row is returned (else null).
xmlNode* row_if_last_in_row(const xmlNode* marker, const PartSites& sites);

/// Deletes a paragraph a tree step has emptied, unless it carries a section break or is the
/// only block left in its container (a cell needs a paragraph): then it is just emptied.
/// What goes is taken out through `bin`.
void remove_paragraph(xmlNode* p, NodeBin& bin);

}  // namespace docket::tmpl::detail
