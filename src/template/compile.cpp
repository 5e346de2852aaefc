#include "template/compile.hpp"

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "support/text.hpp"
#include "template/compile_rich.hpp"
#include "template/compile_styles.hpp"
#include "template/compiler.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::tmpl {

namespace detail {

namespace {

using ooxml::is_w;

const char* cstr(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

}  // namespace

bool is_container(const xmlNode* n) {
  return is_w(n, "tc") || is_w(n, "txbxContent") || is_w(n, "hdr") || is_w(n, "ftr") ||
         is_w(n, "footnote") || is_w(n, "endnote") || is_w(n, "comment");
}

 ProgramPtr Compiler::run() {
  // Nodes copied while scanning declare namespaces their ancestors already declare.
  // 1 is XML_DOM_RECONNS_REMOVEREDUND, which libxml2 2.9 keeps out of its headers.
  xmlDOMWrapReconcileNamespaces(nullptr, doc_.root(), 1);
  mark_dynamic(doc_.root(), 0);
  auto program = std::make_shared<Program>();
  Emitter out(*program);
  out.text(xml::kXmlDeclaration);
  compile_node(doc_.root(), out, 0, false);
  out.flush();
  return program;
}

const TagSite& Compiler::site_of(const xmlNode* marker) const {
  return sites_.sites[static_cast<std::size_t>(marker_site(marker))];
}

// Nodes that cannot be written as they are: markers, and ids or list numbers inside
// repeated content. Their ancestors are walked child by child.
bool Compiler::mark_dynamic(xmlNode* n, int loops) {
  bool dynamic = is_marker(n);
  int inner = loops;
  if (is_marker(n, "block") && site_of(n).tag.block == BlockKind::each) ++inner;
  if (loops > 0 && (is_w(n, "bookmarkStart") || is_w(n, "bookmarkEnd") ||
                    (xml::local_name(n) == "docPr" && xml::namespace_of(n) == ooxml::ns::wp) ||
                    (is_w(n, "id") && is_w(n->parent, "sdtPr")))) {
    dynamic = true;
  }
  if (loops > 1 && is_w(n, "p") && restart_numbering(n)) dynamic = true;
  if (numid_holes_.count(n)) dynamic = true;
  for (xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) dynamic |= mark_dynamic(c, inner);
  }
  if (dynamic) dynamic_.insert(n);
  return dynamic;
}

// A numbered paragraph two loops deep: its list restarts for each item of the outer loop.
// Numbering that comes from the paragraph style is made explicit so it can be replaced.
bool Compiler::restart_numbering(xmlNode* p) {
  xmlNode* ppr = xml::child(p, "pPr");
  xmlNode* numid = xml::child(xml::child(ppr, "numPr"), "numId");
  if (numid == nullptr) {
    xmlNode* pstyle = xml::child(ppr, "pStyle");
    auto style = pstyle ? w_attr(pstyle, "val") : env_.styles.default_paragraph_style();
    auto ref = env_.styles.numbering_of(style);
    if (!ref) return false;
    if (ppr == nullptr) {
      ppr = xmlNewDocNode(p->doc, ooxml::w_namespace(p), BAD_CAST "pPr", nullptr);
      if (p->children) xmlAddPrevSibling(p->children, ppr);
      else xmlAddChild(p, ppr);
    }
    ooxml::set_property(ooxml::ensure_property(ppr, ooxml::PropertyList::paragraph, "numPr"),
                        ooxml::PropertyList::paragraph, "ilvl", "val", std::to_string(ref->level));
    xmlNode* numpr = xml::child(ppr, "numPr");
    ooxml::set_property(numpr, ooxml::PropertyList::paragraph, "numId", "val", std::to_string(ref->num_id));
    numid = xml::child(numpr, "numId");
  }
  if (w_attr(numid, "val") == "0") return false;
  numid_holes_.insert(numid);
  return true;
}

std::string Compiler::w_attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(n), BAD_CAST name, BAD_CAST std::string(ooxml::ns::w).c_str());
  std::string s = v ? cstr(v) : "";
  xmlFree(v);
  return s;
}

void Compiler::compile_children(const xmlNode* n, Emitter& out, int loops, bool top_level) {
  for (xmlNode* c = n->children; c != nullptr; c = c->next) {
    compile_node(c, out, loops, top_level);
    if (top_level && c->type == XML_ELEMENT_NODE) {
      if (is_w(c, "p")) out.push(BlockWritten{true});
      else if (is_w(c, "tbl") || is_w(c, "sdt")) out.push(BlockWritten{false});
    }
  }
}

