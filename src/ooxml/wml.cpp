#include "ooxml/wml.hpp"

#include <algorithm>
#include <array>

#include "ooxml/names.hpp"

namespace docket::ooxml {

namespace {

const char* cstr(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

// Child orders from ECMA-376 Part 1 (CT_RPr, CT_PPrBase + CT_PPr, CT_TcPr, CT_TrPr).
constexpr std::array kRunOrder = {
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr",
    "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish",
    "oMath", "rPrChange"};
constexpr std::array kParagraphOrder = {
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
    "sectPr", "pPrChange"};
constexpr std::array kCellOrder = {
    "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
    "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel",
    "cellMerge", "tcPrChange"};
constexpr std::array kRowOrder = {
    "cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight",
    "tblHeader", "tblCellSpacing", "jc", "hidden", "ins", "del", "trPrChange"};

template <std::size_t N>
std::size_t rank_in(const std::array<const char*, N>& order, std::string_view name) {
  auto it = std::find_if(order.begin(), order.end(), [&](const char* n) { return name == n; });
  return static_cast<std::size_t>(it - order.begin());
}

std::size_t rank(PropertyList list, std::string_view name) {
  switch (list) {
    case PropertyList::run: return rank_in(kRunOrder, name);
    case PropertyList::paragraph: return rank_in(kParagraphOrder, name);
    case PropertyList::cell: return rank_in(kCellOrder, name);
    case PropertyList::row: return rank_in(kRowOrder, name);
  }
  return 0;
}

void collect_text(const xmlNode* node, std::vector<xmlNode*>& out, bool fields = false) {
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is_w(c, "t") || (fields && is_w(c, "instrText"))) {
      out.push_back(c);
    } else if (is_w(c, "p") || is_w(c, "txbxContent") || is_w(c, "del") || is_w(c, "moveFrom") ||
               is_w(c, "pPr") || is_w(c, "rPr")) {
      continue;  // nested paragraphs are their own; deleted text is not text
    } else {
      collect_text(c, out, fields);
    }
  }
}

void collect_paragraphs(xmlNode* node, std::vector<xmlNode*>& out) {
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    // Word keeps only text in these: a paragraph inside one is none of the document's, and
    // goes with it when its text is rewritten (a list holding it would then point at nothing).
    if (is_w(c, "t") || is_w(c, "instrText") || is_w(c, "delText")) continue;
    if (is_w(c, "p")) out.push_back(c);
    collect_paragraphs(c, out);
  }
}

}  // namespace

bool is_w(const xmlNode* node, std::string_view name) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && node->ns != nullptr &&
         cstr(node->ns->href) == ns::w && cstr(node->name) == name;
}

xmlNs* w_namespace(xmlNode* any_node) {
  const std::string href(ns::w);
  xmlNs* found = xmlSearchNsByHref(any_node->doc, any_node, BAD_CAST href.c_str());
  // A node not yet linked into the tree sees no declarations: use the root's.
  if (found == nullptr && any_node->doc != nullptr) {
    if (xmlNode* root = xmlDocGetRootElement(any_node->doc)) found = xmlSearchNsByHref(any_node->doc, root, BAD_CAST href.c_str());
  }
  return found;
}

std::vector<xmlNode*> paragraph_text_nodes(const xmlNode* p) {
  std::vector<xmlNode*> out;
  collect_text(p, out);
  return out;
}

std::vector<xmlNode*> paragraph_text_and_field_nodes(const xmlNode* p) {
  std::vector<xmlNode*> out;
  collect_text(p, out, true);
  return out;
}

std::string paragraph_text(const xmlNode* p) {
  std::string s;
  for (xmlNode* t : paragraph_text_nodes(p)) {
    for (xmlNode* c = t->children; c != nullptr; c = c->next) {
      if (c->content) s += cstr(c->content);
    }
  }
  return s;
}

std::vector<xmlNode*> all_paragraphs(xmlNode* root) {
  std::vector<xmlNode*> out;
  if (root != nullptr) collect_paragraphs(root, out);
  return out;
}

void set_text(xmlNode* element, std::string_view text) {
  while (element->children != nullptr) {
    xmlNode* c = element->children;
    xmlUnlinkNode(c);
    xmlFreeNode(c);
  }
  xmlAddChild(element, xmlNewDocTextLen(element->doc, BAD_CAST text.data(), static_cast<int>(text.size())));
}

xmlNode* ensure_property(xmlNode* props, PropertyList list, std::string_view name) {
  const std::size_t want = rank(list, name);
  xmlNode* before = nullptr;
  for (xmlNode* c = props->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view n = cstr(c->name);
    if (n == name) return c;
    if (before == nullptr && rank(list, n) > want) before = c;
  }
  xmlNode* made = xmlNewDocNode(props->doc, w_namespace(props), BAD_CAST std::string(name).c_str(), nullptr);
  if (before != nullptr) xmlAddPrevSibling(before, made);
  else xmlAddChild(props, made);
  return made;
}

void set_property(xmlNode* props, PropertyList list, std::string_view name,
                  std::string_view attribute, std::string_view value) {
  xmlNode* child = ensure_property(props, list, name);
  xmlSetNsProp(child, w_namespace(props), BAD_CAST std::string(attribute).c_str(),
               BAD_CAST std::string(value).c_str());
}

void remove_property(xmlNode* props, std::string_view name) {
  for (xmlNode* c = props->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && cstr(c->name) == name) {
      xmlUnlinkNode(c);
      xmlFreeNode(c);
      return;
    }
  }
}

}  // namespace docket::ooxml
