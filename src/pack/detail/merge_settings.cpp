#include "pack/detail/merge_settings.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "ooxml/names.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::pack::detail {

namespace {

// CT_Settings children that come after w:evenAndOddHeaders (ECMA-376 Part 1 §17.15.1.78).
constexpr std::array<std::string_view, 47> kAfterEvenAndOdd = {
    "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin",
    "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin", "doNotShadeFormData",
    "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars",
    "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema",
    "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml",
    "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
    "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr",
    "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
    "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults"};

bool is_on(const xmlNode* flag) {
  if (flag == nullptr) return false;
  auto v = w_attr(flag, "val");
  return !v || (*v != "0" && *v != "false" && *v != "off");
}

// Turns on a CT_Settings flag, placed before the first child that must come after it.
void set_flag(xmlNode* settings, std::string_view name) {
  xmlNode* flag = xml::child(settings, name);
  if (flag != nullptr) {
    remove_w_attr(flag, "val");
    return;
  }
  flag = new_w(settings, nullptr, std::string(name).c_str());
  auto after = std::find(kAfterEvenAndOdd.begin(), kAfterEvenAndOdd.end(), name);
  after = after == kAfterEvenAndOdd.end() ? kAfterEvenAndOdd.begin() : after + 1;
  for (xmlNode* c : xml::children(settings)) {
    if (std::find(after, kAfterEvenAndOdd.end(), xml::local_name(c)) != kAfterEvenAndOdd.end()) {
      xmlAddPrevSibling(c, flag);
      return;
    }
  }
  xmlAddChild(settings, flag);
}

// w:footnotePr/w:footnote (and the endnote pair) list the separator notes by id, after the
// numbering properties (CT_FtnDocProps).
void name_separators(xmlNode* settings, const char* props, const char* item, const std::vector<long>& ids) {
  xmlNode* pr = xml::child(settings, props);
  if (pr == nullptr) return;
  for (xmlNode* old : xml::children(pr, item)) remove_node(old);
  for (long id : ids) set_w_attr(new_w(settings, pr, item), "id", std::to_string(id));
}

// w:endnotePr/w:pos sectEnd; w:endnotePr comes after w:footnotePr, before w:compat.
void place_endnotes_at_section_end(xmlNode* settings) {
  xmlNode* pr = xml::child(settings, "endnotePr");
  if (pr == nullptr) {
    pr = new_w(settings, nullptr, "endnotePr");
    auto after = std::find(kAfterEvenAndOdd.begin(), kAfterEvenAndOdd.end(), "endnotePr") + 1;
    xmlNode* before = nullptr;
    for (xmlNode* c : xml::children(settings)) {
      if (std::find(after, kAfterEvenAndOdd.end(), xml::local_name(c)) != kAfterEvenAndOdd.end()) {
        before = c;
        break;
      }
    }
    if (before != nullptr) xmlAddPrevSibling(before, pr);
    else xmlAddChild(settings, pr);
  }
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
  if (changes.even_and_odd) set_flag(root, "evenAndOddHeaders");
  if (changes.update_fields) set_flag(root, "updateFields");
  if (changes.endnotes_at_section_end) place_endnotes_at_section_end(root);
  name_separators(root, "footnotePr", "footnote", changes.footnote_separators);
  name_separators(root, "endnotePr", "endnote", changes.endnote_separators);
  return std::string(xml::kXmlDeclaration) + to_xml_string(root);
}

}  // namespace docket::pack::detail
