#include "ooxml/settings.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "xml/node.hpp"

namespace docket::ooxml {

namespace {

// CT_Settings children that come after w:evenAndOddHeaders, in order; docket only adds
// elements of this tail (and w:evenAndOddHeaders itself).
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

}  // namespace

void place_in_settings(xmlNode* settings, xmlNode* element) {
  auto after = std::find(kAfterEvenAndOdd.begin(), kAfterEvenAndOdd.end(), xml::local_name(element));
  after = after == kAfterEvenAndOdd.end() ? kAfterEvenAndOdd.begin() : after + 1;
  for (xmlNode* c : xml::children(settings)) {
    if (std::find(after, kAfterEvenAndOdd.end(), xml::local_name(c)) != kAfterEvenAndOdd.end()) {
      xmlAddPrevSibling(c, element);
      return;
    }
  }
  xmlAddChild(settings, element);
}

void set_settings_flag(xmlNode* settings, std::string_view name) {
  if (xmlNode* flag = xml::child(settings, name)) {
    xmlUnsetNsProp(flag, w_namespace(settings), BAD_CAST "val");
    return;
  }
  place_in_settings(settings, xmlNewDocNode(settings->doc, w_namespace(settings), BAD_CAST std::string(name).c_str(), nullptr));
}

}  // namespace docket::ooxml
