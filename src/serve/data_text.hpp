#pragma once
// A data file held as text while the editor works on it: parsed into a DOM (with docket's
// safe parser), checked exactly as `docket validate` checks the saved file, and written
// back as text with the document's own declaration and layout.
#include <filesystem>
#include <optional>
#include <string>

#include "data/data_source.hpp"
#include "data/validate.hpp"
#include "support/diagnostic.hpp"
#include "xml/document.hpp"
#include "xml/schema.hpp"

namespace docket::serve {

/// Parses data text; nullopt (with the reason in `diags`) when it is not well-formed.
/// Throws UnsafeInput for a DOCTYPE.
std::optional<xml::Document> parse_data(const std::string& text, const std::string& name, Diagnostics& diags);

/// The document as UTF-8 text.
std::string to_text(xmlDoc* doc);

struct Checked {
  Diagnostics diags;
  std::optional<data::DataSource> data;  // null when not well-formed
};

/// Validates `text` as the data file `file` (relative references resolve beside it): the
/// schema, the committee-paper rules and the text checks of `docket validate`, sorted by
/// position. Every diagnostic names its file as `file`.
Checked check_text(const std::string& text, const std::filesystem::path& file, const data::ValidateOptions& options,
                   xml::SchemaCache& schemas);

}  // namespace docket::serve
