#pragma once
// word/styles.xml as the accessibility checks read it: which formatting applies to a run or
// a paragraph once direct formatting, character styles, paragraph styles (following
// w:basedOn) and the document defaults are taken in turn (ECMA-376 Part 1, §17.7.2).
// Table-style conditional formatting is not applied.
#include <libxml/tree.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace docket::papers::detail {

struct StyleDef {
  std::string id;
  std::string name;      // w:name, e.g. "heading 1"
  std::string type;      // paragraph, character, table, numbering
  std::string based_on;  // "" for none
  bool is_default = false;
  const xmlNode* ppr = nullptr;  // w:pPr, or null
  const xmlNode* rpr = nullptr;  // w:rPr, or null
};

/// Where a property was found, for messages: "direct", "docDefaults" or a style's name.
struct Found {
  const xmlNode* element = nullptr;  // the property element (w:color, w:jc …); null: none
  std::string source;
};

/// A view of a parsed styles part; the document must outlive it.
class StyleSheet {
 public:
  StyleSheet() = default;
  /// Reads the styles part's root (w:styles); null gives an empty sheet.
  static StyleSheet read(const xmlNode* styles_root);

  const StyleDef* find(std::string_view id) const;
  /// The default style of a type ("paragraph", "character", "table"), or null.
  const StyleDef* default_style(std::string_view type) const;
  const std::map<std::string, StyleDef, std::less<>>& all() const noexcept { return styles_; }

  /// The paragraph's style: its w:pStyle when that exists, else the default paragraph style.
  const StyleDef* paragraph_style(const xmlNode* p) const;
  /// The shown name of a style ("Heading 1" for "heading 1"), or the id when it has none.
  static std::string display_name(const StyleDef& style);

  /// The heading level of a paragraph, 1–9, or 0 for body text: its own w:outlineLvl, else
  /// its style's (following w:basedOn), else a built-in "heading N" style name.
  int heading_level(const xmlNode* p) const;

  /// A paragraph property (w:jc, w:numPr …): direct, then the paragraph style chain, then
  /// the document's w:pPrDefault.
  Found paragraph_property(const xmlNode* p, std::string_view name) const;
  /// A run property (w:color, w:caps, w:b …): direct, then the run's character style chain,
  /// then the paragraph style chain, then w:rPrDefault.
  Found run_property(const xmlNode* run, const xmlNode* p, std::string_view name) const;
  /// A run property as a paragraph style gives it (chain, then w:rPrDefault).
  Found style_run_property(const StyleDef* style, std::string_view name) const;

 private:
  Found in_chain(const StyleDef* style, bool run_props, std::string_view name) const;
  std::map<std::string, StyleDef, std::less<>> styles_;
  std::map<std::string, std::string, std::less<>> defaults_;  // type → id
  const xmlNode* rpr_default_ = nullptr;
  const xmlNode* ppr_default_ = nullptr;
};

}  // namespace docket::papers::detail
