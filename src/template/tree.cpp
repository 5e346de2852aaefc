#include "template/tree.hpp"

#include <algorithm>
#include <optional>

#include "ooxml/wml.hpp"
#include "template/tree_paragraphs.hpp"
#include "template/tree_wrap.hpp"
#include "xml/node.hpp"

namespace docket::tmpl {

namespace {

using ooxml::is_w;
using detail::Pair;
using detail::paragraph_of;
using detail::where;

std::string close_text(BlockKind k) { return "{{/" + std::string(block_name(k)) + "}}"; }

void rename(xmlNode* marker, const char* name) { xmlNodeSetName(marker, BAD_CAST name); }

class TreeBuilder {
 public:
  TreeBuilder(PartSites& sites, Diagnostics& diags)
      : s_(sites), diags_(diags), bin_(sites), wrapper_(sites, diags, bin_) {}

  void run() {
    report_syntax_errors();
    auto pairs = pair_blocks();
    // Innermost first: a paragraph that closes two blocks ({{/if}}{{/each}}) or closes one
    // and opens the next ({{else}}{{#if …}}) then bounds each block in turn.
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.close < b.close; });
    for (const Pair& p : pairs) wrapper_.wrap(p);
    for (xmlNode* p : wrapper_.doomed()) remove_paragraph(p);
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
          pairs.push_back({i, 0, {}});
          open.push_back(pairs.size() - 1);
          break;
        case TagKind::else_: add_else(i, pairs, open); break;
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

  // {{else}} ends an #if's, #unless's or #each's first branch; {{else if …}} chains another
  // condition, and no branch can follow a plain {{else}}.
  void add_else(std::size_t i, std::vector<Pair>& pairs, const std::vector<std::size_t>& open) {
    const TagSite& st = site(i);
    const char* name = st.tag.expression.empty() ? "{{else}}" : "{{else if …}}";
    if (open.empty()) {
      error(st, std::string(name) + " is not inside a block",
            "move it between {{#if …}} and {{/if}} (or {{#each …}} and {{/each}}), or remove it",
            "template.else-misplaced");
      return;
    }
    Pair& p = pairs[open.back()];
    if (!p.elses.empty() && site(p.elses.back()).tag.expression.empty()) {
      error(st, std::string(name) + " after the {{else}} of " + where(site(p.open)),
            "the plain {{else}} is the last branch: put it after every {{else if …}}", "template.else-misplaced");
      return;
    }
    p.elses.push_back(i);
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
        if (p && !wrapper_.doomed().count(p) && detail::holds_only_control_tags(p, s_) && has_no_runs(p)) {
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

  PartSites& s_;
  Diagnostics& diags_;
  NodeBin bin_;  // frees what the steps took out when the builder goes
  detail::BlockWrapper wrapper_;
};

}  // namespace

void build_tree(xml::Document& doc, PartSites& sites, Diagnostics& diags) {
  (void)doc;  // the sites' markers lead into it
  TreeBuilder(sites, diags).run();
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
