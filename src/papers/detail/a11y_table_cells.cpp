#include "papers/detail/a11y_table_cells.hpp"

#include <algorithm>
#include <cstdlib>

#include "ooxml/names.hpp"
#include "papers/detail/a11y_wml.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::papers::detail {

namespace {

// Rows and cells may be wrapped in content controls (repeating sections) or custom XML.
void collect(const xmlNode* parent, std::string_view name, std::vector<xmlNode*>& out) {
  for (xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || xml::namespace_of(c) != ooxml::ns::w) continue;
    const std::string_view local = xml::local_name(c);
    if (local == name) {
      out.push_back(c);
    } else if (local == "sdt") {
      if (xmlNode* content = w_child(c, "sdtContent")) collect(content, name, out);
    } else if (local == "customXml") {
      collect(c, name, out);
    }
  }
}

std::vector<xmlNode*> collect(const xmlNode* parent, std::string_view name) {
  std::vector<xmlNode*> out;
  collect(parent, name, out);
  return out;
}

format::Rgb mix(format::Rgb base, format::Rgb over, long percent) {
  auto channel = [percent](unsigned a, unsigned b) {
    return static_cast<unsigned>((a * (100 - percent) + b * percent + 50) / 100);
  };
  return {channel(base.r, over.r), channel(base.g, over.g), channel(base.b, over.b)};
}

}  // namespace

TableShape table_shape(const A11yContext& ctx, xmlNode* tbl) {
  TableShape shape;
  shape.table = tbl;
  long widest = 0;
  bool any_repeated = false;
  for (xmlNode* tr : collect(tbl, "tr")) {
    TableRow row{.row = tr, .cells = collect(tr, "tc")};
    if (ctx.template_mode() && !row.cells.empty()) {
      row.repeated = trim(ctx.text_of(row.cells.front())).starts_with("{{#each");
    }
    any_repeated |= row.repeated;
    widest = std::max(widest, static_cast<long>(row.cells.size()));
    shape.rows.push_back(std::move(row));
  }
  const long grid = static_cast<long>(w_children(w_child(tbl, "tblGrid"), "gridCol").size());
  shape.columns = grid > 0 ? grid : widest;
  shape.effective_rows = static_cast<long>(shape.rows.size()) + (any_repeated ? 1 : 0);
  return shape;
}

std::optional<format::Rgb> shading_colour(const xmlNode* shd) {
  if (shd == nullptr) return std::nullopt;
  const std::string pattern = w_attr(shd, "val").value_or("clear");
  if (pattern == "nil") return std::nullopt;
  const auto fill = format::Rgb::parse_hex(w_attr(shd, "fill").value_or("auto"));
  // The pattern colour: automatic is black, as Word draws it.
  const format::Rgb colour = format::Rgb::parse_hex(w_attr(shd, "color").value_or("auto")).value_or(format::Rgb{0, 0, 0});
  if (pattern == "solid") return colour;
  if (pattern.starts_with("pct")) {
    const long percent = std::clamp(std::atol(pattern.c_str() + 3), 0L, 100L);
    return mix(fill.value_or(format::Rgb{255, 255, 255}), colour, percent);
  }
  return fill;  // clear, and the stripes and crosses, which show mostly their fill
}

std::optional<format::Rgb> cell_fill(const xmlNode* cell) {
  if (const xmlNode* shd = w_child(w_child(cell, "tcPr"), "shd")) return shading_colour(shd);
  if (const xmlNode* tbl = enclosing(cell, "tbl")) return shading_colour(w_child(w_child(tbl, "tblPr"), "shd"));
  return std::nullopt;
}

bool is_shaded(const std::optional<format::Rgb>& colour) {
  return colour && !(*colour == format::Rgb{255, 255, 255});
}

xmlNode* first_paragraph(const xmlNode* node) {
  auto ps = find_all(node, ooxml::ns::w, "p");
  return ps.empty() ? nullptr : ps.front();
}

}  // namespace docket::papers::detail
