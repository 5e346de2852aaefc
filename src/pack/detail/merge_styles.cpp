#include "pack/detail/merge_styles.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "ooxml/wml.hpp"
#include "pack/detail/merge_bookmarks.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::pack::detail {

namespace {

// Children that do not change how text looks: left out when comparing definitions.
constexpr std::array<std::string_view, 10> kNotLook = {
    "rsid", "uiPriority", "qFormat", "semiHidden", "unhideWhenUsed", "locked", "autoRedefine",
    "personal", "personalCompose", "personalReply"};
// Children whose w:val names another style.
constexpr std::array<std::string_view, 3> kStyleRefs = {"basedOn", "next", "link"};

// A style's definition for comparing: its look, and the styles it refers to. The look is
// serialised once; the references are mapped again as renames are found.
struct Definition {
  std::string look;
  std::vector<std::pair<std::string, std::string>> refs;  // child name, style id

  explicit Definition(const xmlNode* style) : look("type=" + w_attr(style, "type").value_or("paragraph") + ";") {
    for (xmlNode* c : xml::children(style)) {
      const std::string_view name = xml::local_name(c);
      if (std::find(kNotLook.begin(), kNotLook.end(), name) != kNotLook.end()) continue;
      if (std::find(kStyleRefs.begin(), kStyleRefs.end(), name) != kStyleRefs.end()) {
        refs.emplace_back(name, w_attr(c, "val").value_or(""));
      } else {
        look += canonical(c);
      }
    }
  }
  std::string key(const NameMap& renamed) const {
    std::string out = look;
    for (const auto& [name, id] : refs) {
      auto it = renamed.find(id);
      out += "|" + name + "=" + (it == renamed.end() ? id : it->second);
    }
    return out;
  }
};

void rename_refs(xmlNode* style, const NameMap& renamed) {
  for (auto ref : kStyleRefs) {
    xmlNode* c = xml::child(style, ref);
    auto v = w_attr(c, "val");
    if (!v) continue;
    if (auto it = renamed.find(*v); it != renamed.end()) set_w_attr(c, "val", it->second);
  }
}

// The language of text that sets none (and of the tagged PDF): docDefaults w:lang/@w:val.
void set_language(xmlNode* styles, std::string_view language) {
  auto child_first = [](xmlNode* parent, const char* name) {
    if (xmlNode* have = xml::child(parent, name)) return have;
    xmlNode* made = new_w(parent, nullptr, name);
    if (parent->children != nullptr) xmlAddPrevSibling(parent->children, made);
    else xmlAddChild(parent, made);
    return made;
  };
  xmlNode* rpr = child_first(child_first(child_first(styles, "docDefaults"), "rPrDefault"), "rPr");
  ooxml::set_property(rpr, ooxml::PropertyList::run, "lang", "val", language);
}

// The unit's styles the pack needs, in the unit's order: those used, the defaults, and the
// styles they refer to (a template's dozens of unused styles stay out).
std::vector<xmlNode*> needed_styles(xmlNode* unit_styles, const std::set<std::string>& used) {
  std::map<std::string, xmlNode*> by_id;
  std::vector<std::string> todo(used.begin(), used.end());
  for (xmlNode* s : xml::children(unit_styles, "style")) {
    auto id = w_attr(s, "styleId");
    if (!id) continue;
    by_id[*id] = s;
    if (w_attr(s, "default") == std::optional<std::string>("1")) todo.push_back(*id);
  }
  std::set<std::string> keep;
  while (!todo.empty()) {
    std::string id = std::move(todo.back());
    todo.pop_back();
    auto it = by_id.find(id);
    if (it == by_id.end() || !keep.insert(id).second) continue;
    for (auto ref : kStyleRefs) {
      if (auto to = w_attr(xml::child(it->second, ref), "val")) todo.push_back(*to);
    }
  }
  std::vector<xmlNode*> out;
  for (xmlNode* s : xml::children(unit_styles, "style")) {
    if (keep.count(w_attr(s, "styleId").value_or(""))) out.push_back(s);
  }
  return out;
}

}  // namespace

void collect_style_uses(const xmlNode* root, std::set<std::string>& out) {
  for (const char* name : {"pStyle", "rStyle", "tblStyle", "styleLink", "numStyleLink"}) {
    for (xmlNode* n : xml::descendants(root, name)) {
      if (auto id = w_attr(n, "val")) out.insert(*id);
    }
  }
}

StyleMerger::StyleMerger(xml::Document first_styles, std::string_view language)
    : base_(std::move(first_styles)) {
  xmlNode* root = base_.root();
  if (root == nullptr) return;
  if (!language.empty()) set_language(root, language);
  // The first unit's part is parsed for the merger alone: adding that unit's styles later
  // (from its own parse) cannot change the defaults kept here.
  namespaces_.record(root);
  namespaces_.apply(root);
  for (const char* head : {"docDefaults", "latentStyles"}) {
    if (xmlNode* n = xml::child(root, head)) head_xml_ += to_xml_string(n);
  }
}

