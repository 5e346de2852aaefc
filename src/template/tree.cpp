#include "template/tree.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "ooxml/wml.hpp"
#include "template/tree_paragraphs.hpp"
#include "xml/node.hpp"

namespace docket::tmpl {

namespace {

using ooxml::is_w;

struct Pair {
  std::size_t open;
  std::size_t close;
  std::optional<std::size_t> else_;
};

std::string where(const TagSite& s) {
  return "\u201C" + s.tag.text + "\u201D" + (s.paragraph > 0 ? " (paragraph " + std::to_string(s.paragraph) + ")" : "");
}

std::string close_text(BlockKind k) { return "{{/" + std::string(block_name(k)) + "}}"; }

xmlNode* paragraph_of(const xmlNode* n) {
  for (xmlNode* p = n ? n->parent : nullptr; p != nullptr; p = p->parent) {
    if (is_w(p, "p")) return p;
  }
  return nullptr;
}

void rename(xmlNode* marker, const char* name) { xmlNodeSetName(marker, BAD_CAST name); }

class TreeBuilder {
 public:
  TreeBuilder(xml::Document& doc, PartSites& sites, Diagnostics& diags)
      : doc_(doc), s_(sites), diags_(diags), bin_(sites) {}

  void run() {
    report_syntax_errors();
    auto pairs = pair_blocks();
    // Innermost first: a paragraph that closes two blocks ({{/if}}{{/each}}) or closes one
    // and opens the next ({{else}}{{#if …}}) then bounds each block in turn.
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.close < b.close; });
    for (const Pair& p : pairs) wrap(p);
    for (xmlNode* p : doomed_) remove_paragraph(p);
    finish_comments_and_values();
    // Markers now stand in the tree by their site attributes; nothing may follow a site's
    // pointer once the builder (and its bin) is gone.
    for (auto& st : s_.sites) st.marker = nullptr;
  }

 private:
  TagSite& site(std::size_t i) { return s_.sites[i]; }

  void error(const TagSite& at, std::string message, std::string hint, const char* code) {
    diags_.add(s_.at(at, Severity::error, std::move(message), std::move(hint), code));
  }

  void report_syntax_errors() {
    for (auto& st : s_.sites) {
      if (st.error && !st.tag.document_assembler) error(st, "\u201C" + st.tag.text + "\u201D: " + st.error->message, st.error->hint, "template.tag-syntax");
    }
  }

  std::vector<Pair> pair_blocks() {
    std::vector<Pair> pairs;
    std::vector<std::size_t> open;  // indexes into pairs
    for (std::size_t i = 0; i < s_.sites.size(); ++i) {
      const TagSite& st = site(i);
      if (st.error || st.tag.document_assembler) continue;  // DocumentAssembler pairs its own
      switch (st.tag.kind) {
        case TagKind::open:
          pairs.push_back({i, 0, std::nullopt});
          open.push_back(pairs.size() - 1);
          break;
        case TagKind::else_: {
          if (open.empty() || site(pairs[open.back()].open).tag.block == BlockKind::each) {
            error(st, "{{else}} is not inside an {{#if}} or {{#unless}}",
                  "move it between {{#if …}} and {{/if}}, or remove it", "template.else-misplaced");
          } else if (pairs[open.back()].else_) {
            error(st, "a second {{else}} in " + where(site(pairs[open.back()].open)),
                  "an {{#if}} has at most one {{else}}", "template.else-misplaced");
          } else {
            pairs[open.back()].else_ = i;
          }
          break;
        }
        case TagKind::close: close_block(i, pairs, open); break;
        default: break;
      }
    }
    for (std::size_t k : open) {
      const TagSite& o = site(pairs[k].open);
      error(o, where(o) + " is never closed", "add " + close_text(o.tag.block) + " where the block ends",
            "template.block-unclosed");
    }
    std::vector<Pair> closed;
    for (const Pair& p : pairs) {
      if (p.close != 0) closed.push_back(p);  // a close always comes after its open
    }
    return closed;
  }

  void close_block(std::size_t i, std::vector<Pair>& pairs, std::vector<std::size_t>& open) {
    const TagSite& c = site(i);
    if (open.empty()) {
      error(c, where(c) + " closes nothing: no {{#" + std::string(block_name(c.tag.block)) + "}} is open before it",
            "remove it, or add the {{#" + std::string(block_name(c.tag.block)) + " …}} it should close",
            "template.block-unopened");
      return;
    }
    auto match = open.rbegin();
    while (match != open.rend() && site(pairs[*match].open).tag.block != c.tag.block) ++match;
    if (match == open.rend()) {
      const TagSite& o = site(pairs[open.back()].open);
      error(c, where(c) + " does not match " + where(o), "close " + where(o) + " with " + close_text(o.tag.block),
            "template.block-mismatch");
      return;
    }
    while (open.rbegin() != match) {
      const TagSite& o = site(pairs[open.back()].open);
      error(o, where(o) + " is not closed before " + where(c),
            "add " + close_text(o.tag.block) + " before " + c.tag.text, "template.block-unclosed");
      open.pop_back();
    }
    pairs[open.back()].close = i;
    open.pop_back();
  }

