#pragma once
// Steps of inspect_package (inspect.cpp) that describe how a document is laid out: its
// styles, with how often the text uses each, and its sections.
#include <vector>

#include "papers/detail/a11y_context.hpp"
#include "papers/inspect.hpp"

namespace docket::papers::detail {

/// Every style of the styles part, in id order, with its uses in the text parts.
std::vector<StyleEntry> describe_styles(A11yContext& ctx);
/// Every section of the main document, in order (w:sectPr in paragraphs, then the body's).
std::vector<SectionEntry> describe_sections(A11yContext& ctx);

}  // namespace docket::papers::detail
