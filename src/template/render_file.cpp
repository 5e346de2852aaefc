#include "template/render_file.hpp"

#include "data/load_for_template.hpp"
#include "template/template.hpp"

namespace docket::tmpl {

RenderFileResult render_file(const std::filesystem::path& template_file, const std::filesystem::path& data_file,
                             const std::filesystem::path& output, const RenderFileOptions& options,
                             xml::SchemaCache& schemas, Diagnostics& diags) {
  auto tpl = Template::load(template_file, {format::Locale(options.locale)}, diags);
  auto loaded = data::load_for_template(data_file, options.validate, schemas, diags, options.locale);
  RenderFileResult result{.data_loaded = loaded.data.has_value(), .schema_used = loaded.schema_used};
  // Rendering runs even when the template has errors, so that data problems are reported in
  // the same run; nothing is written then unless draft.
  if (loaded.data) {
    result.data_name = loaded.data->file();
    result.written = render(tpl, *loaded.data, output,
                            {.draft = options.draft, .status_fill = scheme_colours(loaded.colours)}, diags);
  }
  return result;
}

}  // namespace docket::tmpl
