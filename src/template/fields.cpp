#include "template/fields.hpp"

#include "ooxml/fields.hpp"
#include "ooxml/names.hpp"
#include "ooxml/settings.hpp"
#include "ooxml/table_of_contents.hpp"
#include "xml/document.hpp"
#include "xml/serialize.hpp"

namespace docket::tmpl {

PartFields mark_part_fields(xmlNode* root) {
  PartFields found;
  for (const auto& f : ooxml::fields(root)) found.contents |= ooxml::field_kind(f.instruction) == "TOC";
  found.stale = ooxml::mark_stale_fields(root);
  return found;
}

void ask_word_to_update_fields(ooxml::Package& package, Diagnostics& diags) {
  const std::string main = package.main_document();
  auto& rels = package.relationships(main);
  std::string part;
  if (const auto* r = rels.first_of_type(ooxml::rel::settings)) part = rels.target_part(*r);
  if (part.empty() || !package.has_part(part)) {
    part = "word/settings.xml";
    if (package.has_part(part)) return;  // a settings part the document does not name: left alone
    package.add_part(part, ooxml::content_type::settings,
                     std::string(xml::kXmlDeclaration) + "<w:settings xmlns:w=\"" + std::string(ooxml::ns::w) +
                         "\"><w:updateFields/></w:settings>");
    rels.add(ooxml::rel::settings, "settings.xml");
    return;
  }
  if (auto doc = package.parse_part(part, diags)) {
    ooxml::set_settings_flag(doc->root(), "updateFields");
    package.replace(part, xml::part_text(doc->root()));
  }
}

std::string with_current_contents(const std::string& text, const ooxml::StyleTable& styles, const std::string& name,
                                  Diagnostics& diags) {
  auto doc = xml::parse(text, name, diags);
  if (!doc) return text;
  ooxml::refresh_tables_of_contents(doc->root(), styles);
  return xml::part_text(doc->root());
}

}  // namespace docket::tmpl
