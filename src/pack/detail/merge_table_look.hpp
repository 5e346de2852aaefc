#pragma once
// A unit's document defaults become explicit in its root paragraph styles in the pack
// (merge_defaults). A paragraph style outranks a table style, docDefaults do not: a table
// style's spacing or size would lose to the unit's moved defaults, and its rows would grow.
// So paragraphs in such a table get the table style's value directly, where their own style
// does not set it and they do not set it themselves — what Word and LibreOffice showed alone.
#include <libxml/tree.h>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace docket::pack::detail {

struct TableLooks {
  struct Look {
    std::vector<std::string> paragraph;  // w:pPr children the table style sets, serialised
    std::vector<std::string> run;        // w:rPr children
  };
  std::map<std::string, Look, std::less<>> tables;  // unit table style id → what it sets
  // Unit paragraph style id → names of the properties its chain sets itself (pPr children
  // by name, rPr children as "r:name"), as the unit defined it.
  std::map<std::string, std::set<std::string>, std::less<>> paragraph_sets;
  bool empty() const noexcept { return tables.empty(); }
};

/// Plans the looks for a unit's styles (its w:styles root, before its defaults are moved),
/// for the properties its moved defaults set: `paragraph` and `run` property names.
TableLooks plan_table_looks(const xmlNode* unit_styles, const std::set<std::string>& paragraph,
                            const std::set<std::string>& run);

/// Applies the look of the table style `table_style` (a unit id) to a paragraph in that
/// table whose style is `paragraph_style` (a unit id).
void apply_table_look(xmlNode* paragraph, const TableLooks& looks, const std::string& table_style,
                      const std::string& paragraph_style);

}  // namespace docket::pack::detail