  void wrap(const Pair& p) {
    TagSite& o = site(p.open);
    TagSite& c = site(p.close);
    if (o.marker == nullptr || c.marker == nullptr) return;  // taken out with a failed block
    xmlNode* po = paragraph_of(o.marker);
    xmlNode* pc = paragraph_of(c.marker);
    xmlNode* pe = p.else_ ? paragraph_of(site(*p.else_).marker) : nullptr;
    if (po != nullptr && po == pc && (!p.else_ || pe == po)) {
      wrap_run(p, o, c);
      return;
    }
    xmlNode* r1 = enclosing_row_block(detail::row_if_first_in_row(o.marker, s_), false);
    xmlNode* r2 = enclosing_row_block(detail::row_if_last_in_row(c.marker, s_), true);
    if (r1 && r2 && r1->parent == r2->parent && !precedes(r2, r1)) {
      if (p.else_) {
        error(site(*p.else_), "{{else}} cannot split table rows",
              "use a row block {{#unless …}} … {{/unless}} for the other rows", "template.else-misplaced");
        return;
      }
      wrap_rows(o, c, r1, r2);
      return;
    }
    if (po && pc && po->parent == pc->parent && detail::holds_only_control_tags(po, s_) &&
        detail::holds_only_control_tags(pc, s_) &&
        (!p.else_ || (pe && pe->parent == po->parent && detail::holds_only_control_tags(pe, s_)))) {
      wrap_paragraphs(p, o, po, pc, pe);
      return;
    }
    error(o, where(o) + " and " + where(c) + " are not at the same level",
          "put both in one paragraph; or put each alone in its own paragraph, both in the body or "
          "both in the same table cell; or, to repeat table rows, put the opening tag at the start "
          "of a row's first cell and the closing tag at the end of a row's last cell",
          "template.block-levels");
  }

  // Blocks are wrapped innermost first. When an inner block starts (or ends) on the same
  // row as this one — `{{#each kpi}}{{#if @status='red'}}` opening one row — its dk:block
  // already holds that row: this block must take the inner block whole, or the inner
  // condition would be wrapped around the loop and evaluated outside it.
  static xmlNode* enclosing_row_block(xmlNode* row, bool last) {
    while (row != nullptr && is_marker(row->parent, "block") && edge_element(row->parent, last) == row) {
      row = row->parent;
    }
    return row;
  }

  static xmlNode* edge_element(xmlNode* parent, bool last) {
    xmlNode* found = nullptr;
    for (xmlNode* n = parent->children; n != nullptr; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      if (!last) return n;
      found = n;
    }
    return found;
  }

  static bool precedes(const xmlNode* a, const xmlNode* b) {
    for (const xmlNode* n = a->next; n != nullptr; n = n->next) {
      if (n == b) return true;
    }
    return false;
  }

  xmlNode* new_block(std::size_t open_site, Level level) {
    site(open_site).level = level;
    xmlNode* b = new_marker(doc_.get(), "block", static_cast<long>(open_site));
    static constexpr const char* kLevel[] = {"run", "paragraph", "row"};
    xmlNewProp(b, BAD_CAST "level", BAD_CAST kLevel[static_cast<int>(level)]);
    return b;
  }

  void move_between(xmlNode* block, xmlNode* from, xmlNode* to) {
    for (xmlNode* n = from; n != nullptr && n != to;) {
      xmlNode* next = n->next;
      xmlUnlinkNode(n);
      xmlAddChild(block, n);
      n = next;
    }
  }

