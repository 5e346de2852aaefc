#pragma once
// Footnotes, endnotes and comments: one pack part each, holding every unit's items under
// fresh ids, with their content mapped like the body's and their relationships carried into
// the pack part's. The separator notes (w:type separator, continuationSeparator,
// continuationNotice) come from the first unit, or are the ones Word writes when it has none.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ooxml/relationships.hpp"
#include "pack/detail/merge_content.hpp"
#include "pack/detail/merge_namespaces.hpp"
#include "pack/detail/merge_parts.hpp"

namespace docket::pack::detail {

/// What differs between footnotes, endnotes and comments.
struct NotesKind {
  std::string_view relationship;  // type of the relationship from the main document
  std::string_view part;          // the pack's part
  std::string_view content_type;
  std::string_view root;          // w:footnotes
  std::string_view item;          // w:footnote
  bool separators;                // footnotes and endnotes have separator notes
  IdMap UnitMaps::*ids;           // where a unit's id map goes
  std::map<long, std::string> NoteMarks::*marks;  // the unit's note numbers (null: comments)
};

extern const NotesKind kFootnotes;
extern const NotesKind kEndnotes;
extern const NotesKind kComments;

class NotesMerger {
 public:
  explicit NotesMerger(const NotesKind& kind);

  /// The unit's part of this kind, parsed (nullopt when it has none).
  std::optional<xml::Document> load(MergeUnit& unit, Diagnostics& diags) const;
  /// Gives the unit's items pack ids (into unit.maps). The first unit's separators keep theirs.
  void plan(const xml::Document& part, MergeUnit& unit);
  /// Adds the unit's items, mapped; call once every map of the unit is made.
  void add(xml::Document& part, MergeUnit& unit, PartCopier& copier, IdAllocator& ids);

  bool empty() const noexcept { return items_.empty(); }
  /// The separators' ids, for settings.xml (w:footnotePr/w:footnote).
  std::vector<long> separator_ids() const;
  const NotesKind& kind() const noexcept { return kind_; }
  ooxml::Relationships& relationships() noexcept { return rels_; }
  std::string to_xml() const;

 private:
  std::string unit_part(MergeUnit& unit) const;
  const NotesKind& kind_;
  std::vector<long> separators_;
  std::string separators_xml_;
  std::string items_;
  long next_id_;
  ooxml::Relationships rels_;
  NamespaceTable namespaces_;
};

}  // namespace docket::pack::detail
