#include "data/load_for_template.hpp"

#include "data/derive.hpp"
#include "data/prepare.hpp"
#include "xml/node.hpp"

namespace docket::data {

TemplateData load_for_template(const std::filesystem::path& path, const ValidateOptions& options,
                               xml::SchemaCache& schemas, Diagnostics& diags, const std::string& locale,
                               const Outline& outline) {
  TemplateData out;
  out.data = load_data(path, diags);
  if (!out.data) return out;
  const std::size_t errors = diags.error_count();
  out.schema_used = validate_loaded(*out.data, options, schemas, diags);
  // Derived values need the model the schema guarantees.
  if (out.data->kind() == DataKind::report && diags.error_count() == errors) {
    const SchemeLibrary schemes(options.scheme);
    derive(*out.data, schemes, diags, {.locale = locale, .outline = outline});
    out.colours = StatusColours::of(*out.data, schemes, diags);
  }
  if (out.data->kind() != DataKind::other && diags.error_count() == errors) resolve_references(*out.data, diags);
  strip_root_namespace(*out.data);
  return out;
}

void set_agenda_item(DataSource& report, const std::string& number) {
  xmlNode* meeting = xml::child(xml::child(report.root(), "meta"), "meeting");
  if (meeting == nullptr) return;
  xmlNode* item = xml::child(meeting, "agendaItem");
  if (item == nullptr) {
    item = xmlNewDocNode(meeting->doc, meeting->ns, BAD_CAST "agendaItem", nullptr);
    if (xmlNode* date = xml::child(meeting, "date")) xmlAddNextSibling(date, item);
    else xmlAddChild(meeting, item);
  }
  xmlNodeSetContent(item, nullptr);
  xmlAddChild(item, xmlNewDocText(meeting->doc, BAD_CAST number.c_str()));
}

}  // namespace docket::data
