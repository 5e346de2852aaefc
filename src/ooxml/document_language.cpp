#include "ooxml/document_language.hpp"

#include <optional>
#include <string>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "xml/node.hpp"

namespace docket::ooxml {

namespace {

std::string_view language_of(std::string_view tag) { return tag.substr(0, tag.find_first_of("-_")); }

// "cy_GB" (ICU's spelling) as Word writes it, "cy-GB".
std::string bcp47(std::string_view tag) {
  std::string out(tag);
  for (char& c : out) c = c == '_' ? '-' : c;
  return out;
}

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

std::optional<std::string> set_default_language(xmlNode* styles, std::string_view tag) {
  const std::string wanted = bcp47(tag);
  xmlNode* rpr = first_child(first_child(first_child(styles, "docDefaults"), "rPrDefault"), "rPr");
  const auto old = w_val(xml::child(rpr, "lang"));
  if (old && language_of(*old) == language_of(wanted)) return std::nullopt;
  set_property(rpr, PropertyList::run, "lang", "val", wanted);
  if (!old) return std::string();
  for (xmlNode* style : xml::children(styles, "style")) {
    xmlNode* style_rpr = xml::child(style, "rPr");
    if (style_rpr != nullptr && w_val(xml::child(style_rpr, "lang")) == old) {
      set_property(style_rpr, PropertyList::run, "lang", "val", wanted);
    }
  }
  return old;
}

std::size_t set_run_languages(xmlNode* part, std::string_view old_default, std::string_view tag) {
  if (old_default.empty()) return 0;
  const std::string wanted = bcp47(tag);
  std::size_t changed = 0;
  for (xmlNode* e : xml::descendants(part, "lang")) {
    if (!is_w(e, "lang") || e->parent == nullptr || !is_w(e->parent, "rPr")) continue;
    const auto val = w_val(e);
    if (!val || language_of(*val) != language_of(old_default)) continue;
    xmlSetNsProp(e, e->ns, BAD_CAST "val", BAD_CAST wanted.c_str());
    ++changed;
  }
  return changed;
}

}  // namespace docket::ooxml
