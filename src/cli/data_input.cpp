#include "cli/data_input.hpp"

#include "data/prepare.hpp"
#include "data/validate.hpp"

namespace docket::cli {

std::optional<data::DataSource> load_data_for_template(const std::string& path, const Invocation& inv,
                                                        xml::SchemaCache& schemas, Diagnostics& diags) {
  auto data = data::load_data(path, diags);
  if (!data) return std::nullopt;
  data::ValidateOptions options;
  if (inv.args.count("schema")) options.schema = inv.args["schema"].as<std::string>();
  auto schema = data::validate_loaded(*data, options, schemas, diags);
  if (!schema && inv.verbose) {
    inv.err << data->file() << ": the root element is in no namespace, so no schema applies; the data is used as it is\n";
  }
  data::strip_root_namespace(*data);
  return data;
}

}  // namespace docket::cli