void Compiler::compile_node(xmlNode* n, Emitter& out, int loops, bool top_level) {
  if (n->type != XML_ELEMENT_NODE || !dynamic_.count(n)) {
    xml::write_node(out.sink(), n, {.skip_href = kMarkerNamespace});
    return;
  }
  if (is_marker(n, "value")) return compile_value(n, out);
  if (is_marker(n, "rich")) return compile_rich(n, out, top_level);
  if (is_marker(n, "block")) return compile_block(n, out, loops, top_level);
  if (is_marker(n, "error")) {
    const TagSite& site = site_of(n);
    std::string message = site.error ? site.error->message : "error";
    if (!site.tag.document_assembler) message = site.tag.text + ": " + message;
    out.push(WriteTemplateError{message, xml::attribute(n, "paragraph").has_value()});
    if (top_level && xml::attribute(n, "paragraph")) out.push(BlockWritten{true});
    return;
  }
  if (is_marker(n)) return;  // a stray dk:else of a block that failed
  if (is_w(n, "tc") && compile_status_cell(n, out, loops)) return;
  const bool watch = is_container(n) && has_block_children(n);
  write_start_tag(n, out, loops);
  if (n->children == nullptr) return;
  if (watch) {
    auto body = std::make_shared<Program>();
    Emitter inner(*body);
    compile_children(n, inner, loops, true);
    inner.flush();
    out.push(EnsureParagraph{body, "<w:p/>", "</" + xml::qualified_name(n) + ">"});
    return;
  }
  compile_children(n, out, loops, false);
  xml::write_end_tag(out.sink(), n);
}

// A container whose blocks may render nothing: it must still end with a paragraph.
bool Compiler::has_block_children(const xmlNode* n) const {
  for (xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (is_marker(c, "block") || (is_marker(c, "rich") && xml::attribute(c, "block"))) return true;
  }
  return false;
}

// Start tags with holes: ids and names that must be fresh in repeated content.
void Compiler::write_start_tag(xmlNode* n, Emitter& out, int loops) {
  const bool bookmark = loops > 0 && (is_w(n, "bookmarkStart") || is_w(n, "bookmarkEnd"));
  const bool drawing = loops > 0 && xml::local_name(n) == "docPr" && xml::namespace_of(n) == ooxml::ns::wp;
  const bool control = loops > 0 && is_w(n, "id") && is_w(n->parent, "sdtPr");
  const bool numid = numid_holes_.count(n) > 0;
  if (!bookmark && !drawing && !control && !numid) {
    xml::write_start_tag(out.sink(), n, n->children == nullptr, {.skip_href = kMarkerNamespace});
    return;
  }
  out.text("<" + xml::qualified_name(n));
  for (xmlNs* d = n->nsDef; d != nullptr; d = d->next) {
    out.text(std::string(" xmlns") + (d->prefix ? ":" + std::string(cstr(d->prefix)) : "") + "=\"" +
             xml::escape_attribute(cstr(d->href)) + "\"");
  }
  for (xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    std::string name = cstr(a->name);
    xmlChar* raw = xmlNodeListGetString(n->doc, a->children, 1);
    std::string value = raw ? cstr(raw) : "";
    xmlFree(raw);
    out.text(" " + xml::qualified_name(reinterpret_cast<xmlNode*>(a)) + "=\"");
    if ((bookmark && name == "id") || (control && name == "val")) {
      out.push(WriteId{control ? IdKind::content_control : IdKind::bookmark, std::atol(value.c_str())});
    } else if (drawing && name == "id") {
      out.push(WriteId{IdKind::drawing, std::atol(value.c_str())});
    } else if (bookmark && name == "name") {
      out.push(WriteBookmarkName{value});
    } else if (numid && name == "val") {
      out.push(WriteNumId{std::atol(value.c_str()), static_cast<std::size_t>(loops - 2)});
    } else {
      out.text(xml::escape_attribute(value));
    }
    out.text("\"");
  }
  out.text(n->children == nullptr ? "/>" : ">");
}

