#pragma once
// docket's XPath extension functions, registered on each rendering context:
//   fy-quarter(date) → "Q2 2023/24"   fy(date) → "2023/24"
//   rag-status(actual, target, polarity, tolerance) → "Red" / "Amber" / "Green"
#include "xml/xpath.hpp"

namespace docket::tmpl {

void register_functions(xml::XPathContext& ctx);

}  // namespace docket::tmpl
