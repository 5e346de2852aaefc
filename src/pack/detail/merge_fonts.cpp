#include "pack/detail/merge_fonts.hpp"

#include <vector>

#include "ooxml/names.hpp"
#include "pack/detail/merge_content.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::pack::detail {

void FontMerger::add(MergeUnit& unit, PartCopier& copier, IdAllocator& ids, Diagnostics& diags) {
  const std::string part = related_part(unit, ooxml::rel::font_table);
  if (part.empty()) return;
  xml::Document table = parse_source_part(unit.package, part, diags);
  xmlNode* root = table.root();
  std::vector<xmlNode*> fresh;
  bool embeds = false;
  for (xmlNode* font : xml::children(root, "font")) {
    auto name = w_attr(font, "name");
    if (!name || !names_.insert(*name).second) continue;
    fresh.push_back(font);
    for (xmlNode* c : xml::children(font)) embeds = embeds || xml::local_name(c).starts_with("embed");
  }
  if (fresh.empty()) return;
  namespaces_.record(root);
  namespaces_.apply(root);
  NameMap font_rels = embeds ? copier.carry(part, rels_) : NameMap{};
  for (xmlNode* font : fresh) {
    map_references(font, PartRefs{unit.maps, ids, &font_rels, false});
    fonts_ += to_xml_string(font);
  }
}

std::string FontMerger::to_xml() const {
  return std::string(xml::kXmlDeclaration) + "<w:fonts" + namespaces_.declarations() + ">" + fonts_ + "</w:fonts>";
}

}  // namespace docket::pack::detail
