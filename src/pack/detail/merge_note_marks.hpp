#pragma once
// Footnote and endnote numbers, each paper's own. Word and LibreOffice number notes through
// the whole document, so in a pack a paper's first footnote would be "14". Each note a paper
// numbers automatically gets the number it had alone, as a custom mark (w:customMarkFollows
// and the number as text, in the reference and in the note), in the paper's number format.
// Notes numbered per page keep automatic numbers: a custom mark cannot follow the page.
#include <libxml/tree.h>

#include <map>
#include <string>

namespace docket::pack::detail {

struct NoteMarks {
  std::map<long, std::string> footnotes;  // unit note id → its mark ("1", "iv", "*")
  std::map<long, std::string> endnotes;
};

/// Numbers the notes referenced in a unit's body (before mapping), in document order, with
/// the numbering its settings (w:footnotePr, w:endnotePr; null when none) and its sections
/// give: format, start, restarts at each section.
NoteMarks number_notes(const xmlNode* body, const xmlNode* settings);

/// Makes the note reference `reference` (w:footnoteReference or w:endnoteReference, still
/// with the unit's id) show `marks`'s mark for it.
void mark_reference(xmlNode* reference, const std::map<long, std::string>& marks);

/// Replaces w:footnoteRef / w:endnoteRef in a note's content by its mark.
void mark_note(xmlNode* note, const std::string& mark);

}  // namespace docket::pack::detail
