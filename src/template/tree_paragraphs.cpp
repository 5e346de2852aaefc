#include "template/tree_paragraphs.hpp"

#include <string_view>
#include <vector>

#include "ooxml/wml.hpp"
#include "xml/node.hpp"

namespace docket::tmpl::detail {

namespace {

using ooxml::is_w;

// Elements that put something on the page besides text.
bool is_content_element(const xmlNode* n) {
  static constexpr std::string_view kContent[] = {
      "drawing", "pict", "object", "tab", "br", "cr", "sym", "fldChar", "instrText",
      "footnoteReference", "endnoteReference", "ptab", "noBreakHyphen", "softHyphen"};
  for (auto name : kContent) {
    if (is_w(n, name)) return true;
  }
  return false;
}

bool is_blank(const xmlNode* t) {
  for (xmlNode* c = t->children; c != nullptr; c = c->next) {
    if (c->content == nullptr) continue;
    for (const xmlChar* s = c->content; *s; ++s) {
      if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r') return false;
    }
  }
  return true;
}

// The leaves of a paragraph that matter here, in document order: w:t, content elements
// and markers. Paragraph properties and nested text-box paragraphs are skipped.
void flatten(const xmlNode* node, std::vector<const xmlNode*>& out) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || is_w(c, "pPr") || is_w(c, "rPr")) continue;
    if (is_marker(c) || is_w(c, "t") || is_content_element(c)) {
      out.push_back(c);
    } else if (!is_w(c, "txbxContent")) {
      flatten(c, out);
    }
  }
}

bool ignorable(const xmlNode* leaf, const PartSites& sites) {
  if (is_marker(leaf)) return is_control_marker(leaf, sites);
  if (is_w(leaf, "t")) return is_blank(leaf);
  return false;
}

xmlNode* first_block_child(const xmlNode* container, bool last) {
  xmlNode* found = nullptr;
  for (xmlNode* c = container->children; c != nullptr; c = c->next) {
    if (is_w(c, "p") || is_w(c, "tbl") || is_w(c, "sdt")) {
      if (!last) return c;
      found = c;
    }
  }
  return found;
}

xmlNode* cell_row_if_edge(const xmlNode* marker, const PartSites& sites, bool last) {
  xmlNode* p = marker->parent;
  while (p != nullptr && !is_w(p, "p")) p = p->parent;
  if (p == nullptr || !is_w(p->parent, "tc") || !is_w(p->parent->parent, "tr")) return nullptr;
  xmlNode* cell = p->parent;
  xmlNode* row = cell->parent;
  if (first_block_child(cell, last) != p) return nullptr;
  xmlNode* edge_cell = nullptr;
  for (xmlNode* c = row->children; c != nullptr; c = c->next) {
    if (is_w(c, "tc")) {
      if (!last && edge_cell == nullptr) edge_cell = c;
      if (last) edge_cell = c;
    }
  }
  if (edge_cell != cell) return nullptr;
  std::vector<const xmlNode*> leaves;
  flatten(p, leaves);
  bool seen = false;
  if (!last) {
    for (const xmlNode* l : leaves) {
      if (l == marker) return row;
      if (!ignorable(l, sites)) return nullptr;
    }
  } else {
    for (const xmlNode* l : leaves) {
      if (seen && !ignorable(l, sites)) return nullptr;
      seen |= l == marker;
    }
    if (seen) return row;
  }
  return nullptr;
}

}  // namespace

bool is_control_marker(const xmlNode* node, const PartSites& sites) {
  if (!is_marker(node, "tag")) return false;
  const TagSite& site = sites.sites[static_cast<std::size_t>(marker_site(node))];
  if (site.error) return true;
  return site.tag.kind == TagKind::open || site.tag.kind == TagKind::else_ ||
         site.tag.kind == TagKind::close || site.tag.kind == TagKind::comment;
}

bool holds_only_control_tags(const xmlNode* p, const PartSites& sites) {
  std::vector<const xmlNode*> leaves;
  flatten(p, leaves);
  for (const xmlNode* l : leaves) {
    if (!ignorable(l, sites)) return false;
  }
  return true;
}

bool holds_only(const xmlNode* p, const xmlNode* marker, const PartSites& sites) {
  std::vector<const xmlNode*> leaves;
  flatten(p, leaves);
  for (const xmlNode* l : leaves) {
    if (l != marker && !ignorable(l, sites)) return false;
  }
  return true;
}

xmlNode* row_if_first_in_row(const xmlNode* marker, const PartSites& sites) {
  return cell_row_if_edge(marker, sites, false);
}

xmlNode* row_if_last_in_row(const xmlNode* marker, const PartSites& sites) {
  return cell_row_if_edge(marker, sites, true);
}

void remove_paragraph(xmlNode* p, NodeBin& bin) {
  xmlNode* ppr = xml::child(p, "pPr");
  bool keep = ppr != nullptr && xml::child(ppr, "sectPr") != nullptr;
  if (!keep) {
    keep = true;
    for (xmlNode* c = p->parent ? p->parent->children : nullptr; c != nullptr; c = c->next) {
      if (c != p && (is_w(c, "p") || is_w(c, "tbl") || is_w(c, "sdt") || is_marker(c, "block") ||
                     is_marker(c, "rich"))) {
        keep = false;
        break;
      }
    }
  }
  if (!keep) {
    bin.take_out(p);
    return;
  }
  for (xmlNode* c = p->children; c != nullptr;) {
    xmlNode* next = c->next;
    if (c != ppr) bin.take_out(c);
    c = next;
  }
}

}  // namespace docket::tmpl::detail
