#include "papers/detail/a11y_styles.hpp"

#include <cctype>
#include <cstdlib>

#include "papers/detail/a11y_wml.hpp"

namespace docket::papers::detail {

namespace {

// Chains are short; a cycle (a style based on itself, which Word refuses but a hand-made
// file can hold) ends here.
constexpr int kMaxChain = 32;

// A built-in heading style's level from its name ("heading 2" → 2); 0 otherwise.
int level_from_name(std::string_view name) {
  constexpr std::string_view prefix = "heading ";
  if (name.size() != prefix.size() + 1) return 0;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(name[i])) != prefix[i]) return 0;
  }
  const char digit = name.back();
  return digit >= '1' && digit <= '9' ? digit - '0' : 0;
}

// w:outlineLvl 0–8 is heading level 1–9; 9 means body text.
std::optional<int> outline_level(const xmlNode* ppr) {
  auto v = w_attr(w_child(ppr, "outlineLvl"), "val");
  if (!v) return std::nullopt;
  const long level = std::atol(v->c_str());
  return level >= 0 && level <= 8 ? static_cast<int>(level + 1) : 0;
}

}  // namespace

StyleSheet StyleSheet::read(const xmlNode* root) {
  StyleSheet sheet;
  if (root == nullptr) return sheet;
  const xmlNode* defaults = w_child(root, "docDefaults");
  sheet.rpr_default_ = w_child(w_child(defaults, "rPrDefault"), "rPr");
  sheet.ppr_default_ = w_child(w_child(defaults, "pPrDefault"), "pPr");
  for (const xmlNode* s : w_children(root, "style")) {
    StyleDef def;
    def.id = w_attr(s, "styleId").value_or("");
    if (def.id.empty()) continue;
    def.type = w_attr(s, "type").value_or("paragraph");
    def.name = w_attr(w_child(s, "name"), "val").value_or("");
    def.based_on = w_attr(w_child(s, "basedOn"), "val").value_or("");
    const auto is_default = w_attr(s, "default");
    def.is_default = is_default && (*is_default == "1" || *is_default == "true" || *is_default == "on");
    def.ppr = w_child(s, "pPr");
    def.rpr = w_child(s, "rPr");
    if (def.is_default && !sheet.defaults_.count(def.type)) sheet.defaults_[def.type] = def.id;
    sheet.styles_[def.id] = std::move(def);
  }
  return sheet;
}

const StyleDef* StyleSheet::find(std::string_view id) const {
  auto it = styles_.find(id);
  return it == styles_.end() ? nullptr : &it->second;
}

const StyleDef* StyleSheet::default_style(std::string_view type) const {
  auto it = defaults_.find(type);
  return it == defaults_.end() ? nullptr : find(it->second);
}

const StyleDef* StyleSheet::paragraph_style(const xmlNode* p) const {
  if (auto id = w_attr(w_child(w_child(p, "pPr"), "pStyle"), "val")) {
    if (const StyleDef* s = find(*id)) return s;
  }
  return default_style("paragraph");
}

std::string StyleSheet::display_name(const StyleDef& style) {
  std::string name = style.name.empty() ? style.id : style.name;
  // Word stores its built-in names in lower case ("heading 1", "caption") and shows them
  // capitalised.
  if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return name;
}

int StyleSheet::heading_level(const xmlNode* p) const {
  if (auto direct = outline_level(w_child(p, "pPr"))) return *direct;
  const StyleDef* style = paragraph_style(p);
  for (int depth = 0; style != nullptr && depth < kMaxChain; ++depth) {
    if (auto level = outline_level(style->ppr)) return *level;
    if (int by_name = level_from_name(style->name)) return by_name;
    style = style->based_on.empty() ? nullptr : find(style->based_on);
  }
  return 0;
}

Found StyleSheet::in_chain(const StyleDef* style, bool run_props, std::string_view name) const {
  for (int depth = 0; style != nullptr && depth < kMaxChain; ++depth) {
    if (const xmlNode* e = w_child(run_props ? style->rpr : style->ppr, name)) {
      return {e, display_name(*style)};
    }
    style = style->based_on.empty() ? nullptr : find(style->based_on);
  }
  return {};
}

Found StyleSheet::paragraph_property(const xmlNode* p, std::string_view name) const {
  if (const xmlNode* e = w_child(w_child(p, "pPr"), name)) return {e, "direct"};
  if (Found f = in_chain(paragraph_style(p), false, name); f.element) return f;
  if (const xmlNode* e = w_child(ppr_default_, name)) return {e, "docDefaults"};
  return {};
}

Found StyleSheet::style_run_property(const StyleDef* style, std::string_view name) const {
  if (Found f = in_chain(style, true, name); f.element) return f;
  if (const xmlNode* e = w_child(rpr_default_, name)) return {e, "docDefaults"};
  return {};
}

Found StyleSheet::run_property(const xmlNode* run, const xmlNode* p, std::string_view name) const {
  const xmlNode* rpr = w_child(run, "rPr");
  if (const xmlNode* e = w_child(rpr, name)) return {e, "direct"};
  if (auto id = w_attr(w_child(rpr, "rStyle"), "val")) {
    if (Found f = in_chain(find(*id), true, name); f.element) return f;
  }
  return style_run_property(paragraph_style(p), name);
}

}  // namespace docket::papers::detail
