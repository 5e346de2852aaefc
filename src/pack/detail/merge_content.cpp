#include "pack/detail/merge_content.hpp"

#include <array>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "pack/detail/merge_bookmarks.hpp"
#include "pack/detail/merge_compat.hpp"
#include "pack/detail/merge_fields.hpp"
#include "xml/node.hpp"

namespace docket::pack::detail {

namespace {

const char* cstr(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

// Revision marks: each has a w:id of its own.
constexpr std::array<std::string_view, 16> kRevisions = {
    "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange",
    "trPrChange", "tcPrChange", "tblGridChange", "tblPrExChange", "numberingChange", "cellIns",
    "cellDel", "cellMerge"};
// Ranges whose start and end share a w:id.
constexpr std::array<std::string_view, 7> kRanges = {
    "bookmark", "moveFromRange", "moveToRange", "customXmlInsRange", "customXmlDelRange",
    "customXmlMoveFromRange", "customXmlMoveToRange"};
constexpr std::array<std::string_view, 6> kThemeColour = {
    "themeColor", "themeTint", "themeShade", "themeFill", "themeFillTint", "themeFillShade"};
constexpr std::array<std::pair<const char*, const char*>, 4> kThemeFonts = {{
    {"asciiTheme", "ascii"}, {"hAnsiTheme", "hAnsi"}, {"eastAsiaTheme", "eastAsia"}, {"cstheme", "cs"}}};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& names, std::string_view name) {
  for (auto n : names) {
    if (n == name) return true;
  }
  return false;
}

class Mapper {
 public:
  explicit Mapper(const PartRefs& refs) : refs_(refs), maps_(refs.maps) {}

  void walk(xmlNode* element) {
    if (!visit(element)) return;
    map_attributes(element);
    const bool table = is_in(element, ooxml::ns::w, "tbl");
    if (table) tables_.push_back(unit_style(xml::child(element, "tblPr"), "tblStyle"));
    for (xmlNode* c = element->children; c != nullptr;) {
      xmlNode* next = c->next;  // c may be removed
      if (c->type == XML_ELEMENT_NODE) walk(c);
      c = next;
    }
    if (table) tables_.pop_back();
  }

 private:
  // Returns false when the element was removed.
  bool visit(xmlNode* e) {
    const std::string_view ns = xml::namespace_of(e);
    const std::string_view name = xml::local_name(e);
    if (ns == ooxml::ns::wp && name == "docPr") {
      xmlSetProp(e, BAD_CAST "id", BAD_CAST std::to_string(refs_.ids.drawing()).c_str());
    } else if (ns == ooxml::ns::a && maps_.theme.active) {
      resolve_drawing_theme(e, name);
    } else if (ns == ooxml::ns::w) {
      if (name == "pStyle" || name == "rStyle" || name == "tblStyle") return map_style(e);
      if (!map_w(e, name)) return false;
      if (maps_.theme.active) drop_theme_colours(e);
    }
    return true;
  }

  // Returns false when the element was removed.
  bool map_w(xmlNode* e, std::string_view name) {
    if (name == "p") {
      add_implicit_style(e, true);
      if (!tables_.empty() && refs_.map_styles && !maps_.table_looks.empty()) {
        apply_table_look(e, maps_.table_looks, tables_.back(), unit_style(xml::child(e, "pPr"), "pStyle"));
      }
    } else if (name == "tbl") {
      add_implicit_style(e, false);
      shift_table_indent(e, maps_);
    } else if (name == "numId" && xml::local_name(e->parent) == "numPr") {
      map_id(e, "val", maps_.nums, 0);
    } else if (name == "footnoteReference") {
      mark_reference(e, maps_.note_marks.footnotes);
      map_id(e, "id", maps_.footnotes, -1);
    } else if (name == "endnoteReference") {
      mark_reference(e, maps_.note_marks.endnotes);
      if (maps_.endnotes_as_text) {  // its mark stays, the note follows the text
        remove_node(e);
        return false;
      }
      map_id(e, "id", maps_.endnotes, -1);
    } else if (name == "commentReference" || name == "commentRangeStart" || name == "commentRangeEnd") {
      map_id(e, "id", maps_.comments, -1);
    } else if (one_of(kRevisions, name)) {
      fresh_id(e);
    } else if (name.ends_with("Start") || name.ends_with("End")) {
      map_range(e, name);
    } else if (name == "hyperlink") {
      rename_anchor(e);
    } else if (name == "instrText" || name == "delInstrText") {
      rename_instruction(e);
    } else if (name == "fldSimple") {
      rename_field(e);
    } else if (name == "rFonts" && maps_.theme.active) {
      resolve_theme_fonts(e);
    } else if (name == "id" && xml::local_name(e->parent) == "sdtPr") {
      set_w_attr(e, "val", std::to_string(refs_.ids.content_control()));
    }
    return true;
  }

