#pragma once
// The document's language: w:lang in the styles part's defaults, which Word's proofing tools
// and screen readers use for all text that does not say otherwise (WCAG 3.1.1).
#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>

namespace docket::ooxml {

/// Makes `tag` ("cy-GB") the default language of a w:styles element when the default's
/// language differs from tag's (en-GB and en-US count as the same), and changes each style
/// that named the old default to the new one. Returns the old default ("" when there was
/// none) when anything changed, else nullopt.
std::optional<std::string> set_default_language(xmlNode* styles, std::string_view tag);

/// In a document, header or footer part, changes each run's w:lang/@w:val naming the language
/// of `old_default` (en-GB and en-US alike) to `tag`. Word writes one on runs typed while the
/// keyboard's language differed from the document's, and a Welsh value put into such a run
/// would be proofed as English. Returns how many changed.
std::size_t set_run_languages(xmlNode* part, std::string_view old_default, std::string_view tag);

}  // namespace docket::ooxml
