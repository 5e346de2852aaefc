#pragma once
// Internal to the schema messages: what the schema outline adds to libxml2's reports — an
// element out of order named as such, a required element named before optional ones, and
// the values an enumeration, a union of keywords or a status scheme allows.
#include <optional>
#include <string>
#include <vector>

#include "data/schema_outline.hpp"

namespace docket::data::detail {

struct OrderProblem {
  std::string message;
  std::string hint;
  std::string code;             // data.out-of-order or data.missing-element
  const xmlNode* where = nullptr;  // the element to point at
};

/// For libxml2's "This element is not expected. Expected is ( … )" at `element`: the
/// element (or a required one it displaced) out of order, or the required elements missing
/// before it, named before the optional ones; nullopt when the outline cannot tell.
std::optional<OrderProblem> order_problem(const SchemaOutline& outline, const xmlNode* element,
                                          const std::vector<std::string>& expected);

/// For "Missing child element(s). Expected is ( … )" at `parent`: the required ones first.
std::vector<std::string> required_first(const SchemaOutline& outline, const xmlNode* parent,
                                        const std::vector<std::string>& expected);

/// "use a, b or c" (with "did you mean …?" first when `value` is near one) for the values the
/// attribute (or, when `attribute` is empty, the element's text) of `element` may take;
/// "" when the schema lists none.
std::string allowed_values_hint(const SchemaOutline& outline, const xmlNode* element, const std::string& attribute,
                                const std::string& value);

}  // namespace docket::data::detail
