#include "template/numbering_outline.hpp"

#include "ooxml/names.hpp"
#include "ooxml/package.hpp"
#include "xml/node.hpp"

namespace docket::tmpl {

data::Outline numbering_outline(const std::filesystem::path& template_docx, Diagnostics& diags) {
  auto pkg = ooxml::Package::open(template_docx);
  const auto* r = pkg.relationships("").first_of_type(ooxml::rel::custom_properties);
  const std::string part = r ? pkg.relationships("").target_part(*r) : std::string();
  if (part.empty() || !pkg.has_part(part)) return data::Outline::house();
  auto doc = pkg.parse_part(part, diags);
  if (!doc) return data::Outline::house();
  for (xmlNode* property : xml::children(doc->root(), "property")) {
    if (xml::attribute(property, "name") != std::string(data::kOutlineProperty)) continue;
    std::vector<std::string> errors;
    data::Outline outline = data::Outline::parse(xml::text(property), errors);
    for (auto& e : errors) {
      Diagnostic d;
      d.severity = Severity::warning;
      d.file = pkg.file();
      d.part = part;
      d.message = "the numbering outline (" + std::string(data::kOutlineProperty) + "): " + e;
      d.hint = "see docs/template/numbering.md for the parts an outline may name";
      d.code = "template.numbering-outline";
      diags.add(std::move(d));
    }
    return outline;
  }
  return data::Outline::house();
}

}  // namespace docket::tmpl
