#pragma once
// word/numbering.xml of the pack. Every unit's list definitions (w:abstractNum), list
// instances (w:num) and picture bullets get fresh pack ids, so a list never continues from one
// unit into the next — including lists applied through styles, whose w:numId is mapped with
// the rest. Within a unit, instances that shared a definition still share its copy, so the
// unit's own continuations and restarts are kept.
#include <libxml/tree.h>

#include <string>

#include "pack/detail/merge_content.hpp"
#include "pack/detail/merge_namespaces.hpp"

namespace docket::pack::detail {

class NumberingMerger {
 public:
  /// Gives the unit's definitions and instances pack ids (maps.nums, maps.picture_bullets and
  /// the definition map kept for add()). Null: the unit has no numbering part.
  void plan(const xmlNode* unit_numbering, UnitMaps& maps);
  /// Adds the unit's definitions under their pack ids, with style, theme and relationship
  /// references mapped; call after the unit's styles are merged.
  void add(xmlNode* unit_numbering, const PartRefs& refs);

  bool empty() const noexcept { return abstracts_.empty(); }
  std::string to_xml() const;

 private:
  IdMap abstract_ids_;  // the unit being added: w:abstractNumId → pack id
  long next_num_ = 1;
  long next_abstract_ = 0;
  long next_picture_ = 0;
  std::string pictures_, abstracts_, nums_;
  NamespaceTable namespaces_;
};

}  // namespace docket::pack::detail
