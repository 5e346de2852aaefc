#pragma once
// word/fontTable.xml of the pack: every font some unit names, once (the first unit to
// describe a font describes it for the pack), with embedded font parts carried along.
#include <set>
#include <string>

#include "ooxml/relationships.hpp"
#include "pack/detail/merge_namespaces.hpp"
#include "pack/detail/merge_parts.hpp"

namespace docket::pack::detail {

class FontMerger {
 public:
  FontMerger() : rels_("word/fontTable.xml") {}

  void add(MergeUnit& unit, PartCopier& copier, IdAllocator& ids, Diagnostics& diags);
  bool empty() const noexcept { return fonts_.empty(); }
  ooxml::Relationships& relationships() noexcept { return rels_; }
  std::string to_xml() const;

 private:
  std::set<std::string> names_;
  std::string fonts_;
  ooxml::Relationships rels_;
  NamespaceTable namespaces_;
};

}  // namespace docket::pack::detail
