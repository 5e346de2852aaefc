#pragma once
// Loading a data file for rendering: parse, validate against its schema when it has one,
// then make it ready for templates. Shared by render and check.
#include <optional>
#include <string>

#include "cli/command.hpp"
#include "data/load_for_template.hpp"
#include "xml/schema.hpp"

namespace docket::cli {

/// Loads, validates and prepares `path` (with --schema, --scheme and --locale) for the
/// template `template_path` (its numbering outline). The data is null when it is not
/// well-formed (the reason is in `diags`); schema and rule problems are in `diags` too.
data::TemplateData load_data_for_template(const std::string& path, const Invocation& inv,
                                          xml::SchemaCache& schemas, Diagnostics& diags,
                                          const std::string& template_path);

}  // namespace docket::cli
