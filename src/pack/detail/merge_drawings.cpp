#include "pack/detail/merge_drawings.hpp"

#include <array>
#include <string_view>

#include "ooxml/names.hpp"
#include "pack/detail/merge_content.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::pack::detail {

namespace {

constexpr std::string_view kDiagramData = "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml";
constexpr std::string_view kDiagramDsp = "http://schemas.microsoft.com/office/drawing/2008/diagram";

// Parts whose DrawingML colours and typefaces come from the theme.
constexpr std::array<std::string_view, 7> kThemed = {
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
    kDiagramData,
    "application/vnd.ms-office.drawingml.diagramDrawing+xml",
    "application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml",
    "application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml",
    "application/vnd.ms-office.chartstyle+xml",
    "application/vnd.ms-office.chartcolorstyle+xml"};

// Whether the unit's main document holds the diagram whose data part this is.
bool held_by_document(MergeUnit& unit, const std::string& data_part) {
  const auto& rels = unit.package.relationships(unit.package.main_document());
  for (const auto& r : rels.all()) {
    if (!r.external && rels.target_part(r) == data_part) return true;
  }
  return false;
}

// dsp:dataModelExt/@relId through the unit's document relationships.
void renumber_drawing_reference(xmlNode* root, const NameMap& document_rels) {
  for (xmlNode* ext : xml::descendants(root, "dataModelExt")) {
    if (xml::namespace_of(ext) != kDiagramDsp) continue;
    xmlChar* v = xmlGetProp(ext, BAD_CAST "relId");
    auto it = v ? document_rels.find(reinterpret_cast<const char*>(v)) : document_rels.end();
    xmlFree(v);
    if (it != document_rels.end()) xmlSetProp(ext, BAD_CAST "relId", BAD_CAST it->second.c_str());
  }
}

}  // namespace

void rewrite_drawing_parts(MergeUnit& unit, const PartCopier& copier, PackParts& parts, IdAllocator& ids,
                           Diagnostics& diags) {
  for (const auto& [unit_part, pack_part] : copier.copied()) {
    const std::string type = unit.package.content_types().type_of(unit_part);
    const bool data = type == kDiagramData && held_by_document(unit, unit_part);
    const bool themed = unit.maps.theme.active && std::find(kThemed.begin(), kThemed.end(), type) != kThemed.end();
    if (!data && !themed) continue;
    xml::Document doc = parse_source_part(unit.package, unit_part, diags);
    if (data) renumber_drawing_reference(doc.root(), unit.document_rels);
    if (themed) map_references(doc.root(), PartRefs{unit.maps, ids, nullptr, false});
    parts.replace(pack_part, std::string(xml::kXmlDeclaration) + to_xml_string(doc.root()));
  }
}

}  // namespace docket::pack::detail