  void add_implicit_style(xmlNode* e, bool paragraph) {
    const std::string& style = paragraph ? maps_.implicit_paragraph_style : maps_.implicit_table_style;
    if (!refs_.map_styles || style.empty()) return;
    xmlNode* props = xml::child(e, paragraph ? "pPr" : "tblPr");
    if (props == nullptr) {
      props = new_w(e, nullptr, paragraph ? "pPr" : "tblPr");
      if (e->children != nullptr) xmlAddPrevSibling(e->children, props);
      else xmlAddChild(e, props);
    }
    const char* ref = paragraph ? "pStyle" : "tblStyle";
    if (xml::child(props, ref) != nullptr) return;
    xmlNode* made = new_w(e, nullptr, ref);
    set_w_attr(made, "val", style);  // a unit id: mapped when the walk reaches it
    if (props->children != nullptr) xmlAddPrevSibling(props->children, made);
    else xmlAddChild(props, made);
  }

  bool map_style(xmlNode* e) {
    if (!refs_.map_styles) return true;
    auto id = w_attr(e, "val");
    if (id && !maps_.style_ids.count(*id) && xml::local_name(e) == "pStyle" &&
        !maps_.implicit_paragraph_style.empty()) {
      id = maps_.implicit_paragraph_style;
    }
    if (!id || !maps_.style_ids.count(*id)) {
      remove_node(e);  // a style the unit does not define: Word ignores it, and so does the pack
      return false;
    }
    auto it = maps_.styles.find(*id);
    set_w_attr(e, "val", it == maps_.styles.end() ? *id : it->second);
    return true;
  }

  // An id the unit does not define becomes `unknown` (numId 0: no numbering), or stays if -1.
  void map_id(xmlNode* e, const char* attr, const IdMap& map, long unknown) {
    auto v = w_attr(e, attr);
    if (!v) return;
    auto it = map.find(std::atol(v->c_str()));
    if (it != map.end()) set_w_attr(e, attr, std::to_string(it->second));
    else if (unknown >= 0) set_w_attr(e, attr, std::to_string(unknown));
  }

  void fresh_id(xmlNode* e) {
    if (w_attr(e, "id")) set_w_attr(e, "id", std::to_string(refs_.ids.annotation()));
  }

  void map_range(xmlNode* e, std::string_view name) {
    std::string_view kind = name.substr(0, name.size() - (name.ends_with("Start") ? 5 : 3));
    if (!one_of(kRanges, kind)) return;
    auto id = w_attr(e, "id");
    if (!id) return;
    auto [it, fresh] = ranges_.try_emplace(std::string(kind) + ":" + *id, 0);
    if (fresh) it->second = refs_.ids.annotation();
    set_w_attr(e, "id", std::to_string(it->second));
    if (kind == "bookmark" && name.ends_with("Start")) {
      auto bookmark = w_attr(e, "name");
      auto renamed = bookmark ? maps_.bookmarks.find(lower_ascii(*bookmark)) : maps_.bookmarks.end();
      if (renamed != maps_.bookmarks.end()) set_w_attr(e, "name", renamed->second);
    }
  }

  void rename_anchor(xmlNode* e) {
    auto anchor = w_attr(e, "anchor");
    if (!anchor) return;
    auto it = maps_.bookmarks.find(lower_ascii(*anchor));
    if (it != maps_.bookmarks.end()) set_w_attr(e, "anchor", it->second);
  }

