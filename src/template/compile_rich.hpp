#pragma once
#include <libxml/tree.h>

#include <memory>

#include "ooxml/styles.hpp"
#include "template/program.hpp"

namespace docket::tmpl::detail {

/// Prepares how rich text renders for a tag: `rpr` and `ppr` are the tag run's and
/// paragraph's properties (either may be null).
std::shared_ptr<const RichStyles> rich_styles(xmlDoc* doc, const xmlNode* rpr, const xmlNode* ppr,
                                              const ooxml::StyleTable& styles);

}  // namespace docket::tmpl::detail
