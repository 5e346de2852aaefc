#include "pack/detail/merge_defaults.hpp"

#include <array>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "ooxml/wml.hpp"
#include "pack/detail/merge_xml.hpp"
#include "xml/node.hpp"

namespace docket::pack::detail {

namespace {

// ECMA-376 Part 1 §17.3: the value a property has when no style or default sets it.
constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kRunFallbacks = {{
    {"rFonts", "ascii=Times New Roman hAnsi=Times New Roman eastAsia=Times New Roman cs=Times New Roman"},
    {"b", "val=0"}, {"bCs", "val=0"}, {"i", "val=0"}, {"iCs", "val=0"}, {"caps", "val=0"},
    {"smallCaps", "val=0"}, {"strike", "val=0"}, {"dstrike", "val=0"}, {"vanish", "val=0"},
    {"color", "val=auto"}, {"spacing", "val=0"}, {"w", "val=100"}, {"kern", "val=0"},
    {"position", "val=0"}, {"sz", "val=20"}, {"szCs", "val=20"}, {"highlight", "val=none"},
    {"u", "val=none"}, {"vertAlign", "val=baseline"}, {"rtl", "val=0"}, {"cs", "val=0"}}};
constexpr std::array<std::pair<std::string_view, std::string_view>, 23> kParagraphFallbacks = {{
    {"keepNext", "val=0"}, {"keepLines", "val=0"}, {"pageBreakBefore", "val=0"},
    {"widowControl", "val=0"}, {"suppressLineNumbers", "val=0"}, {"suppressAutoHyphens", "val=0"},
    {"kinsoku", "val=1"}, {"wordWrap", "val=1"}, {"overflowPunct", "val=1"}, {"topLinePunct", "val=0"},
    {"autoSpaceDE", "val=1"}, {"autoSpaceDN", "val=1"}, {"bidi", "val=0"}, {"adjustRightInd", "val=1"},
    {"snapToGrid", "val=1"}, {"spacing", "before=0 after=0 line=240 lineRule=auto"},
    {"ind", "left=0 right=0 firstLine=0"}, {"contextualSpacing", "val=0"}, {"mirrorIndents", "val=0"},
    {"jc", "val=left"}, {"textAlignment", "val=auto"}, {"outlineLvl", "val=9"},
    {"suppressOverlap", "val=0"}}};

// Attributes that say the same thing in different ways: a style that sets one of a group
// overrides the whole group.
constexpr std::array<std::array<std::string_view, 4>, 10> kAttributeGroups = {{
    {"ascii", "asciiTheme"}, {"hAnsi", "hAnsiTheme"}, {"eastAsia", "eastAsiaTheme"}, {"cs", "cstheme"},
    {"before", "beforeLines", "beforeAutospacing"}, {"after", "afterLines", "afterAutospacing"},
    {"line", "lineRule"}, {"left", "start", "leftChars", "startChars"},
    {"right", "end", "rightChars", "endChars"}, {"firstLine", "hanging", "firstLineChars", "hangingChars"}}};

constexpr std::array<std::string_view, 22> kStyleOrder = {
    "name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority",
    "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
    "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr"};

const char* cstr(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

xmlNode* defaults_of(const xmlNode* styles, const char* which, const char* props) {
  return xml::child(xml::child(xml::child(styles, "docDefaults"), which), props);
}

template <std::size_t N>
std::string_view fallback_for(const std::array<std::pair<std::string_view, std::string_view>, N>& table,
                              std::string_view name) {
  for (const auto& [n, attrs] : table) {
    if (n == name) return attrs;
  }
  return {};
}

xmlNode* make_fallback(xmlNode* context, std::string_view name, std::string_view attrs) {
  xmlNode* made = new_w(context, nullptr, std::string(name).c_str());
  std::size_t i = 0;
  while (i < attrs.size()) {
    std::size_t eq = attrs.find('=', i);
    // Values run to the next " key=" (font names have spaces).
    std::size_t next = attrs.find('=', eq + 1);
    std::size_t end = next == std::string_view::npos ? attrs.size() : attrs.rfind(' ', next);
    set_w_attr(made, std::string(attrs.substr(i, eq - i)).c_str(), attrs.substr(eq + 1, end - eq - 1));
    i = end + 1;
  }
  return made;
}

bool covered(const xmlNode* have, std::string_view attribute) {
  for (const auto& group : kAttributeGroups) {
    if (std::find(group.begin(), group.end(), attribute) == group.end()) continue;
    for (auto a : group) {
      if (!a.empty() && w_attr(have, std::string(a).c_str())) return true;
    }
    return false;
  }
  return w_attr(have, std::string(attribute).c_str()).has_value();
}

// Writes one default property under a style's own: attributes the style does not set.
void merge_property(xmlNode* props, ooxml::PropertyList list, const xmlNode* delta) {
  const std::string name(xml::local_name(delta));
  if (xml::child(props, name) == nullptr) {
    xmlNode* made = ooxml::ensure_property(props, list, name);
    for (const xmlNode* c = delta->children; c != nullptr; c = c->next) {
      xmlAddChild(made, xmlDocCopyNode(const_cast<xmlNode*>(c), props->doc, 1));
    }
  }
  xmlNode* have = xml::child(props, name);
  // Decided against the style's own attributes before any is added: w:line and w:lineRule
  // are one group, and both come from the defaults when the style sets neither.
  std::vector<const xmlAttr*> wanted;
  for (const xmlAttr* a = delta->properties; a != nullptr; a = a->next) {
    if (!covered(have, cstr(a->name))) wanted.push_back(a);
  }
  for (const xmlAttr* a : wanted) {
    xmlChar* v = xmlNodeListGetString(delta->doc, a->children, 1);
    set_w_attr(have, cstr(a->name), v ? cstr(v) : "");
    xmlFree(v);
  }
}

template <std::size_t N>
std::vector<xmlNode*> delta_of(xmlNode* mine_all, const xmlNode* pack, xmlNode* context,
                               const std::array<std::pair<std::string_view, std::string_view>, N>& fallbacks,
                               const MergeUnit& unit, Diagnostics& diags) {
  std::set<std::string> names;
  for (const xmlNode* side : {static_cast<const xmlNode*>(mine_all), pack}) {
    for (xmlNode* c : xml::children(side)) names.insert(std::string(xml::local_name(c)));
  }
  std::vector<xmlNode*> delta;
  for (const auto& name : names) {
    if (name == "lang" || name == "rPrChange" || name == "pPrChange" || name == "rPr") continue;
    xmlNode* mine = xml::child(mine_all, name);
    xmlNode* theirs = xml::child(pack, name);
    if (mine != nullptr) {
      if (theirs == nullptr || canonical(mine) != canonical(theirs)) delta.push_back(mine);
      continue;
    }
    std::string_view attrs = fallback_for(fallbacks, name);
    if (!attrs.empty()) {
      delta.push_back(make_fallback(context, name, attrs));
    } else {
      diags.add(unit_warning(unit, "the pack's default for w:" + name + " applies to this document too",
                             "set it in the document's Normal style", "pack.default-not-kept"));
    }
  }
  return delta;
}

xmlNode* style_props(xmlNode* style, const char* name) {
  if (xmlNode* have = xml::child(style, name)) return have;
  xmlNode* made = new_w(style, nullptr, name);
  insert_in_order(style, made, kStyleOrder);
  return made;
}

}  // namespace

TableLooks keep_unit_defaults(xmlNode* unit_styles, const xmlNode* pack_styles, const MergeUnit& unit,
                              Diagnostics& diags) {
  if (unit_styles == nullptr) return {};
  auto run = delta_of(defaults_of(unit_styles, "rPrDefault", "rPr"), defaults_of(pack_styles, "rPrDefault", "rPr"),
                      unit_styles, kRunFallbacks, unit, diags);
  auto paragraph = delta_of(defaults_of(unit_styles, "pPrDefault", "pPr"),
                            defaults_of(pack_styles, "pPrDefault", "pPr"), unit_styles, kParagraphFallbacks,
                            unit, diags);
  std::set<std::string> run_names, paragraph_names;
  for (const xmlNode* d : run) run_names.insert(std::string(xml::local_name(d)));
  for (const xmlNode* d : paragraph) paragraph_names.insert(std::string(xml::local_name(d)));
  TableLooks looks = plan_table_looks(unit_styles, paragraph_names, run_names);
  if (!run.empty() || !paragraph.empty()) {
    for (xmlNode* style : xml::children(unit_styles, "style")) {
      if (w_attr(style, "type") != std::optional<std::string>("paragraph")) continue;
      if (xml::child(style, "basedOn") != nullptr) continue;
      for (xmlNode* d : paragraph) merge_property(style_props(style, "pPr"), ooxml::PropertyList::paragraph, d);
      for (xmlNode* d : run) merge_property(style_props(style, "rPr"), ooxml::PropertyList::run, d);
    }
  }
  // Fallbacks were made for this; the unit's own default elements stay where they are.
  for (auto* list : {&run, &paragraph}) {
    for (xmlNode* d : *list) {
      if (d->parent == nullptr) xmlFreeNode(d);
    }
  }
  return looks;
}

}  // namespace docket::pack::detail
