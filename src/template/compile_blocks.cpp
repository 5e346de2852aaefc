// Blocks in the compiled program: each block's branches ({{else}}, {{else if …}}) and the
// table cells shaded by the status they hold.
#include "ooxml/wml.hpp"
#include "support/text.hpp"
#include "template/compile_styles.hpp"
#include "template/compiler.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::tmpl::detail {

namespace {

using ooxml::is_w;

}  // namespace

void Compiler::compile_block(xmlNode* marker, Emitter& out, int loops, bool top_level) {
  const std::size_t index = static_cast<std::size_t>(marker_site(marker));
  const TagSite& site = sites_.sites[index];
  auto e = expression(site, site.tag.expression, &out, site.level == Level::paragraph);
  const bool each = site.tag.block == BlockKind::each;
  const bool inner_top = top_level && site.level == Level::paragraph;
  // The branches: the body, then one after each dk:else ({{else}}, {{else if …}}).
  std::vector<Branch> branches(1);
  for (xmlNode* c = marker->children; c != nullptr; c = c->next) {
    if (is_marker(c, "else")) branches.push_back({c, {}});
    else if (!is_w(c, "rPr")) branches.back().nodes.push_back(c);  // rPr: the separators' style
  }
  ProgramPtr body = compile_nodes(branches[0].nodes, each ? loops + 1 : loops, inner_top);
  ProgramPtr otherwise = compile_branches(branches, 1, loops, inner_top);
  if (!e) return;
  Block b{index, site.tag.block, site.level, std::move(*e), {}, std::nullopt,
          site.tag.separator, site.tag.last_separator, {}, body, otherwise};
  for (const SortOption& s : site.tag.sorts) {
    if (auto key = expression(site, s.key)) b.sort_keys.push_back({std::move(*key), s.descending});
  }
  if (site.tag.group_by) b.group_key = expression(site, *site.tag.group_by);
  if ((site.tag.separator || site.tag.last_separator) && site.level != Level::run) {
    diags_.add(sites_.at(site, Severity::error, "sep and last only work for a loop inside one paragraph",
                         "move {{#each …}} and {{/each}} into the same paragraph, or remove sep/last",
                         "template.separator-level"));
  }
  b.separator_style = detail::run_style(doc_.get(), xml::child(marker, "rPr"));
  b.document_assembler = site.tag.document_assembler;
  b.da_table = site.tag.da_table;
  b.optional_empty = site.tag.optional;
  b.match = site.tag.match;
  b.not_match = site.tag.not_match;
  out.push(std::move(b));
}

ProgramPtr Compiler::compile_nodes(const std::vector<xmlNode*>& nodes, int loops, bool top_level) {
  auto program = std::make_shared<Program>();
  Emitter out(*program);
  for (xmlNode* c : nodes) {
    compile_node(c, out, loops, top_level);
    if (top_level && is_w(c, "p")) out.push(BlockWritten{true});
    else if (top_level && (is_w(c, "tbl") || is_w(c, "sdt"))) out.push(BlockWritten{false});
  }
  out.flush();
  return program;
}

// Branches from `i` on: {{else if c}} … is a condition of its own whose other branch is
// the rest of the chain; a plain {{else}} is the last branch.
ProgramPtr Compiler::compile_branches(const std::vector<Branch>& branches, std::size_t i, int loops, bool top_level) {
  if (i == branches.size()) return std::make_shared<Program>();
  const std::size_t index = static_cast<std::size_t>(marker_site(branches[i].else_marker));
  const TagSite& site = sites_.sites[index];
  if (site.tag.expression.empty()) return compile_nodes(branches[i].nodes, loops, top_level);
  auto program = std::make_shared<Program>();
  Emitter out(*program);
  auto e = expression(site, site.tag.expression, &out, site.level == Level::paragraph);
  if (e) {
    out.push(Block{index, BlockKind::if_, site.level, std::move(*e), {}, std::nullopt, std::nullopt, std::nullopt, {},
                   compile_nodes(branches[i].nodes, loops, top_level),
                   compile_branches(branches, i + 1, loops, top_level)});
  }
  out.flush();
  return program;
}

