#pragma once
// The document's language: w:lang in the styles part's defaults, which Word's proofing tools
// and screen readers use for all text that does not say otherwise (WCAG 3.1.1).
#include <libxml/tree.h>

#include <string_view>

namespace docket::ooxml {

/// Makes `tag` ("cy-GB") the default language of a w:styles element when the default's
/// language differs from tag's (en-GB and en-US count as the same), and changes each style
/// that named the old default to the new one. Returns whether anything changed.
bool set_default_language(xmlNode* styles, std::string_view tag);

}  // namespace docket::ooxml
