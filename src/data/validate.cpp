#include "data/validate.hpp"

#include "data/confusables.hpp"
#include "data/rules.hpp"
#include "data/schema_check.hpp"
#include "data/stated_values.hpp"  // derive: stated values

namespace docket::data {

std::optional<std::filesystem::path> validate_loaded(DataSource& data, const ValidateOptions& options,
                                                     xml::SchemaCache& schemas, Diagnostics& diags) {
  const std::size_t errors_before = diags.error_count();
  auto schema = choose_schema(data, options.schema, diags);
  if (schema) check_schema(data, schemas.get(*schema), diags);
  // The rules read the model the schema guarantees, so they run only on valid data.
  if (diags.error_count() == errors_before) {
    check_rules(data, diags);
    // derive: stated values against derived ones, and the status schemes they need. Only
    // docket's own report has derived values: data in no namespace is used as it is.
    if (data.kind() == DataKind::report) {
      const SchemeLibrary scheme_library(options.scheme);
      check_stated_values(data, scheme_library, diags);
    }
  }
  check_confusables(data, diags);
  return schema;
}

ValidateResult validate_data(const std::filesystem::path& path, const ValidateOptions& options,
                             xml::SchemaCache& schemas, Diagnostics& diags) {
  ValidateResult result;
  result.data = load_data(path, diags);
  if (result.data) result.schema_used = validate_loaded(*result.data, options, schemas, diags);
  diags.sort_by_position();
  return result;
}

}  // namespace docket::data