  void wrap_run(const Pair& p, TagSite& o, TagSite& c) {
    if (o.marker->parent != c.marker->parent ||
        (p.else_ && site(*p.else_).marker->parent != o.marker->parent)) {
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
    if (p.else_) rename(site(*p.else_).marker, "else");
    bin_.take_out(o.marker);
    bin_.take_out(c.marker);
    o.marker = block;
  }

  void wrap_paragraphs(const Pair& p, TagSite& o, xmlNode* po, xmlNode* pc, xmlNode* pe) {
    xmlNode* block = new_block(p.open, Level::paragraph);
    xmlAddNextSibling(po, block);
    if (pe != nullptr) {
      xmlNode* e = new_marker(doc_.get(), "else", static_cast<long>(*p.else_));
      xmlAddPrevSibling(pe, e);
      doomed_.insert(pe);
    }
    move_between(block, block->next, pc);
    doomed_.insert(po);
    doomed_.insert(pc);
    o.marker = block;
  }

  void wrap_rows(TagSite& o, TagSite& c, xmlNode* r1, xmlNode* r2) {
    xmlNode* block = new_block(static_cast<std::size_t>(&o - s_.sites.data()), Level::row);
    xmlAddPrevSibling(r1, block);
    move_between(block, r1, r2->next);
    for (xmlNode* m : {o.marker, c.marker}) {
      xmlNode* p = paragraph_of(m);
      bin_.take_out(m);
      if (p != nullptr && detail::holds_only_control_tags(p, s_)) {
        bool empty = true;
        for (xmlNode* k = p->children; k; k = k->next) empty &= (k->type != XML_ELEMENT_NODE || is_w(k, "pPr"));
        if (empty) remove_paragraph(p);
      }
    }
    o.marker = block;
    if (o.tag.block == BlockKind::each) mark_header_rows(block);
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

  void finish_comments_and_values() {
    for (std::size_t i = 0; i < s_.sites.size(); ++i) {
      TagSite& st = s_.sites[i];
      if (st.marker == nullptr || !is_marker(st.marker, "tag")) continue;
      if (st.error) {  // a broken tag shows its problem in place in a draft
        rename(st.marker, "error");
        while (st.marker->children) bin_.take_out(st.marker->children);
        continue;
      }
      if (st.tag.kind == TagKind::comment || st.tag.kind == TagKind::open ||
          st.tag.kind == TagKind::close || st.tag.kind == TagKind::else_) {
        // Comments, and blocks left unpaired by an error: take the tag out.
        xmlNode* p = paragraph_of(st.marker);
        bin_.take_out(st.marker);
        if (p && !doomed_.count(p) && detail::holds_only_control_tags(p, s_) && has_no_runs(p)) {
          remove_paragraph(p);
        }
        continue;
      }
      if (st.tag.kind == TagKind::value) {
        rename(st.marker, "value");
      } else if (st.tag.kind == TagKind::rich) {
        rename(st.marker, "rich");
        xmlNode* p = paragraph_of(st.marker);
        if (p != nullptr && detail::holds_only(p, st.marker, s_)) promote_rich(st, p);
      }
    }
  }

  // A paragraph may be due twice (it closed one block and is emptied by another): the
  // second time it is already out.
  void remove_paragraph(xmlNode* p) {
    if (NodeBin::in_document(p)) detail::remove_paragraph(p, bin_);
  }

  static bool has_no_runs(const xmlNode* p) {
    for (xmlNode* c = p->children; c; c = c->next) {
      if (c->type == XML_ELEMENT_NODE && !is_w(c, "pPr") && !is_w(c, "bookmarkStart") &&
          !is_w(c, "bookmarkEnd") && !is_w(c, "proofErr")) {
        if (is_w(c, "r")) {
          for (xmlNode* k = c->children; k; k = k->next) {
            if (k->type == XML_ELEMENT_NODE && !is_w(k, "rPr") && !is_w(k, "t")) return false;
          }
          continue;
        }
        return false;
      }
    }
    return true;
  }

  // A rich-text tag alone in its paragraph stands for whole paragraphs, lists and tables:
  // the marker takes the paragraph's place and keeps its properties for styling.
  void promote_rich(TagSite& st, xmlNode* p) {
    xmlUnlinkNode(st.marker);
    xmlNewProp(st.marker, BAD_CAST "block", BAD_CAST "1");
    if (xmlNode* ppr = xml::child(p, "pPr")) {
      xmlUnlinkNode(ppr);
      xmlAddChild(st.marker, ppr);
    }
    xmlAddPrevSibling(p, st.marker);
    bin_.take_out(p);
  }

  xml::Document& doc_;
  PartSites& s_;
  Diagnostics& diags_;
  NodeBin bin_;  // declared after the sites it clears; frees what the steps took out
  std::set<xmlNode*> doomed_;
};

}  // namespace

void build_tree(xml::Document& doc, PartSites& sites, Diagnostics& diags) {
  TreeBuilder(doc, sites, diags).run();
}

void build_text_tree(xml::Document& doc, PartSites& sites, Diagnostics& diags) {
  (void)doc;
  NodeBin bin(sites);
  for (auto& st : sites.sites) {
    if (st.error) {
      diags.add(sites.at(st, Severity::error, "\u201C" + st.tag.text + "\u201D: " + st.error->message,
                         st.error->hint, "template.tag-syntax"));
    } else if (st.tag.kind == TagKind::value) {
      rename(st.marker, "value");
      continue;
    } else if (st.tag.kind != TagKind::comment) {
      diags.add(sites.at(st, Severity::error,
                         "\u201C" + st.tag.text + "\u201D cannot be used in the document properties",
                         "document properties (title, subject, keywords) take plain values such as {{ meta/title }}",
                         "template.tag-misplaced"));
    }
    bin.take_out(st.marker);
  }
  for (auto& st : sites.sites) st.marker = nullptr;
}

}  // namespace docket::tmpl
