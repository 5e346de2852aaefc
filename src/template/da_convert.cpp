// The last step of lowering DocumentAssembler markup: dk:da elements become docket markers
// (dk:value, dk:block) whose sites carry DocumentAssembler's rules. Also the lowering state.
#include <functional>

#include "ooxml/wml.hpp"
#include "support/text.hpp"
#include "template/da_detail.hpp"
#include "xml/node.hpp"

namespace docket::tmpl::detail {

namespace {

using ooxml::is_w;

void free_node(xmlNode* n) {
  xmlUnlinkNode(n);
  xmlFreeNode(n);
}

xmlNode* first_descendant(xmlNode* n, const char* name) {
  for (xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is_w(c, name)) return c;
    if (xmlNode* d = first_descendant(c, name)) return d;
  }
  return nullptr;
}

xmlNode* value_marker(xmlDoc* doc, long site, const xmlNode* rpr) {
  xmlNode* m = new_marker(doc, "value", site);
  if (rpr != nullptr) xmlAddChild(m, xmlDocCopyNode(const_cast<xmlNode*>(rpr), doc, 1));
  return m;
}

xmlNode* new_paragraph(xmlDoc* doc, const xmlNode* like, const xmlNode* ppr) {
  xmlNode* p = xmlNewDocNode(doc, ooxml::w_namespace(const_cast<xmlNode*>(like)), BAD_CAST "p", nullptr);
  if (ppr != nullptr) xmlAddChild(p, xmlDocCopyNode(const_cast<xmlNode*>(ppr), doc, 1));
  return p;
}

// The text of the paragraph holding `n` (or held by it), for messages.
std::string excerpt_of(const xmlNode* n, const std::string& fallback) {
  const xmlNode* p = n;
  while (p && !is_w(p, "p")) p = p->parent;
  if (p == nullptr && n != nullptr) p = first_descendant(const_cast<xmlNode*>(n), "p");
  return p ? ooxml::paragraph_text(p) : fallback;
}

void block(xmlNode* da, Level level, TagSite& site) {
  site.level = level;
  xmlNodeSetName(da, BAD_CAST "block");
  static constexpr const char* kLevel[] = {"run", "paragraph", "row"};
  xmlSetProp(da, BAD_CAST "level", BAD_CAST kLevel[static_cast<int>(level)]);
}

// Content at block level is a new paragraph (the markup paragraph's properties, the value in
// the first run properties among its runs); at run level, a value in the markup run's properties.
void convert_content(xmlNode* da, long site) {
  xmlNode* p = first_descendant(da, "p");
  if (p != nullptr) {
    // DocumentAssembler takes the first run properties among the paragraph's runs.
    const xmlNode* rpr = nullptr;
    for (xmlNode* run : xml::children(p, "r")) {
      if ((rpr = xml::child(run, "rPr")) != nullptr) break;
    }
    xmlNode* para = new_paragraph(da->doc, da, xml::child(p, "pPr"));
    xmlAddChild(para, value_marker(da->doc, site, rpr));
    xmlAddPrevSibling(da, para);
  } else {
    const xmlNode* rpr = xml::child(da, "rPr");
    if (rpr == nullptr) {
      xmlNode* run = first_descendant(da, "r");
      rpr = run ? xml::child(run, "rPr") : nullptr;
    }
    xmlAddPrevSibling(da, value_marker(da->doc, site, rpr));
  }
  free_node(da);
}

// A Table keeps its first row as the header; the second is repeated for each selected
// element, each cell's first paragraph read as an XPath; further rows are footers, filled in
// the outer context.
void convert_table(xmlNode* da, long index, DaState& s) {
  xmlNode* tbl = xml::child(da, "tbl");
  xmlUnlinkNode(tbl);
  xmlAddPrevSibling(da, tbl);
  free_node(da);
  auto rows = xml::children(tbl, "tr");
  if (rows.size() < 2) {
    const TagSite at = s.sites.sites[static_cast<std::size_t>(index)];
    // As DocumentAssembler does, the message takes the table's place.
    xmlAddPrevSibling(tbl, s.error(tbl, at.tag.text, "Table does not contain a prototype row", true, &at));
    free_node(tbl);
    return;
  }
  xmlNode* proto = rows[1];
  for (xmlNode* b : xml::descendants(proto, "bookmarkStart")) free_node(b);
  for (xmlNode* b : xml::descendants(proto, "bookmarkEnd")) free_node(b);
  for (xmlNode* tc : xml::children(proto, "tc")) {
    xmlNode* first = xml::child(tc, "p");
    std::string xpath = first ? ooxml::paragraph_text(first) : std::string();
    xmlNode* run = first ? first_descendant(first, "r") : nullptr;
    xmlNode* para = new_paragraph(tc->doc, tc, first ? xml::child(first, "pPr") : nullptr);
    if (!trim(xpath).empty()) {
      TagSite cell;
      cell.tag.kind = TagKind::value;
      cell.tag.text = xpath;
      cell.tag.expression = xpath;
      cell.tag.document_assembler = true;
      cell.tag.da_table = true;  // a cell: its errors read as DocumentAssembler's table cells give them
      cell.paragraph = s.paragraph_number(first);
      if (cell.paragraph == 0) cell.paragraph = s.sites.sites[static_cast<std::size_t>(index)].paragraph;
      cell.excerpt = xpath;
      s.sites.sites.push_back(std::move(cell));
      xmlAddChild(para, value_marker(tc->doc, static_cast<long>(s.sites.sites.size() - 1),
                                     run ? xml::child(run, "rPr") : nullptr));
    }
    for (xmlNode* c = tc->children; c;) {
      xmlNode* next = c->next;
      if (!is_w(c, "tcPr")) free_node(c);
      c = next;
    }
    xmlAddChild(tc, para);
  }
  xmlNode* repeat = new_marker(tbl->doc, "block", index);
  xmlAddPrevSibling(proto, repeat);
  xmlUnlinkNode(proto);
  xmlAddChild(repeat, proto);
  block(repeat, Level::row, s.sites.sites[static_cast<std::size_t>(index)]);
}

}  // namespace

