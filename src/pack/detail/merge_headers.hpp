#pragma once
// Header and footer parts of the pack: each unit's own, rewritten for the pack (with the
// unit's page banner at the top of every header), and those the pack adds itself: blank
// ones, so that a unit's first section does not inherit the previous unit's headers (Word
// and LibreOffice carry headers into a section that names none), the "Page N" footer for
// units without a footer (or the pack's page line in place of every unit's footers), and a unit's banner alone where it has no header.
#include <string>

#include "ooxml/relationships.hpp"
#include "pack/detail/merge_parts.hpp"
#include "pack/merge.hpp"

namespace docket::pack::detail {

/// The room, in twips, the pack's filler headers and footers take: 0.5 cm, LibreOffice's
/// default header height, which it uses in a section that starts on an odd page whatever the
/// header holds. The fillers' text fits in it: one exact 12pt line, or the banner's 11pt line
/// and its rule.
inline constexpr long kFillerHeight = 283;

class HeaderFooterParts {
 public:
  HeaderFooterParts(PackParts& parts, ooxml::Relationships& document_rels, IdAllocator& ids)
      : parts_(parts), rels_(document_rels), ids_(ids) {}

  /// Writes the unit's headers and footers as pack parts and relates them to the pack's
  /// document (their ids go into unit.document_rels).
  void carry(MergeUnit& unit, PartCopier& copier, Diagnostics& diags);

  /// Some unit numbers its lines: the other units' headers and footers are kept out of it.
  void set_pack_line_numbers(bool on) noexcept { pack_line_numbers_ = on; }

  /// Relationship ids (from the pack's document) of the parts the pack adds, each made once.
  std::string blank(bool header);
  std::string page_number_footer();
  /// The pack's page line (MergeOptions::pack_footer); once it is made, units' own footers
  /// are no longer carried.
  std::string pack_footer(const PackFooter& footer);
  /// A header holding only the unit's page banner (its style mapped like the unit's text).
  std::string banner_header(MergeUnit& unit);

 private:
  struct Added {
    std::string part;
    std::string rel_id;
  };
  Added add(bool header, std::string bytes);
  PackParts& parts_;
  ooxml::Relationships& rels_;
  IdAllocator& ids_;
  std::string blank_header_, blank_footer_, page_footer_, pack_footer_;
  bool pack_line_numbers_ = false;
};

}  // namespace docket::pack::detail
