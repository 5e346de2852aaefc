#include "pack/detail/merge_compat.hpp"

#include <array>
#include <cstdlib>
#include <string_view>

#include "ooxml/names.hpp"
#include "pack/detail/merge_settings.hpp"
#include "xml/node.hpp"

namespace docket::pack::detail {

namespace {

// Word's left cell margin when neither the table nor its style sets one: 0.19 cm.
constexpr long kWordCellMargin = 108;

// CT_TblPr child order (ECMA-376 Part 1 §17.4.60).
constexpr std::array<std::string_view, 18> kTablePropertyOrder = {
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
    "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
    "tblLook", "tblCaption", "tblDescription", "tblPrChange"};

// The left cell margin a w:tblPr sets, in twips (nullopt when it sets none in twips).
std::optional<long> left_margin(const xmlNode* tbl_pr) {
  const xmlNode* mar = xml::child(tbl_pr, "tblCellMar");
  for (const char* side : {"left", "start"}) {
    const xmlNode* m = xml::child(mar, side);
    if (m == nullptr) continue;
    if (w_attr(m, "type").value_or("dxa") != "dxa") return std::nullopt;
    return std::atol(w_attr(m, "w").value_or("0").c_str());
  }
  return std::nullopt;
}

}  // namespace

int compatibility_mode(MergeUnit& unit, Diagnostics& diags) {
  std::string part = settings_part(unit);
  if (part.empty()) return 12;
  xml::Document settings = parse_source_part(unit.package, part, diags);
  for (xmlNode* s : xml::children(xml::child(settings.root(), "compat"), "compatSetting")) {
    if (w_attr(s, "name") == std::optional<std::string>("compatibilityMode")) {
      return std::atoi(w_attr(s, "val").value_or("12").c_str());
    }
  }
  return 12;
}

void plan_table_indents(UnitMaps& maps, const xmlNode* unit_styles, int unit_mode, int pack_mode) {
  const bool unit_edge = unit_mode >= 15;
  const bool pack_edge = pack_mode >= 15;
  maps.table_indent_shift = unit_edge == pack_edge ? 0 : (unit_edge ? 1 : -1);
  if (maps.table_indent_shift == 0) return;
  std::map<std::string, std::pair<std::optional<long>, std::string>> own;  // id → (margin, basedOn)
  for (xmlNode* s : xml::children(unit_styles, "style")) {
    if (w_attr(s, "type") != std::optional<std::string>("table")) continue;
    if (auto id = w_attr(s, "styleId")) {
      own[*id] = {left_margin(xml::child(s, "tblPr")), w_attr(xml::child(s, "basedOn"), "val").value_or("")};
    }
  }
  for (const auto& [id, entry] : own) {
    std::string at = id;
    for (int depth = 0; depth < 32 && own.count(at); ++depth) {
      if (own[at].first) {
        maps.table_margins[id] = *own[at].first;
        break;
      }
      at = own[at].second;
    }
  }
}

void shift_table_indent(xmlNode* table, const UnitMaps& maps) {
  xmlNode* pr = xml::child(table, "tblPr");
  if (maps.table_indent_shift == 0 || pr == nullptr) return;
  auto jc = w_attr(xml::child(pr, "jc"), "val").value_or("left");
  if (jc != "left" && jc != "start") return;  // centred and right-aligned tables have no indent
  std::optional<long> margin = left_margin(pr);
  if (!margin) {
    auto style = w_attr(xml::child(pr, "tblStyle"), "val").value_or(maps.implicit_table_style);
    auto it = maps.table_margins.find(style);
    margin = it == maps.table_margins.end() ? kWordCellMargin : it->second;
  }
  xmlNode* ind = xml::child(pr, "tblInd");
  if (ind == nullptr) {
    ind = new_w(table, nullptr, "tblInd");
    set_w_attr(ind, "type", "dxa");
    insert_in_order(pr, ind, kTablePropertyOrder);
  }
  if (w_attr(ind, "type").value_or("dxa") != "dxa") return;
  const long indent = std::atol(w_attr(ind, "w").value_or("0").c_str());
  set_w_attr(ind, "w", std::to_string(indent + maps.table_indent_shift * *margin));
}

}  // namespace docket::pack::detail
