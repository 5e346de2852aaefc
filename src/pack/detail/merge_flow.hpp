#pragma once
// Where a unit's text flows in the pack, as LibreOffice lays it out: the paragraph its start
// bookmark goes in, whether a paragraph may carry the unit's closing section break, and line
// numbers kept to the sections that asked for them.
#include <libxml/tree.h>

namespace docket::pack::detail {

/// The first paragraph of the body's flow: not inside a floating table (LibreOffice makes it a
/// frame, whose bookmarks it does not place on the page) nor a text box; inside a table's
/// first cell, a content control or custom XML. Null when the flow has no paragraph.
xmlNode* first_flow_paragraph(xmlNode* container);

/// Whether a paragraph shows text or an inline picture of its own. LibreOffice drops a
/// paragraph that holds a section break and nothing else, so only such a paragraph may carry
/// the unit's closing section break.
bool shows_content(const xmlNode* paragraph);

/// LibreOffice numbers lines through the whole document once any section asks for it: every
/// paragraph of a section without w:lnNumType gets w:suppressLineNumbers, as Word shows it.
void keep_line_numbers_to_their_sections(xmlNode* body);
/// Gives every paragraph under `root` (and `root`, a paragraph) w:suppressLineNumbers: for
/// headers and footers, whose lines LibreOffice would number too.
void suppress_line_numbers(xmlNode* root);

}  // namespace docket::pack::detail
