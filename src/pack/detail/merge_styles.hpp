#pragma once
// word/styles.xml of the pack. The first unit gives docDefaults and latentStyles. A unit's
// style is shared with the pack's style of the same id when their definitions agree, once
// the styles they are based on, link to or hand over to are mapped too; otherwise it is
// renamed for that unit ("Heading1" → "Heading1-3", "heading 1" → "heading 1 (3)"), and the
// styles that build on it follow. A style new to the pack keeps its id; a name already in use
// gets the same suffix (LibreOffice matches styles by name). Only the first default style of
// each type stays the default; units whose default differs give it explicitly (UnitMaps).
#include <libxml/tree.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pack/detail/merge_namespaces.hpp"
#include "pack/detail/merge_unit.hpp"
#include "xml/document.hpp"

namespace docket::pack::detail {

/// Adds the style ids named under `root` (w:pStyle, w:rStyle, w:tblStyle, and a list
/// definition's w:styleLink and w:numStyleLink) to `out`.
void collect_style_uses(const xmlNode* root, std::set<std::string>& out);

class StyleMerger {
 public:
  /// Takes the first unit's styles part (an empty document when it has none); the pack's
  /// default language (docDefaults w:lang) becomes `language` unless that is empty.
  StyleMerger(xml::Document first_styles, std::string_view language);

  /// The first unit's w:styles root (null when none), whose docDefaults the pack keeps.
  const xmlNode* pack_styles() const noexcept { return base_.root(); }
  /// Adds the styles a unit uses (`used`, the default styles, and the styles those build on,
  /// link to or hand over to), numbering and theme references already mapped, defaults made
  /// explicit. Fills maps.style_ids, maps.styles and the implicit styles. The unit's other
  /// styles stay out of the pack.
  void add(xmlNode* unit_styles, UnitMaps& maps, int unit_number, const std::set<std::string>& used);
  std::string to_xml() const;

 private:
  struct Style {
    std::string key;  // canonical definition, references in pack ids
    std::string xml;
    std::string name;
  };
  std::string fresh_id(const std::string& id, int unit_number, const std::set<std::string, std::less<>>& unit_ids) const;
  std::string fresh_name(const std::string& name, int unit_number) const;
  /// Adds an empty style of `type` for the unit, named after the pack's default `like`.
  std::string add_empty(const std::string& type, const std::string& like, int unit_number, UnitMaps& maps);

  xml::Document base_;
  std::string head_xml_;                    // docDefaults and latentStyles
  std::vector<std::string> order_;          // pack ids in the order added
  std::map<std::string, Style> styles_;     // pack id → style
  std::set<std::string> names_;             // lower-cased w:name values in use
  std::map<std::string, std::string> default_of_type_;  // w:type → pack id
  NamespaceTable namespaces_;
};

}  // namespace docket::pack::detail
