#include "template/tree_wrap.hpp"

#include "ooxml/wml.hpp"
#include "template/tree_paragraphs.hpp"
#include "xml/node.hpp"

namespace docket::tmpl::detail {

namespace {

using ooxml::is_w;

void move_between(xmlNode* block, xmlNode* from, xmlNode* to) {
  for (xmlNode* n = from; n != nullptr && n != to;) {
    xmlNode* next = n->next;
    xmlUnlinkNode(n);
    xmlAddChild(block, n);
    n = next;
  }
}

bool precedes(const xmlNode* a, const xmlNode* b) {
  for (const xmlNode* n = a->next; n != nullptr; n = n->next) {
    if (n == b) return true;
  }
  return false;
}

xmlNode* edge_element(xmlNode* parent, bool last) {
  xmlNode* found = nullptr;
  for (xmlNode* n = parent->children; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (!last) return n;
    found = n;
  }
  return found;
}

// Blocks are wrapped innermost first. When an inner block starts (or ends) on the same row
// as this one — `{{#each kpi}}{{#if @status='red'}}` opening one row — its dk:block already
// holds that row: this block must take the inner block whole, or the inner condition would
// be wrapped around the loop and evaluated outside it.
xmlNode* enclosing_row_block(xmlNode* row, bool last) {
  while (row != nullptr && is_marker(row->parent, "block") && edge_element(row->parent, last) == row) {
    row = row->parent;
  }
  return row;
}

// Rows above a repeated row range are its header: they repeat on each page.
void mark_header_rows(xmlNode* block) {
  for (xmlNode* r = block->prev; r != nullptr; r = r->prev) {
    if (!is_w(r, "tr")) continue;
    xmlNode* trpr = xml::child(r, "trPr");
    if (trpr == nullptr) {
      trpr = xmlNewDocNode(r->doc, ooxml::w_namespace(r), BAD_CAST "trPr", nullptr);
      xmlNode* first = r->children;
      while (first && first->type != XML_ELEMENT_NODE) first = first->next;
      if (first && is_w(first, "tblPrEx")) xmlAddNextSibling(first, trpr);
      else if (first) xmlAddPrevSibling(first, trpr);
      else xmlAddChild(r, trpr);
    }
    ooxml::ensure_property(trpr, ooxml::PropertyList::row, "tblHeader");
  }
}

}  // namespace

xmlNode* paragraph_of(const xmlNode* n) {
  for (xmlNode* p = n ? n->parent : nullptr; p != nullptr; p = p->parent) {
    if (is_w(p, "p")) return p;
  }
  return nullptr;
}

std::string where(const TagSite& s) {
  return "\u201C" + s.tag.text + "\u201D" + (s.paragraph > 0 ? " (paragraph " + std::to_string(s.paragraph) + ")" : "");
}

void BlockWrapper::error(const TagSite& at, std::string message, std::string hint, const char* code) {
  diags_.add(s_.at(at, Severity::error, std::move(message), std::move(hint), code));
}

void BlockWrapper::wrap(const Pair& p) {
  TagSite& o = site(p.open);
  TagSite& c = site(p.close);
  if (o.marker == nullptr || c.marker == nullptr) return;  // taken out with a failed block
  for (std::size_t e : p.elses) {
    if (site(e).marker == nullptr) return;
  }
  xmlNode* po = paragraph_of(o.marker);
  xmlNode* pc = paragraph_of(c.marker);
  bool one_paragraph = po != nullptr && po == pc;
  for (std::size_t e : p.elses) one_paragraph &= paragraph_of(site(e).marker) == po;
  if (one_paragraph) return wrap_run(p, o, c);
  xmlNode* r1 = enclosing_row_block(row_if_first_in_row(o.marker, s_), false);
  xmlNode* r2 = enclosing_row_block(row_if_last_in_row(c.marker, s_), true);
  if (r1 && r2 && r1->parent == r2->parent && !precedes(r2, r1)) return wrap_rows(p, o, c, r1, r2);
  if (po && pc && po->parent == pc->parent && holds_only_control_tags(po, s_) && holds_only_control_tags(pc, s_) &&
      elses_at_paragraph_level(p, po)) {
    return wrap_paragraphs(p, o, po, pc);
  }
  error(o, where(o) + " and " + where(c) + " are not at the same level",
        "put both in one paragraph; or put each alone in its own paragraph, both in the body or "
        "both in the same table cell; or, to repeat table rows, put the opening tag at the start "
        "of a row's first cell and the closing tag at the end of a row's last cell",
        "template.block-levels");
}

bool BlockWrapper::elses_at_paragraph_level(const Pair& p, const xmlNode* po) const {
  for (std::size_t e : p.elses) {
    const xmlNode* pe = paragraph_of(s_.sites[e].marker);
    if (pe == nullptr || pe->parent != po->parent || !holds_only_control_tags(pe, s_)) return false;
  }
  return true;
}

xmlNode* BlockWrapper::new_block(std::size_t open_site, Level level) {
  site(open_site).level = level;
  xmlNode* b = new_marker(s_.sites[open_site].marker->doc, "block", static_cast<long>(open_site));
  static constexpr const char* kLevel[] = {"run", "paragraph", "row"};
  xmlNewProp(b, BAD_CAST "level", BAD_CAST kLevel[static_cast<int>(level)]);
  return b;
}

void BlockWrapper::wrap_run(const Pair& p, TagSite& o, TagSite& c) {
  bool same_parent = o.marker->parent == c.marker->parent;
  for (std::size_t e : p.elses) same_parent &= site(e).marker->parent == o.marker->parent;
  if (!same_parent) {
    error(o, where(o) + " and " + where(c) + " are in different parts of the paragraph (one inside "
          "a link, field or content control, the other outside)",
          "put both tags inside the link (or both outside it)", "template.block-levels");
    return;
  }
  xmlNode* block = new_block(p.open, Level::run);
  xmlAddNextSibling(o.marker, block);
  // The opening tag's run properties style the separators of an inline loop.
  if (xmlNode* rpr = xml::child(o.marker, "rPr")) {
    xmlUnlinkNode(rpr);
    xmlAddChild(block, rpr);
  }
  move_between(block, block->next, c.marker);
  for (std::size_t e : p.elses) {
    site(e).level = Level::run;
    xmlNodeSetName(site(e).marker, BAD_CAST "else");
  }
  bin_.take_out(o.marker);
  bin_.take_out(c.marker);
  o.marker = block;
}

void BlockWrapper::wrap_paragraphs(const Pair& p, TagSite& o, xmlNode* po, xmlNode* pc) {
  xmlNode* block = new_block(p.open, Level::paragraph);
  xmlAddNextSibling(po, block);
  for (std::size_t e : p.elses) {
    xmlNode* pe = paragraph_of(site(e).marker);
    site(e).level = Level::paragraph;
    xmlAddPrevSibling(pe, new_marker(po->doc, "else", static_cast<long>(e)));
    doomed_.insert(pe);
  }
  move_between(block, block->next, pc);
  doomed_.insert(po);
  doomed_.insert(pc);
  o.marker = block;
}

void BlockWrapper::wrap_rows(const Pair& p, TagSite& o, TagSite& c, xmlNode* r1, xmlNode* r2) {
  // An {{else}} of a row block starts a row of its own: the rows from there on are its branch.
  std::vector<xmlNode*> else_rows;
  for (std::size_t e : p.elses) {
    xmlNode* re = enclosing_row_block(row_if_first_in_row(site(e).marker, s_), false);
    if (re == nullptr || re->parent != r1->parent || !precedes(r1, re) || precedes(r2, re)) {
      error(site(e), where(site(e)) + " is not at the start of a row of " + where(o),
            "in a block of table rows, put {{else}} at the start of the first cell of the row its branch begins with",
            "template.else-misplaced");
      return;
    }
    else_rows.push_back(re);
  }
  xmlNode* block = new_block(p.open, Level::row);
  xmlAddPrevSibling(r1, block);
  move_between(block, r1, r2->next);
  for (std::size_t i = 0; i < p.elses.size(); ++i) {
    site(p.elses[i]).level = Level::row;
    xmlAddPrevSibling(else_rows[i], new_marker(block->doc, "else", static_cast<long>(p.elses[i])));
    take_out_row_tag(site(p.elses[i]).marker);
  }
  take_out_row_tag(o.marker);
  take_out_row_tag(c.marker);
  o.marker = block;
  if (o.tag.block == BlockKind::each) mark_header_rows(block);
}

// A row block's tag goes, and so does its paragraph if nothing else is in it (a cell keeps
// its last paragraph).
void BlockWrapper::take_out_row_tag(xmlNode* marker) {
  xmlNode* p = paragraph_of(marker);
  bin_.take_out(marker);
  if (p == nullptr || !holds_only_control_tags(p, s_)) return;
  for (xmlNode* k = p->children; k; k = k->next) {
    if (k->type == XML_ELEMENT_NODE && !is_w(k, "pPr")) return;
  }
  remove_paragraph(p, bin_);
}

}  // namespace docket::tmpl::detail
