#pragma once
// A source document on its way into a pack (a merge unit): its package, and how its style
// ids, lists, notes, comments, bookmarks and relationships map to the pack's. Planning fills
// the maps; the body, streamed afterwards, only reads them. Ids that must be unique across
// the pack come from one IdAllocator, handed out in merge order.
#include <array>
#include <map>
#include <string_view>
#include <set>
#include <string>

#include "ooxml/package.hpp"
#include "pack/detail/merge_note_marks.hpp"
#include "pack/detail/merge_table_look.hpp"
#include "pack/detail/merge_xml.hpp"
#include "pack/merge.hpp"
#include "zip/zip_reader.hpp"

namespace docket::pack::detail {

class IdAllocator {
 public:
  /// Bookmarks, revision marks and move ranges share Word's annotation id space.
  long annotation() noexcept { return annotation_++; }
  long drawing() noexcept { return drawing_++; }          // wp:docPr/@id
  long content_control() noexcept { return control_++; }  // w:sdtPr/w:id

 private:
  long annotation_ = 1;
  long drawing_ = 1;
  long control_ = 1;
};

using IdMap = std::map<long, long>;

/// Fonts and colours to write instead of theme references, for a unit whose theme is not the
/// pack's: w:rFonts asciiTheme="minorHAnsi" → "Calibri", DrawingML typeface "+mn-lt" →
/// "Calibri", a:schemeClr val="accent1" → a:srgbClr val="4F81BD" (its tints and shades
/// kept). WordprocessingML colour theme references are dropped (w:color keeps its w:val,
/// which Word writes as the resolved colour).
struct ThemeFonts {
  bool active = false;
  std::map<std::string, std::string, std::less<>> typeface;  // "minorHAnsi" or "+mn-lt" → "Calibri"
  std::map<std::string, std::string, std::less<>> colour;    // "accent1" or "tx1" → "4F81BD"
};

struct UnitMaps {
  std::set<std::string, std::less<>> style_ids;  // styles the unit defines
  NameMap styles;                                // unit style id → pack style id
  std::string implicit_paragraph_style;          // unit id given to paragraphs without w:pStyle
  std::string implicit_table_style;              // unit id given to tables without w:tblStyle
  IdMap nums;                                    // w:numId
  IdMap picture_bullets;                         // w:numPicBulletId
  IdMap footnotes, endnotes, comments;           // w:id of notes and comments
  NameMap bookmarks;                             // renamed bookmark names only
  ThemeFonts theme;
  // Tables' indents, shifted by their left cell margin (+1 / -1) for the pack's compatibility
  // mode, and the left cell margin of each of the unit's table styles (merge_compat).
  int table_indent_shift = 0;
  std::map<std::string, long, std::less<>> table_margins;
  TableLooks table_looks;  // what the unit's table styles set of its moved defaults
  NoteMarks note_marks;    // the number each of its notes shows (scan)
  bool endnotes_as_text = false;  // endnote references become their marks (MergeOptions)
};

enum class Slot { default_, first, even };
inline constexpr std::array kSlots = {Slot::default_, Slot::first, Slot::even};
/// The w:type of a header or footer reference for the slot.
const char* slot_name(Slot slot);

/// What the body's sections hold, read before it streams.
struct SectionFacts {
  std::array<bool, 3> first_headers{};  // the first section's header references, by Slot
  std::array<bool, 3> first_footers{};
  bool title_page = false;              // some section has w:titlePg
  bool has_header = false;              // the document has a header part at all
  bool has_footer = false;              // … and a footer part
  bool line_numbers = false;            // some section has w:lnNumType
  std::string page_size;                // the first page size that is not A4 ("Letter", "A3"…), or ""
  long text_width = 9026;               // twips between the margins of its narrowest section
};

struct MergeUnit {
  MergeUnit(const MergeSource& s, int n, ooxml::Package p, zip::ZipReader z)
      : source(&s), number(n), package(std::move(p)), raw(std::move(z)) {}

  const MergeSource* source;
  int number;               // 1-based position in the pack
  ooxml::Package package;
  zip::ZipReader raw;       // the same file, for copying media without inflating it
  UnitMaps maps;
  NameMap document_rels;    // unit rId → pack rId in word/_rels/document.xml.rels
  SectionFacts sections;
  bool even_and_odd = false;  // the unit's settings turn on w:evenAndOddHeaders
  std::set<std::string> bookmark_names;  // defined in any of the unit's parts
  std::set<std::string> used_styles;     // named by any of the unit's parts
  std::string start_bookmark;  // the bookmark the pack puts at the unit's first paragraph
  std::string header_filler;   // pack rIds for header and footer slots the unit leaves empty
  std::string footer_filler;
  std::string pack_footer;     // rId of the pack's page line for every section ("": the unit's own footers)
  long header_filler_height = 0;  // twips, when the unit had no header at all (SectionPlan)
  long footer_filler_height = 0;
  std::string endnote_text;    // its endnotes as paragraphs, for the end of its body (MergeOptions)
};

/// The unit's part related to its main document by `type` ("" when none, or missing).
std::string related_part(MergeUnit& unit, std::string_view type);

/// A warning for the clerk about a unit: "FILE: warning: LABEL: message".
Diagnostic unit_warning(const MergeUnit& unit, const std::string& message, std::string hint, std::string code);

}  // namespace docket::pack::detail
