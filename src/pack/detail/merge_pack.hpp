#pragma once
// The pack being merged: everything the units add to it, in three passes over the units.
//   scan:  read each unit's body once for what planning needs before anything is mapped
//          (bookmark names, sections, namespaces, even-page headers);
//   plan:  map each unit in turn — lists, styles, bookmarks, relationships and media, headers
//          and footers, notes, comments, fonts — writing every part but the body;
//   write: stream the body unit by unit into the package, then commit it atomically.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ooxml/relationships.hpp"
#include "pack/detail/merge_bookmarks.hpp"
#include "pack/detail/merge_fonts.hpp"
#include "pack/detail/merge_headers.hpp"
#include "pack/detail/merge_namespaces.hpp"
#include "pack/detail/merge_notes.hpp"
#include "pack/detail/merge_numbering.hpp"
#include "pack/detail/merge_parts.hpp"
#include "pack/detail/merge_styles.hpp"
#include "pack/merge.hpp"

namespace docket::pack::detail {

class Merger {
 public:
  Merger(const MergeOptions& options, Diagnostics& diags);

  void scan(MergeUnit& unit);
  void plan(MergeUnit& unit);
  void write(std::vector<MergeUnit>& units, const std::filesystem::path& target);

 private:
  void start_from(MergeUnit& first, PartCopier& copier);
  /// The unit's endnotes as paragraphs for the end of its body (MergeOptions::endnotes_as_text).
  void endnotes_as_text(xml::Document& notes, MergeUnit& unit, PartCopier& copier);
  /// A warning for a unit whose pages are not A4 (named, with what to do).
  void warn_of_page_size(const MergeUnit& unit);
  /// Makes the unit's theme the pack's (the first unit that has one).
  void adopt_theme(MergeUnit& unit, PartCopier& copier);
  void merge_lists_and_styles(MergeUnit& unit, PartCopier& copier);
  void choose_fillers(MergeUnit& unit);
  std::string core_properties() const;

  const MergeOptions& options_;
  Diagnostics& diags_;
  IdAllocator ids_;
  BookmarkNames bookmarks_;
  NamespaceTable body_namespaces_;
  PackParts parts_;
  ooxml::Relationships document_rels_{"word/document.xml"};
  HeaderFooterParts headers_{parts_, document_rels_, ids_};
  std::optional<StyleMerger> styles_;
  NumberingMerger numbering_;
  ooxml::Relationships numbering_rels_{"word/numbering.xml"};
  NotesMerger footnotes_{kFootnotes};
  NotesMerger endnotes_{kEndnotes};
  NotesMerger comments_{kComments};
  FontMerger fonts_;
  std::string theme_;         // the pack's theme part, as stored ("" until a unit brings one)
  bool even_and_odd_ = false;  // some unit has different even-page headers
  bool line_numbers_ = false;  // some unit numbers the lines of a section
  int pack_mode_ = 12;         // the first unit's compatibility mode
};

}  // namespace docket::pack::detail