// Compiles an expression; on failure reports it and, for drafts, leaves the message where
// the tag was (as a run, or a paragraph for paragraph-level blocks).
std::optional<Expression> Compiler::expression(const TagSite& site, const std::string& text, Emitter* out, bool paragraph) {
  std::string error;
  auto e = Expression::compile(text, env_.xpath, error);
  if (!e) {
    std::string message = "\u201C" + text + "\u201D is not a valid XPath expression: " + error;
    diags_.add(sites_.at(site, Severity::error, message,
                         "check the brackets, quotes and names; paths look like meta/title or kpis/kpi/@ref",
                         "template.xpath-syntax"));
    if (out != nullptr) {
      out->push(WriteTemplateError{site.tag.document_assembler ? "XPathException: " + error : message, paragraph});
    }
  }
  return e;
}

CompiledFilters Compiler::filters(const TagSite& site) {
  CompiledFilters out;
  for (std::size_t i = 0; i < site.tag.filters.size(); ++i) {
    const auto& call = site.tag.filters[i];
    try {
      out.filters.push_back(format::compile_filter(call, env_.locale));
      out.calls.push_back(call);
      if (call.name == "default") out.default_at = out.filters.size() - 1;
    } catch (const format::FilterError& e) {
      diags_.add(sites_.at(site, Severity::error, e.what(), e.hint(), "template.filter"));
    }
  }
  return out;
}

void Compiler::compile_value(xmlNode* marker, Emitter& out, bool status_cell) {
  const std::size_t index = static_cast<std::size_t>(marker_site(marker));
  const TagSite& site = sites_.sites[index];
  auto e = expression(site, site.tag.expression, &out);
  if (!e) return;
  WriteValue v{index, std::move(*e), filters(site), site.tag.optional, env_.text_part, status_cell, {},
               site.tag.document_assembler, xml::attribute(marker, "field").has_value(), nullptr};
  if (!env_.text_part) v.style = detail::run_style(doc_.get(), xml::child(marker, "rPr"));
  if (site.tag.format.any()) v.format = value_format(marker, site, out);
  out.push(std::move(v));
}

// fill=, colour=, highlight= and link= of a value: fill= in a table cell shades the cell
// (compile_fill_cell); elsewhere it shades the text, as highlight= does.
std::shared_ptr<const ValueFormat> Compiler::value_format(xmlNode* marker, const TagSite& site, Emitter& out) {
  if (env_.text_part || xml::attribute(marker, "field")) {
    diags_.add(sites_.at(site, Severity::error, "fill=, colour=, highlight= and link= work only in the document's text",
                         "remove them from the document properties or the field code", "template.format"));
    return nullptr;
  }
  bool in_cell = false;
  for (const xmlNode* n = marker->parent; n != nullptr && !is_marker(n, "block"); n = n->parent) in_cell |= is_w(n, "tc");
  auto f = std::make_shared<ValueFormat>();
  const FormatOptions& o = site.tag.format;
  if (o.colour) f->colour = expression(site, *o.colour, &out);
  const auto& highlight = o.highlight ? o.highlight : (in_cell ? std::nullopt : o.fill);
  if (highlight) f->highlight = expression(site, *highlight, &out);
  if (o.link) f->link = expression(site, *o.link, &out);
  f->on_cell_fill = o.fill && in_cell;
  f->styles = detail::format_run_styles(doc_.get(), xml::child(marker, "rPr"), env_.styles);
  return f;
}

void Compiler::compile_rich(xmlNode* marker, Emitter& out, bool top_level) {
  const std::size_t index = static_cast<std::size_t>(marker_site(marker));
  const TagSite& site = sites_.sites[index];
  auto e = expression(site, site.tag.expression);
  if (!e) return;
  const bool block = xml::attribute(marker, "block").has_value();
  const xmlNode* rpr = xml::child(marker, "rPr");
  const xmlNode* ppr = block ? xml::child(marker, "pPr") : nullptr;
  WriteRich r{index, std::move(*e), site.tag.optional, block, top_level && block,
              detail::rich_styles(doc_.get(), rpr, ppr, env_.styles), detail::run_style(doc_.get(), rpr)};
  out.push(std::move(r));
}

}  // namespace detail

ProgramPtr compile_part(xml::Document& doc, const PartSites& sites, CompileEnv& env, Diagnostics& diags) {
  return detail::Compiler(doc, sites, env, diags).run();
}

}  // namespace docket::tmpl
