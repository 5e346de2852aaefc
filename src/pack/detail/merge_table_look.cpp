#include "pack/detail/merge_table_look.hpp"

#include <optional>
#include <string_view>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "pack/detail/merge_xml.hpp"
#include "xml/document.hpp"
#include "xml/node.hpp"

namespace docket::pack::detail {

namespace {

using StyleIndex = std::map<std::string, const xmlNode*, std::less<>>;

StyleIndex index_styles(const xmlNode* styles) {
  StyleIndex out;
  for (xmlNode* s : xml::children(styles, "style")) {
    if (auto id = w_attr(s, "styleId")) out.emplace(*id, s);
  }
  return out;
}

// The style and those it is based on, nearest first (a loop ends the chain).
std::vector<const xmlNode*> chain(const StyleIndex& styles, const std::string& id) {
  std::vector<const xmlNode*> out;
  std::set<std::string> seen;
  auto it = styles.find(id);
  while (it != styles.end() && seen.insert(it->first).second) {
    out.push_back(it->second);
    auto based = w_attr(xml::child(it->second, "basedOn"), "val");
    it = based ? styles.find(*based) : styles.end();
  }
  return out;
}

// The nearest definition of each named property in a chain's pPr or rPr.
std::vector<std::string> nearest(const std::vector<const xmlNode*>& styles, const char* props,
                                 const std::set<std::string>& names) {
  std::vector<std::string> out;
  std::set<std::string> found;
  for (const xmlNode* s : styles) {
    for (xmlNode* c : xml::children(xml::child(s, props))) {
      std::string name(xml::local_name(c));
      if (names.count(name) && found.insert(name).second) out.push_back(to_xml_string(c));
    }
  }
  return out;
}

xmlNode* props_of(xmlNode* owner, const char* name) {
  xmlNode* props = xml::child(owner, name);
  if (props == nullptr) {
    props = new_w(owner, nullptr, name);
    if (owner->children != nullptr) xmlAddPrevSibling(owner->children, props);
    else xmlAddChild(owner, props);
  }
  return props;
}

// Gives `props` the property `look` where it does not set it: the element, or the attributes
// of it that the element there lacks.
void give(xmlNode* props, ooxml::PropertyList list, const xmlNode* look) {
  const std::string name(xml::local_name(look));
  const bool had = xml::child(props, name) != nullptr;
  xmlNode* have = ooxml::ensure_property(props, list, name);
  for (const xmlAttr* a = look->properties; a != nullptr; a = a->next) {
    const char* attr = reinterpret_cast<const char*>(a->name);
    if (had && w_attr(have, attr)) continue;
    xmlChar* v = xmlNodeListGetString(look->doc, a->children, 1);
    set_w_attr(have, attr, v ? reinterpret_cast<const char*>(v) : "");
    xmlFree(v);
  }
}

std::vector<xmlNode*> own_runs(xmlNode* paragraph) {
  std::vector<xmlNode*> out;
  for (xmlNode* r : xml::descendants(paragraph, "r")) {
    bool nested = false;  // runs of a text box belong to its own paragraphs
    for (xmlNode* up = r->parent; up != nullptr && up != paragraph; up = up->parent) {
      if (xml::local_name(up) == "p") nested = true;
    }
    if (!nested) out.push_back(r);
  }
  return out;
}

// The serialised properties, as children of one element.
std::optional<xml::Document> parse_look(const std::vector<std::string>& properties) {
  std::string text = "<w:look xmlns:w=\"" + std::string(ooxml::ns::w) + "\">";
  for (const auto& p : properties) text += p;
  Diagnostics ignored;
  return xml::parse(text + "</w:look>", "table look", ignored);
}

}  // namespace

TableLooks plan_table_looks(const xmlNode* unit_styles, const std::set<std::string>& paragraph,
                            const std::set<std::string>& run) {
  TableLooks looks;
  if (unit_styles == nullptr || (paragraph.empty() && run.empty())) return looks;
  const StyleIndex styles = index_styles(unit_styles);
  for (const auto& [id, style] : styles) {
    const auto type = w_attr(style, "type");
    if (type == std::optional<std::string>("table")) {
      auto path = chain(styles, id);
      TableLooks::Look look{nearest(path, "pPr", paragraph), nearest(path, "rPr", run)};
      if (!look.paragraph.empty() || !look.run.empty()) looks.tables.emplace(id, std::move(look));
    } else if (type == std::optional<std::string>("paragraph")) {
      std::set<std::string>& sets = looks.paragraph_sets[id];
      for (const xmlNode* s : chain(styles, id)) {
        for (xmlNode* c : xml::children(xml::child(s, "pPr"))) sets.insert(std::string(xml::local_name(c)));
        for (xmlNode* c : xml::children(xml::child(s, "rPr"))) sets.insert("r:" + std::string(xml::local_name(c)));
      }
    }
  }
  if (looks.tables.empty()) looks.paragraph_sets.clear();
  return looks;
}

void apply_table_look(xmlNode* paragraph, const TableLooks& looks, const std::string& table_style,
                      const std::string& paragraph_style) {
  auto look = looks.tables.find(table_style);
  if (look == looks.tables.end()) return;
  static const std::set<std::string> kNone;
  auto sets_it = looks.paragraph_sets.find(paragraph_style);
  const std::set<std::string>& sets = sets_it == looks.paragraph_sets.end() ? kNone : sets_it->second;
  auto paragraph_look = parse_look(look->second.paragraph);
  auto run_look = parse_look(look->second.run);
  if (!paragraph_look || !run_look) return;
  for (xmlNode* c : xml::children(paragraph_look->root())) {
    if (sets.count(std::string(xml::local_name(c)))) continue;
    give(props_of(paragraph, "pPr"), ooxml::PropertyList::paragraph, c);
  }
  for (xmlNode* c : xml::children(run_look->root())) {
    if (sets.count("r:" + std::string(xml::local_name(c)))) continue;
    for (xmlNode* r : own_runs(paragraph)) {
      if (xml::child(xml::child(r, "rPr"), "rStyle") != nullptr) continue;  // a character style may set it
      give(props_of(r, "rPr"), ooxml::PropertyList::run, c);
    }
  }
}

}  // namespace docket::pack::detail
