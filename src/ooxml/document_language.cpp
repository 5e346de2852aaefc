#include "ooxml/document_language.hpp"

#include <optional>
#include <string>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "xml/node.hpp"

namespace docket::ooxml {

namespace {

std::string_view language_of(std::string_view tag) { return tag.substr(0, tag.find_first_of("-_")); }

std::optional<std::string> w_val(const xmlNode* element) {
  if (element == nullptr) return std::nullopt;
  xmlChar* v = xmlGetNsProp(element, BAD_CAST "val", BAD_CAST std::string(ns::w).c_str());
  if (v == nullptr) return std::nullopt;
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// The child `name` of `parent`, made as its first child when absent (docDefaults comes first
// in w:styles, rPrDefault first in docDefaults).
xmlNode* first_child(xmlNode* parent, const char* name) {
  if (xmlNode* c = xml::child(parent, name)) return c;
  xmlNode* made = xmlNewDocNode(parent->doc, w_namespace(parent), BAD_CAST name, nullptr);
  if (parent->children != nullptr) return xmlAddPrevSibling(parent->children, made);
  return xmlAddChild(parent, made);
}

}  // namespace

bool set_default_language(xmlNode* styles, std::string_view tag) {
  std::string wanted(tag);
  for (char& c : wanted) c = c == '_' ? '-' : c;
  xmlNode* rpr = first_child(first_child(first_child(styles, "docDefaults"), "rPrDefault"), "rPr");
  const auto old = w_val(xml::child(rpr, "lang"));
  if (old && language_of(*old) == language_of(wanted)) return false;
  set_property(rpr, PropertyList::run, "lang", "val", wanted);
  if (!old) return true;
  for (xmlNode* style : xml::children(styles, "style")) {
    xmlNode* style_rpr = xml::child(style, "rPr");
    if (style_rpr != nullptr && w_val(xml::child(style_rpr, "lang")) == old) {
      set_property(style_rpr, PropertyList::run, "lang", "val", wanted);
    }
  }
  return true;
}

}  // namespace docket::ooxml