// A cell holding one status value (`{{ d:status | rag }}`) and nothing else is shaded by
// that status.
// A cell shaded from data: one of its values has fill= (it may share the cell with other
// text), or its only content is one status value with `rag`. Anything else is written as it is.
bool Compiler::compile_status_cell(xmlNode* tc, Emitter& out, int loops) {
  std::vector<xmlNode*> markers;
  collect_markers(tc, markers);
  std::vector<xmlNode*> fills;
  for (xmlNode* m : markers) {
    if (is_marker(m, "value") && site_of(m).tag.format.fill) fills.push_back(m);
  }
  if (!fills.empty()) return compile_fill_cell(tc, fills, out, loops);
  if (markers.size() != 1 || !is_marker(markers[0], "value")) return false;
  const TagSite& site = site_of(markers[0]);
  bool rag = false;
  for (const auto& f : site.tag.filters) rag |= f.name == "rag";
  if (!rag) return false;
  for (xmlNode* p : xml::children(tc, "p")) {
    if (!trim(ooxml::paragraph_text(p)).empty()) return false;
  }
  auto e = expression(site, site.tag.expression);
  if (!e) return false;
  StatusCell cell{static_cast<std::size_t>(marker_site(markers[0])), std::move(*e), filters(site), false, {}, {}, {}};
  return finish_shaded_cell(tc, cell, markers[0], out, loops);
}

bool Compiler::compile_fill_cell(xmlNode* tc, const std::vector<xmlNode*>& fills, Emitter& out, int loops) {
  const TagSite& site = site_of(fills[0]);
  if (fills.size() > 1) {
    diags_.add(sites_.at(site_of(fills[1]), Severity::error, "a second fill= in one table cell",
                         "give fill= to one tag of the cell; the cell has one shading", "template.format"));
    return false;
  }
  for (const xmlNode* n = fills[0]->parent; n != tc; n = n->parent) {
    if (is_marker(n, "block")) {
      diags_.add(sites_.at(site, Severity::error,
                           "fill= shades the cell, so its tag cannot be inside a block within the cell",
                           "move the tag out of the {{#each}} or {{#if}} in the cell, or use highlight= to shade its text",
                           "template.format"));
      return false;
    }
  }
  auto e = expression(site, *site.tag.format.fill);
  if (!e) return false;
  StatusCell cell{static_cast<std::size_t>(marker_site(fills[0])), std::move(*e), {}, true, {}, {}, {}};
  return finish_shaded_cell(tc, cell, nullptr, out, loops);
}

// Splits the cell's properties where w:shd goes and compiles its content; `status_value` is
// the rag value, whose text colour follows the status.
bool Compiler::finish_shaded_cell(xmlNode* tc, StatusCell& cell, xmlNode* status_value, Emitter& out, int loops) {
  xmlNode* tcpr = xml::child(tc, "tcPr");
  std::string props;
  {
    StringSink sink(props);
    if (tcpr != nullptr) {
      // An empty w:shd in its schema place marks where the status fill goes.
      xmlNode* copy = xmlDocCopyNode(tcpr, tc->doc, 1);
      ooxml::remove_property(copy, "shd");
      ooxml::ensure_property(copy, ooxml::PropertyList::cell, "shd");
      xml::write_node(sink, copy);
      xmlFreeNode(copy);
    }
  }
  // Split the cell properties where w:shd goes.
  std::string start;
  {
    StringSink sink(start);
    xml::write_start_tag(sink, tc);
  }
  if (props.empty()) {
    cell.open = start + "<w:tcPr>";
    cell.after_shading = "</w:tcPr>";
  } else {
    auto at = props.find("<w:shd/>");
    cell.open = start + props.substr(0, at);
    cell.after_shading = props.substr(at + 8);
  }
  auto body = std::make_shared<Program>();
  Emitter inner(*body);
  for (xmlNode* c = tc->children; c != nullptr; c = c->next) {
    if (c == tcpr) continue;
    if (status_value != nullptr && c->type == XML_ELEMENT_NODE && dynamic_.count(c) && contains(c, status_value)) {
      compile_status_paragraph(c, inner, status_value, loops);
    } else {
      compile_node(c, inner, loops, false);
    }
  }
  xml::write_end_tag(inner.sink(), tc);
  inner.flush();
  cell.body = body;
  out.push(std::move(cell));
  return true;
}

void Compiler::compile_status_paragraph(xmlNode* n, Emitter& out, xmlNode* value_marker, int loops) {
  if (n == value_marker) return compile_value(n, out, true);
  if (!dynamic_.count(n)) return xml::write_node(out.sink(), n);
  write_start_tag(n, out, loops);
  if (n->children == nullptr) return;
  for (xmlNode* c = n->children; c != nullptr; c = c->next) compile_status_paragraph(c, out, value_marker, loops);
  xml::write_end_tag(out.sink(), n);
}

bool Compiler::contains(const xmlNode* n, const xmlNode* target) {
  for (const xmlNode* t = target; t != nullptr; t = t->parent) {
    if (t == n) return true;
  }
  return false;
}

void Compiler::collect_markers(xmlNode* n, std::vector<xmlNode*>& out) {
  for (xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (is_marker(c)) out.push_back(c);
    else if (c->type == XML_ELEMENT_NODE) collect_markers(c, out);
  }
}

}  // namespace docket::tmpl::detail
