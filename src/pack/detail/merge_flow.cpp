#include "pack/detail/merge_flow.hpp"

#include <string>
#include <vector>

#include "ooxml/wml.hpp"
#include "pack/detail/merge_xml.hpp"
#include "xml/node.hpp"

namespace docket::pack::detail {

namespace {

bool floating(const xmlNode* table) { return xml::child(xml::child(table, "tblPr"), "tblpPr") != nullptr; }

// Text boxes, shapes and embedded objects hold paragraphs of their own, outside the flow.
bool outside_flow(std::string_view name) {
  return name == "txbxContent" || name == "pict" || name == "drawing" || name == "object" ||
         name == "AlternateContent";
}

bool has_text_below(const xmlNode* node) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = xml::local_name(c);
    if (name == "t" && !xml::text(c).empty()) return true;
    if (name == "drawing" && xml::descendants(const_cast<xmlNode*>(c), "inline").size() > 0) return true;
    if (name == "object" || name == "tab" || name == "sym" || name == "oMath" || name == "oMathPara") return true;
    if (!outside_flow(name) && has_text_below(c)) return true;
  }
  return false;
}

}  // namespace

void suppress_line_numbers(xmlNode* block) {
  std::vector<xmlNode*> paragraphs = ooxml::all_paragraphs(block);
  if (xml::local_name(block) == "p") paragraphs.push_back(block);
  for (xmlNode* p : paragraphs) {
    xmlNode* ppr = xml::child(p, "pPr");
    if (ppr == nullptr) {
      ppr = new_w(p, nullptr, "pPr");
      if (p->children != nullptr) xmlAddPrevSibling(p->children, ppr);
      else xmlAddChild(p, ppr);
    }
    ooxml::ensure_property(ppr, ooxml::PropertyList::paragraph, "suppressLineNumbers");
  }
}

xmlNode* first_flow_paragraph(xmlNode* container) {
  for (xmlNode* c = container ? container->children : nullptr; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = xml::local_name(c);
    if (name == "p") return c;
    xmlNode* inner = nullptr;
    if (name == "tbl" && !floating(c)) {
      inner = first_flow_paragraph(xml::child(xml::child(c, "tr"), "tc"));
    } else if (name == "sdt") {
      inner = first_flow_paragraph(xml::child(c, "sdtContent"));
    } else if (name == "customXml") {
      inner = first_flow_paragraph(c);
    }
    if (inner != nullptr) return inner;
  }
  return nullptr;
}

bool shows_content(const xmlNode* paragraph) { return has_text_below(paragraph); }

void keep_line_numbers_to_their_sections(xmlNode* body) {
  std::vector<xmlNode*> section;  // the blocks of the section being read
  for (xmlNode* c = body->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    xmlNode* sect = xml::local_name(c) == "sectPr" ? c : xml::child(xml::child(c, "pPr"), "sectPr");
    if (xml::local_name(c) != "sectPr") section.push_back(c);
    if (sect == nullptr) continue;
    if (xml::child(sect, "lnNumType") == nullptr) {
      for (xmlNode* block : section) suppress_line_numbers(block);
    }
    section.clear();
  }
}

}  // namespace docket::pack::detail
