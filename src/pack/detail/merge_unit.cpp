#include "pack/detail/merge_unit.hpp"

namespace docket::pack::detail {

const char* slot_name(Slot slot) {
  switch (slot) {
    case Slot::first: return "first";
    case Slot::even: return "even";
    case Slot::default_: break;
  }
  return "default";
}

std::string related_part(MergeUnit& unit, std::string_view type) {
  auto& rels = unit.package.relationships(unit.package.main_document());
  const ooxml::Relationship* r = rels.first_of_type(type);
  std::string part = r ? rels.target_part(*r) : std::string();
  return !part.empty() && unit.package.has_part(part) ? part : std::string();
}

Diagnostic unit_warning(const MergeUnit& unit, const std::string& message, std::string hint, std::string code) {
  return Diagnostic{.severity = Severity::warning,
                    .file = unit.package.file(),
                    .message = unit.source->label + ": " + message,
                    .hint = std::move(hint),
                    .code = std::move(code)};
}

}  // namespace docket::pack::detail
