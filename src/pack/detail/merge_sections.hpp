#pragma once
// A unit's sections in the pack. Each keeps its page size, orientation, margins and columns.
// The unit's last section, held by the body's w:sectPr, becomes a section break at the end of
// the unit's content; its first section starts on an odd (or at least a new) page; page
// numbers run on (w:pgNumType/@w:start is removed); and header and footer slots its first
// section leaves empty are filled, as Word would otherwise show the previous unit's there.
#include <libxml/tree.h>

#include <array>
#include <string>
#include <vector>

#include "pack/detail/merge_unit.hpp"

namespace docket::pack::detail {

struct SectionPlan {
  bool first_unit = false;
  bool last_unit = false;
  bool odd_page = true;         // the first section starts on an odd page (else a new page)
  bool pack_even_odd = false;   // the pack turns on w:evenAndOddHeaders
  bool unit_even_odd = false;   // the unit did
  bool title_page = false;      // some section of the unit has a first-page header
  bool endnotes_at_end = false;  // the unit's endnotes print after its last section (w:noEndnote before)
  bool own_break_paragraph = false;  // the closing section break in a paragraph of its own
  bool fit_to_a4 = false;            // pages of another size become A4
  std::string header_filler;    // pack rIds for empty slots of the first section ("": none)
  std::string footer_filler;
  std::string pack_footer;      // the pack's page line in every footer slot of every section ("": none)
  // For a unit that had no header (footer) at all: the filler's exact height. The header
  // distance becomes the top margin less this height, so the filler ends where the text
  // begins: Word and LibreOffice then start the text where it started alone. (LibreOffice
  // turns a header distance into a page margin; in a section that starts on an odd page it
  // starts the text right under the header.)
  long header_filler_height = 0;
  long footer_filler_height = 0;
};

/// The name of a page size that is not A4 ("Letter", "A3", "20.0 × 25.0 cm"), or "" for A4
/// (either way round) or no w:pgSz (Word's default here is A4).
std::string page_size_unless_a4(const xmlNode* pg_sz);
/// The unit's section properties in document order: paragraph-level, then the body's.
std::vector<xmlNode*> section_properties(xmlNode* body);
/// What planning needs to know of the unit's sections (SectionFacts::has_footer excepted).
SectionFacts read_sections(xmlNode* body);
/// Whether the first section leaves a slot empty that must be filled: the default slot, the
/// first-page slot when some section has a title page, and the even-page slot when the pack
/// has even headers and the unit gives no default to copy there.
bool leaves_slot_empty(const std::array<bool, 3>& present, bool title_page, bool pack_even_odd,
                       bool unit_even_odd);
/// Adjusts the unit's sections; call after map_references (r:ids are the pack's).
void adjust_sections(xmlNode* body, const SectionPlan& plan);

}  // namespace docket::pack::detail
