#include "cli/data_input.hpp"

#include "data/load_for_template.hpp"
#include "template/numbering_outline.hpp"

namespace docket::cli {

data::TemplateData load_data_for_template(const std::string& path, const Invocation& inv,
                                          xml::SchemaCache& schemas, Diagnostics& diags,
                                          const std::string& template_path) {
  data::ValidateOptions options;
  if (inv.args.count("schema")) options.schema = inv.args["schema"].as<std::string>();
  if (inv.args.count("scheme")) options.scheme = inv.args["scheme"].as<std::string>();
  const std::string locale = inv.args.count("locale") ? inv.args["locale"].as<std::string>() : "en-GB";
  const data::Outline outline = tmpl::numbering_outline(template_path, diags);
  auto loaded = data::load_for_template(path, options, schemas, diags, locale, outline);
  if (loaded.data && !loaded.schema_used && inv.verbose) {
    inv.err << loaded.data->file() << ": the root element is in no namespace, so no schema applies; the data is used as it is\n";
  }
  return loaded;
}

}  // namespace docket::cli