bool is_da(const xmlNode* n) { return is_marker(n, "da"); }

DaKind da_kind(const DaState& s, const xmlNode* da) { return s.markup.at(marker_site(da)).kind; }

long DaState::paragraph_number(const xmlNode* n) const {
  for (const xmlNode* a = n; a != nullptr; a = a->parent) {
    if (auto it = paragraph_numbers.find(a); it != paragraph_numbers.end()) return it->second;
  }
  // Promoted markup holds its paragraph instead of sitting in it.
  if (const xmlNode* p = n ? first_descendant(const_cast<xmlNode*>(n), "p") : nullptr) {
    if (auto it = paragraph_numbers.find(p); it != paragraph_numbers.end()) return it->second;
  }
  return 0;
}

long DaState::add_site(const xmlNode* n, std::string text, const DaMarkup& m) {
  TagSite site;
  site.tag.text = text;
  site.tag.expression = m.select;
  site.tag.optional = m.optional;
  site.tag.document_assembler = true;
  site.tag.match = m.match;
  site.tag.not_match = m.not_match;
  site.tag.da_table = m.kind == DaKind::table;
  site.tag.kind = m.kind == DaKind::content ? TagKind::value : TagKind::open;
  site.tag.block = m.kind == DaKind::conditional ? BlockKind::if_ : BlockKind::each;
  site.paragraph = paragraph_number(n);
  site.excerpt = abbreviate(excerpt_of(n, text), 80);
  sites.sites.push_back(std::move(site));
  const long index = static_cast<long>(sites.sites.size() - 1);
  markup[index] = m;
  return index;
}

xmlNode* DaState::error(const xmlNode* n, const std::string& text, const std::string& message, bool paragraph,
                        const TagSite* at) {
  TagSite site;
  site.tag.text = text;
  site.tag.document_assembler = true;
  site.error = TagSyntaxError{message, ""};
  site.paragraph = at ? at->paragraph : paragraph_number(n);
  site.excerpt = at ? at->excerpt : abbreviate(excerpt_of(n, text), 80);
  diags.add(sites.at(site, Severity::error, message,
                     "see docs/document-assembler.md: DocumentAssembler markup is <# <Content Select=\"…\"/> #>, "
                     "<Repeat>/<EndRepeat>, <Conditional Match=\"…\">/<EndConditional> and <Table Select=\"…\"/>",
                     "template.document-assembler"));
  sites.sites.push_back(std::move(site));
  xmlDoc* doc = n->doc;
  xmlNode* m = new_marker(doc, "error", static_cast<long>(sites.sites.size() - 1));
  if (paragraph) xmlNewProp(m, BAD_CAST "paragraph", BAD_CAST "1");
  return m;
}

void convert_markup(xml::Document& doc, DaState& s) {
  std::vector<xmlNode*> das;
  std::function<void(xmlNode*)> walk = [&](xmlNode* n) {
    for (xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (is_da(c)) das.push_back(c);
      walk(c);
    }
  };
  walk(doc.root());
  // Innermost first: converting markup frees it, and what it held must be converted by then.
  for (auto it = das.rbegin(); it != das.rend(); ++it) {
    xmlNode* da = *it;
    const long index = marker_site(da);
    const std::string text = s.sites.sites[static_cast<std::size_t>(index)].tag.text;
    switch (da_kind(s, da)) {
      case DaKind::content: convert_content(da, index); break;
      case DaKind::table: convert_table(da, index, s); break;
      case DaKind::repeat:
      case DaKind::conditional: {
        const DaMarkup& m = s.markup.at(index);
        if (m.kind == DaKind::conditional && (m.match.has_value() == m.not_match.has_value())) {
          const TagSite at = s.sites.sites[static_cast<std::size_t>(index)];
          xmlNode* e = s.error(da, text, m.match ? "Conditional: Cannot specify both Match and NotMatch"
                                                          : "Conditional: Must specify either Match or NotMatch",
                               !is_w(da->parent, "p"), &at);
          xmlAddPrevSibling(da, e);
          free_node(da);
          break;
        }
        block(da, is_w(da->parent, "p") ? Level::run : Level::paragraph, s.sites.sites[static_cast<std::size_t>(index)]);
        break;
      }
      default: break;  // ends were paired or reported
    }
  }
}

}  // namespace docket::tmpl::detail