  void rename_instruction(xmlNode* e) {
    if (maps_.bookmarks.empty()) return;
    ooxml::set_text(e, rename_in_instruction(xml::text(e), maps_.bookmarks));
  }

  void rename_field(xmlNode* e) {
    auto instr = w_attr(e, "instr");
    if (instr && !maps_.bookmarks.empty()) set_w_attr(e, "instr", rename_in_instruction(*instr, maps_.bookmarks));
  }

  void resolve_theme_fonts(xmlNode* e) {
    for (const auto& [theme_attr, plain] : kThemeFonts) {
      auto ref = w_attr(e, theme_attr);
      if (!ref) continue;
      auto it = maps_.theme.typeface.find(*ref);
      if (it != maps_.theme.typeface.end() && !it->second.empty()) set_w_attr(e, plain, it->second);
      remove_w_attr(e, theme_attr);
    }
  }

  // A DrawingML colour or typeface through the unit's own theme (its tints, shades and other
  // transforms stay as children: a:srgbClr takes the same ones).
  void resolve_drawing_theme(xmlNode* e, std::string_view name) {
    if (name == "schemeClr") {
      xmlChar* v = xmlGetProp(e, BAD_CAST "val");
      auto it = v ? maps_.theme.colour.find(reinterpret_cast<const char*>(v)) : maps_.theme.colour.end();
      xmlFree(v);
      if (it == maps_.theme.colour.end()) return;  // phClr: the colour of the style reference
      xmlNodeSetName(e, BAD_CAST "srgbClr");
      xmlSetProp(e, BAD_CAST "val", BAD_CAST it->second.c_str());
    } else if (name == "latin" || name == "ea" || name == "cs") {
      xmlChar* v = xmlGetProp(e, BAD_CAST "typeface");
      auto it = v ? maps_.theme.typeface.find(reinterpret_cast<const char*>(v)) : maps_.theme.typeface.end();
      xmlFree(v);
      if (it != maps_.theme.typeface.end() && !it->second.empty()) {
        xmlSetProp(e, BAD_CAST "typeface", BAD_CAST it->second.c_str());
      }
    }
  }

  void drop_theme_colours(xmlNode* e) {
    for (auto attr : kThemeColour) remove_w_attr(e, std::string(attr).c_str());
  }

  void map_attributes(xmlNode* e) {
    for (xmlAttr* a = e->properties; a != nullptr;) {
      xmlAttr* next = a->next;
      std::string_view ns = a->ns ? cstr(a->ns->href) : "";
      std::string_view name = cstr(a->name);
      if (ns == ooxml::ns::r && refs_.rels != nullptr) {
        xmlChar* v = xmlNodeListGetString(e->doc, a->children, 1);
        auto it = v ? refs_.rels->find(cstr(v)) : refs_.rels->end();
        if (it != refs_.rels->end()) xmlSetNsProp(e, a->ns, a->name, BAD_CAST it->second.c_str());
        xmlFree(v);
      } else if ((ns == ooxml::ns::w14 && (name == "paraId" || name == "textId")) ||
                 (ns == kWp14 && (name == "anchorId" || name == "editId"))) {
        // Word's paragraph and drawing ids must be unique too; they are optional, so dropped.
        xmlRemoveProp(a);
      }
      a = next;
    }
  }

  // The unit's style id a property list names (its pStyle or tblStyle; still unmapped when the
  // walk reaches the element that holds it).
  static std::string unit_style(const xmlNode* props, const char* ref) {
    return w_attr(xml::child(props, ref), "val").value_or("");
  }

  static constexpr std::string_view kWp14 = "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing";
  const PartRefs& refs_;
  const UnitMaps& maps_;
  std::map<std::string, long> ranges_;  // "bookmark:7" → pack id
  std::vector<std::string> tables_;     // the unit table style of each table the walk is in
};

}  // namespace

void map_references(xmlNode* root, const PartRefs& refs) {
  Mapper mapper(refs);
  mapper.walk(root);
  if (refs.map_styles) keep_own_properties(root);
}

}  // namespace docket::pack::detail
