#include "pack/detail/merge_settings.hpp"

#include <string_view>

#include "ooxml/names.hpp"
#include "ooxml/settings.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::pack::detail {

namespace {

bool is_on(const xmlNode* flag) {
  if (flag == nullptr) return false;
  auto v = w_attr(flag, "val");
  return !v || (*v != "0" && *v != "false" && *v != "off");
}

// w:footnotePr/w:footnote (and the endnote pair) list the separator notes by id, after the
// numbering properties (CT_FtnDocProps).
void name_separators(xmlNode* settings, const char* props, const char* item, const std::vector<long>& ids) {
  xmlNode* pr = xml::child(settings, props);
  if (pr == nullptr) return;
  for (xmlNode* old : xml::children(pr, item)) remove_node(old);
  for (long id : ids) set_w_attr(new_w(settings, pr, item), "id", std::to_string(id));
}

// w:endnotePr/w:pos sectEnd.
void place_endnotes_at_section_end(xmlNode* settings) {
  xmlNode* pr = xml::child(settings, "endnotePr");
  if (pr == nullptr) ooxml::place_in_settings(settings, pr = new_w(settings, nullptr, "endnotePr"));
  if (xmlNode* old = xml::child(pr, "pos")) remove_node(old);
  xmlNode* pos = new_w(settings, nullptr, "pos");
  set_w_attr(pos, "val", "sectEnd");
  if (pr->children != nullptr) xmlAddPrevSibling(pr->children, pos);
  else xmlAddChild(pr, pos);
}

}  // namespace

std::string settings_part(MergeUnit& unit) { return related_part(unit, ooxml::rel::settings); }

bool uses_even_and_odd(MergeUnit& unit, Diagnostics& diags) {
  std::string part = settings_part(unit);
  if (part.empty()) return false;
  xml::Document settings = parse_source_part(unit.package, part, diags);
  return is_on(xml::child(settings.root(), "evenAndOddHeaders"));
}

std::string pack_settings(MergeUnit& first, const SettingsChanges& changes, Diagnostics& diags) {
  std::string part = settings_part(first);
  std::string text = part.empty()
                         ? "<w:settings xmlns:w=\"" + std::string(ooxml::ns::w) + "\"/>"
                         : first.package.read_part(part);
  auto settings = xml::parse(text, first.package.file() + ": " + part, diags);
  if (!settings) return text;
  xmlNode* root = settings->root();
  if (changes.even_and_odd) ooxml::set_settings_flag(root, "evenAndOddHeaders");
  if (changes.update_fields) ooxml::set_settings_flag(root, "updateFields");
  if (changes.endnotes_at_section_end) place_endnotes_at_section_end(root);
  name_separators(root, "footnotePr", "footnote", changes.footnote_separators);
  name_separators(root, "endnotePr", "endnote", changes.endnote_separators);
  return std::string(xml::kXmlDeclaration) + to_xml_string(root);
}

}  // namespace docket::pack::detail
