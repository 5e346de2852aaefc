#pragma once
// Run and paragraph property variants prepared at compile time, so that rendering only
// copies bytes.
#include <libxml/tree.h>

#include <array>
#include <string>

#include "ooxml/styles.hpp"
#include "template/program.hpp"

namespace docket::tmpl::detail {

/// The variants of a run's properties (null: none).
RunStyle run_style(xmlDoc* doc, const xmlNode* rpr);

/// Run properties with holes for a value's formatting from data (ValueFormat::styles).
std::array<std::string, 8> format_run_styles(xmlDoc* doc, const xmlNode* rpr, const ooxml::StyleTable& styles);

/// Run properties for rich text: index bit 0 bold, 1 italic, 2 underline, 3 hyperlink.
std::array<std::string, 16> rich_run_styles(xmlDoc* doc, const xmlNode* rpr, const ooxml::StyleTable& styles);

}  // namespace docket::tmpl::detail
