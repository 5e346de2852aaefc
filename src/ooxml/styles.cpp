#include "ooxml/styles.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "ooxml/names.hpp"
#include "xml/node.hpp"

namespace docket::ooxml {

namespace {
std::optional<std::string> w_attr(const xmlNode* n, const char* name) {
  if (n == nullptr) return std::nullopt;
  xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(n), BAD_CAST name, BAD_CAST std::string(ns::w).c_str());
  if (v == nullptr) return std::nullopt;
  std::string s = reinterpret_cast<const char*>(v);
  xmlFree(v);
  return s;
}
}  // namespace

StyleTable StyleTable::read(const xmlNode* root) {
  StyleTable t;
  if (root == nullptr) return t;
  for (xmlNode* s : xml::children(root, "style")) {
    auto id = w_attr(s, "styleId");
    if (!id) continue;
    Style style;
    if (auto b = w_attr(xml::child(s, "basedOn"), "val")) style.based_on = *b;
    xmlNode* numpr = xml::child(xml::child(s, "pPr"), "numPr");
    if (auto n = w_attr(xml::child(numpr, "numId"), "val")) style.num_id = std::atol(n->c_str());
    if (auto l = w_attr(xml::child(numpr, "ilvl"), "val")) style.level = std::atol(l->c_str());
    if (auto o = w_attr(xml::child(xml::child(s, "pPr"), "outlineLvl"), "val")) style.outline = std::atoi(o->c_str());
    if (auto n = w_attr(xml::child(s, "name"), "val")) style.name = *n;
    if (w_attr(s, "type") == std::optional<std::string>("paragraph") && w_attr(s, "default") == std::optional<std::string>("1")) {
      t.default_paragraph_ = *id;
    }
    t.styles_[*id] = std::move(style);
  }
  return t;
}

bool StyleTable::has(std::string_view style_id) const { return styles_.find(style_id) != styles_.end(); }

std::optional<NumberingRef> StyleTable::numbering_of(std::string_view style_id) const {
  std::optional<long> level;
  std::string id(style_id);
  for (int depth = 0; depth < 32 && !id.empty(); ++depth) {  // basedOn chains are short; cycles end here
    auto it = styles_.find(id);
    if (it == styles_.end()) return std::nullopt;
    if (!level && it->second.level) level = it->second.level;
    if (it->second.num_id) {
      if (*it->second.num_id == 0) return std::nullopt;  // numId 0 switches numbering off
      return NumberingRef{*it->second.num_id, level.value_or(0)};
    }
    id = it->second.based_on;
  }
  return std::nullopt;
}

std::optional<int> StyleTable::outline_level_of(std::string_view style_id) const {
  std::string id(style_id);
  for (int depth = 0; depth < 32 && !id.empty(); ++depth) {
    auto it = styles_.find(id);
    if (it == styles_.end()) return std::nullopt;
    if (it->second.outline) {
      // Level 9 (stored as 9) is body text.
      if (*it->second.outline < 0 || *it->second.outline > 8) return std::nullopt;
      return *it->second.outline + 1;
    }
    id = it->second.based_on;
  }
  return std::nullopt;
}

std::string StyleTable::id_named(std::string_view name) const {
  for (const auto& [id, style] : styles_) {
    if (style.name.size() == name.size() &&
        std::equal(name.begin(), name.end(), style.name.begin(), [](char a, char b) { return std::tolower(a) == std::tolower(b); })) {
      return id;
    }
  }
  return {};
}

}  // namespace docket::ooxml
