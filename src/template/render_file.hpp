#pragma once
// One data file rendered with one template, as `docket render` does it: the template loaded,
// the data validated and its derived values added, the status colours of its schemes used.
// The command line and the browser editor both call this, so a document downloaded from the
// editor is byte for byte the one the command line makes.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "data/validate.hpp"
#include "support/diagnostic.hpp"
#include "xml/schema.hpp"

namespace docket::tmpl {

struct RenderFileOptions {
  std::string locale = "en-GB";
  data::ValidateOptions validate;  // --schema, --scheme
  bool draft = false;              // write despite errors, marking the gaps
  std::filesystem::path bank_holidays;  // empty: docket's own calendar
  /// Told before each stage, for progress: 0 reading the template, 1 reading and checking
  /// the data, 2 rendering.
  std::function<void(int stage)> on_stage;
};

struct RenderFileResult {
  bool written = false;
  bool data_loaded = false;                          // false: not well-formed
  std::optional<std::filesystem::path> schema_used;  // null: no namespace, used as it is
  std::string data_name;                             // the data file as messages name it
};

/// Renders `data_file` ("-": standard input) with `template_file` into `output`. Problems go
/// to `diags`; nothing is written when there is an error, unless `draft`. Throws IoError /
/// UnsafeInput for unreadable or refused inputs.
RenderFileResult render_file(const std::filesystem::path& template_file, const std::filesystem::path& data_file,
                             const std::filesystem::path& output, const RenderFileOptions& options,
                             xml::SchemaCache& schemas, Diagnostics& diags);

}  // namespace docket::tmpl
