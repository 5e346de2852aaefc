#pragma once
// Rewrites a unit's WordprocessingML (body, header, footer, note, comment, numbering level)
// for the pack: style, list, note and comment references through the unit's maps, bookmark
// names through its renames, relationship ids through the part's map, and every id that
// must be unique in a document (bookmarks, revisions, drawings, content controls) fresh.
#include <libxml/tree.h>

#include <map>
#include <string>

#include "pack/detail/merge_unit.hpp"

namespace docket::pack::detail {

struct PartRefs {
  const UnitMaps& maps;
  IdAllocator& ids;
  const NameMap* rels = nullptr;  // unit rId → pack rId; null: the part keeps its own ids
  bool map_styles = true;         // false for styles.xml, whose references StyleMerger maps
};

/// Rewrites the tree under `root` in place.
void map_references(xmlNode* root, const PartRefs& refs);

}  // namespace docket::pack::detail
