#pragma once
// Rendering the shipped templates (templates/*.docx) the way `docket render` does: the data
// validated, derived and numbered in the template's outline, then filled in.
#include <filesystem>
#include <string>
#include <vector>

#include "data/printable_values.hpp"
#include "support/diagnostic.hpp"

namespace docket::test {

struct ShippedRender {
  bool written = false;
  Diagnostics diags;
  std::string messages;                              // every diagnostic, one per line
  std::vector<data::PrintableValue> unprinted;       // the data's values the document lacks
  std::string unprinted_list() const;                // "path “text”" per line, for INFO
};

/// Renders templates/`template_name` with the data file `data` (a path under the source
/// tree) into `out`, and lists what the document does not print.
ShippedRender render_shipped(const std::string& template_name, const std::string& data,
                             const std::filesystem::path& out);

}  // namespace docket::test
