#pragma once
// `docket validate`: a data file against its schema, then the committee-paper rules that
// XSD 1.0 cannot express, then text checks. Every problem is collected, none stops the run.
#include <filesystem>
#include <optional>

#include "data/data_source.hpp"
#include "support/diagnostic.hpp"
#include "xml/schema.hpp"

namespace docket::data {

struct ValidateOptions {
  std::optional<std::filesystem::path> schema;  // --schema
  std::optional<std::filesystem::path> scheme;  // --scheme (status schemes; derive)
};

/// What validation found besides the diagnostics.
struct ValidateResult {
  std::optional<DataSource> data;  // null when the file is not well-formed
  std::optional<std::filesystem::path> schema_used;  // null: no namespace, used as it is
};

/// Loads and validates a data file. Throws IoError / UnsafeInput for unreadable or refused
/// files; everything else is a diagnostic.
ValidateResult validate_data(const std::filesystem::path& path, const ValidateOptions& options,
                             xml::SchemaCache& schemas, Diagnostics& diags);

/// Validates an already loaded data source (schema, rules, text checks).
std::optional<std::filesystem::path> validate_loaded(DataSource& data, const ValidateOptions& options,
                                                     xml::SchemaCache& schemas, Diagnostics& diags);

}  // namespace docket::data