std::string StyleMerger::fresh_id(const std::string& id, int unit_number,
                                  const std::set<std::string, std::less<>>& unit_ids) const {
  std::string fresh = id + "-" + std::to_string(unit_number);
  for (int n = 2; styles_.count(fresh) || unit_ids.count(fresh); ++n) {
    fresh = id + "-" + std::to_string(unit_number) + "-" + std::to_string(n);
  }
  return fresh;
}

std::string StyleMerger::fresh_name(const std::string& name, int unit_number) const {
  std::string fresh = name + " (" + std::to_string(unit_number) + ")";
  for (int n = 2; names_.count(lower_ascii(fresh)); ++n) {
    fresh = name + " (" + std::to_string(unit_number) + "." + std::to_string(n) + ")";
  }
  return fresh;
}

void StyleMerger::add(xmlNode* unit_styles, UnitMaps& maps, int unit_number, const std::set<std::string>& used) {
  if (unit_styles == nullptr) return;
  namespaces_.record(unit_styles);
  namespaces_.apply(unit_styles);
  struct UnitStyle {
    std::string id;
    xmlNode* node;
    Definition definition;
  };
  std::vector<UnitStyle> unit;
  for (xmlNode* s : needed_styles(unit_styles, used)) {
    unit.push_back({*w_attr(s, "styleId"), s, Definition(s)});
    maps.style_ids.insert(unit.back().id);
  }
  // Renaming one style changes the definitions of those that refer to it: repeat until none
  // changes. Renames only grow, so this ends.
  NameMap renamed;
  for (bool changed = true; changed;) {
    changed = false;
    for (const auto& [id, s, definition] : unit) {
      auto pack = styles_.find(id);
      if (renamed.count(id) || pack == styles_.end() || pack->second.key == definition.key(renamed)) continue;
      renamed[id] = fresh_id(id, unit_number, maps.style_ids);
      changed = true;
    }
  }
  std::map<std::string, std::string> unit_defaults;  // w:type → unit id
  for (const auto& [id, s, definition] : unit) {
    const std::string type = w_attr(s, "type").value_or("paragraph");
    if (w_attr(s, "default") == std::optional<std::string>("1")) unit_defaults.emplace(type, id);
    auto it = renamed.find(id);
    const std::string pack_id = it == renamed.end() ? id : it->second;
    maps.styles[id] = pack_id;
    if (it == renamed.end() && styles_.count(id)) continue;  // shared
    std::string key = definition.key(renamed);
    rename_refs(s, renamed);
    set_w_attr(s, "styleId", pack_id);
    xmlNode* name = xml::child(s, "name");
    if (auto n = w_attr(name, "val")) {
      if (names_.count(lower_ascii(*n))) set_w_attr(name, "val", fresh_name(*n, unit_number));
      names_.insert(lower_ascii(*w_attr(name, "val")));
    }
    std::string pack_name = w_attr(name, "val").value_or(pack_id);
    if (unit_defaults.count(type) && unit_defaults[type] == id) {
      if (default_of_type_.count(type)) remove_w_attr(s, "default");
      else default_of_type_[type] = pack_id;
    }
    order_.push_back(pack_id);
    styles_[pack_id] = Style{std::move(key), to_xml_string(s), std::move(pack_name)};
  }
  auto implicit = [&](const char* type) {
    auto d = unit_defaults.find(type);
    auto pack_default = default_of_type_.find(type);
    if (pack_default == default_of_type_.end()) return std::string();
    // A unit with no default style of its own had the application's: an empty style says so.
    if (d == unit_defaults.end()) return add_empty(type, pack_default->second, unit_number, maps);
    return maps.styles[d->second] == pack_default->second ? std::string() : d->second;
  };
  maps.implicit_paragraph_style = implicit("paragraph");
  maps.implicit_table_style = implicit("table");
}

std::string StyleMerger::add_empty(const std::string& type, const std::string& like, int unit_number,
                                   UnitMaps& maps) {
  const std::string id = fresh_id(like, unit_number, maps.style_ids);
  const std::string name = fresh_name(styles_.at(like).name, unit_number);
  names_.insert(lower_ascii(name));
  maps.style_ids.insert(id);
  maps.styles[id] = id;
  order_.push_back(id);
  styles_[id] = Style{"type=" + type + ";empty", "<w:style w:type=\"" + type + "\" w:styleId=\"" +
                                                     xml::escape_attribute(id) + "\"><w:name w:val=\"" +
                                                     xml::escape_attribute(name) + "\"/></w:style>",
                  name};
  return id;
}

std::string StyleMerger::to_xml() const {
  std::string out(xml::kXmlDeclaration);
  out += "<w:styles" + namespaces_.declarations() + ">" + head_xml_;
  for (const auto& id : order_) out += styles_.at(id).xml;
  return out + "</w:styles>";
}

}  // namespace docket::pack::detail
