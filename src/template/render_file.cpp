#include "template/render_file.hpp"

#include "data/load_for_template.hpp"
#include "template/numbering_outline.hpp"
#include "template/template.hpp"

namespace docket::tmpl {

RenderFileResult render_file(const std::filesystem::path& template_file, const std::filesystem::path& data_file,
                             const std::filesystem::path& output, const RenderFileOptions& options,
                             xml::SchemaCache& schemas, Diagnostics& diags) {
  const auto stage = [&options](int n) {
    if (options.on_stage) options.on_stage(n);
  };
  stage(0);
  TemplateOptions template_options{format::Locale(options.locale)};
  template_options.bank_holidays = options.bank_holidays;
  auto tpl = Template::load(template_file, template_options, diags);
  stage(1);
  // The template's numbering outline gives the data's paragraph numbers and cross-references.
  const data::Outline outline = numbering_outline(template_file.string(), diags);
  auto loaded = data::load_for_template(data_file, options.validate, schemas, diags, options.locale, outline);
  RenderFileResult result{.data_loaded = loaded.data.has_value(), .schema_used = loaded.schema_used};
  // Rendering runs even when the template has errors, so that data problems are reported in
  // the same run; nothing is written then unless draft.
  if (loaded.data) {
    result.data_name = loaded.data->file();
    stage(2);
    result.written = render(tpl, *loaded.data, output,
                            {.draft = options.draft, .status_fill = scheme_colours(loaded.colours)}, diags);
  }
  return result;
}

}  // namespace docket::tmpl
