#include "template/compile.hpp"

#include <set>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "support/byte_sink.hpp"
#include "support/text.hpp"
#include "template/compile_rich.hpp"
#include "template/compile_styles.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::tmpl {

namespace {

using ooxml::is_w;

const char* cstr(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

// Collects static markup, and hands it to the program as one byte string whenever an
// instruction must come next.
class Emitter {
 public:
  explicit Emitter(Program& program) : program_(program), sink_(pending_) {}
  ByteSink& sink() { return sink_; }
  void text(std::string_view s) { sink_.write(s); }
  void push(Instruction i) {
    flush();
    program_.code.push_back(std::move(i));
  }
  void flush() {
    sink_.flush();
    if (!pending_.empty()) {
      program_.code.push_back(StaticBytes{std::move(pending_)});
      pending_.clear();
    }
  }

 private:
  Program& program_;
  std::string pending_;
  StringSink sink_;
};

bool is_container(const xmlNode* n) {
  return is_w(n, "tc") || is_w(n, "txbxContent") || is_w(n, "hdr") || is_w(n, "ftr") ||
         is_w(n, "footnote") || is_w(n, "endnote") || is_w(n, "comment");
}

class Compiler {
 public:
  Compiler(xml::Document& doc, const PartSites& sites, CompileEnv& env, Diagnostics& diags)
      : doc_(doc), sites_(sites), env_(env), diags_(diags) {}

  ProgramPtr run() {
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

 private:
  const TagSite& site_of(const xmlNode* marker) const {
    return sites_.sites[static_cast<std::size_t>(marker_site(marker))];
  }

  // Nodes that cannot be written as they are: markers, and ids or list numbers inside
  // repeated content. Their ancestors are walked child by child.
  bool mark_dynamic(xmlNode* n, int loops) {
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
  bool restart_numbering(xmlNode* p) {
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

  static std::string w_attr(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(n), BAD_CAST name, BAD_CAST std::string(ooxml::ns::w).c_str());
    std::string s = v ? cstr(v) : "";
    xmlFree(v);
    return s;
  }

  void compile_children(const xmlNode* n, Emitter& out, int loops, bool top_level) {
    for (xmlNode* c = n->children; c != nullptr; c = c->next) {
      compile_node(c, out, loops, top_level);
      if (top_level && c->type == XML_ELEMENT_NODE) {
        if (is_w(c, "p")) out.push(BlockWritten{true});
        else if (is_w(c, "tbl") || is_w(c, "sdt")) out.push(BlockWritten{false});
      }
    }
  }

  void compile_node(xmlNode* n, Emitter& out, int loops, bool top_level) {
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
  bool has_block_children(const xmlNode* n) const {
    for (xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (is_marker(c, "block") || (is_marker(c, "rich") && xml::attribute(c, "block"))) return true;
    }
    return false;
  }

  // Start tags with holes: ids and names that must be fresh in repeated content.
  void write_start_tag(xmlNode* n, Emitter& out, int loops) {
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
  std::optional<Expression> expression(const TagSite& site, const std::string& text, Emitter* out = nullptr,
                                       bool paragraph = false) {
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

  CompiledFilters filters(const TagSite& site) {
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

  void compile_value(xmlNode* marker, Emitter& out, bool status_cell = false) {
    const std::size_t index = static_cast<std::size_t>(marker_site(marker));
    const TagSite& site = sites_.sites[index];
    auto e = expression(site, site.tag.expression, &out);
    if (!e) return;
    WriteValue v{index, std::move(*e), filters(site), site.tag.optional, env_.text_part, status_cell, {},
                 site.tag.document_assembler, xml::attribute(marker, "field").has_value()};
    if (!env_.text_part) v.style = detail::run_style(doc_.get(), xml::child(marker, "rPr"));
    out.push(std::move(v));
  }

  void compile_rich(xmlNode* marker, Emitter& out, bool top_level) {
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

  void compile_block(xmlNode* marker, Emitter& out, int loops, bool top_level) {
    const std::size_t index = static_cast<std::size_t>(marker_site(marker));
    const TagSite& site = sites_.sites[index];
    auto e = expression(site, site.tag.expression, &out, site.level == Level::paragraph);
    const bool each = site.tag.block == BlockKind::each;
    auto body = std::make_shared<Program>();
    auto otherwise = std::make_shared<Program>();
    Emitter body_out(*body);
    Emitter else_out(*otherwise);
    Emitter* target = &body_out;
    const bool inner_top = top_level && site.level == Level::paragraph;
    for (xmlNode* c = marker->children; c != nullptr; c = c->next) {
      if (is_marker(c, "else")) {
        target = &else_out;
        continue;
      }
      if (is_w(c, "rPr")) continue;  // the separators' style
      compile_node(c, *target, each ? loops + 1 : loops, inner_top);
      if (inner_top && is_w(c, "p")) target->push(BlockWritten{true});
      else if (inner_top && (is_w(c, "tbl") || is_w(c, "sdt"))) target->push(BlockWritten{false});
    }
    body_out.flush();
    else_out.flush();
    if (!e) return;
    Block b{index, site.tag.block, site.level, std::move(*e), std::nullopt, site.tag.descending,
            site.tag.separator, site.tag.last_separator, {}, body, otherwise};
    if (site.tag.sort) b.sort_key = expression(site, *site.tag.sort);
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

  // A cell holding one status value (`{{ d:status | rag }}`) and nothing else is shaded by
  // that status.
  bool compile_status_cell(xmlNode* tc, Emitter& out, int loops) {
    std::vector<xmlNode*> markers;
    collect_markers(tc, markers);
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
    StatusCell cell{static_cast<std::size_t>(marker_site(markers[0])), std::move(*e), filters(site), {}, {}, {}};
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
      if (c->type == XML_ELEMENT_NODE && dynamic_.count(c) && contains(c, markers[0])) {
        compile_status_paragraph(c, inner, markers[0], loops);
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

  void compile_status_paragraph(xmlNode* n, Emitter& out, xmlNode* value_marker, int loops) {
    if (n == value_marker) return compile_value(n, out, true);
    if (!dynamic_.count(n)) return xml::write_node(out.sink(), n);
    write_start_tag(n, out, loops);
    if (n->children == nullptr) return;
    for (xmlNode* c = n->children; c != nullptr; c = c->next) compile_status_paragraph(c, out, value_marker, loops);
    xml::write_end_tag(out.sink(), n);
  }

  static bool contains(const xmlNode* n, const xmlNode* target) {
    for (const xmlNode* t = target; t != nullptr; t = t->parent) {
      if (t == n) return true;
    }
    return false;
  }

  static void collect_markers(xmlNode* n, std::vector<xmlNode*>& out) {
    for (xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (is_marker(c)) out.push_back(c);
      else if (c->type == XML_ELEMENT_NODE) collect_markers(c, out);
    }
  }

  xml::Document& doc_;
  const PartSites& sites_;
  CompileEnv& env_;
  Diagnostics& diags_;
  std::set<const xmlNode*> dynamic_;
  std::set<const xmlNode*> numid_holes_;
};

}  // namespace

ProgramPtr compile_part(xml::Document& doc, const PartSites& sites, CompileEnv& env, Diagnostics& diags) {
  return Compiler(doc, sites, env, diags).run();
}

}  // namespace docket::tmpl
