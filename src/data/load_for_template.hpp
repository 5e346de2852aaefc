#pragma once
// Data as a template sees it: loaded, validated against its schema when it has one, with its
// derived values added and the root's namespace removed. Used by render, check and pack.
#include <filesystem>
#include <optional>
#include <string>

#include "data/data_source.hpp"
#include "data/outline.hpp"
#include "data/status_colours.hpp"
#include "data/validate.hpp"
#include "xml/schema.hpp"

namespace docket::data {

struct TemplateData {
  std::optional<DataSource> data;                    // null when not well-formed
  std::optional<std::filesystem::path> schema_used;  // null: no namespace, used as it is
  StatusColours colours;                             // of the report's schemes and matrices
};

/// Loads `path` ("-": standard input) for rendering: validated, derived values added (for a
/// committee report, with its status schemes; `locale` names months in d:months; `outline`
/// is the template's numbering, see data::number_report), cross-references resolved,
/// namespace removed. Problems go to `diags`; throws IoError / UnsafeInput for unreadable or
/// refused files.
TemplateData load_for_template(const std::filesystem::path& path, const ValidateOptions& options,
                               xml::SchemaCache& schemas, Diagnostics& diags, const std::string& locale = "en-GB",
                               const Outline& outline = Outline::house());

/// Sets meta/meeting/agendaItem of a loaded report (the number democratic services give it
/// when they compile the pack).
void set_agenda_item(DataSource& report, const std::string& number);

}  // namespace docket::data
