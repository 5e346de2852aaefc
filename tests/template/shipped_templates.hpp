#pragma once
// Rendering the shipped templates (templates/*.docx) the way `docket render` does: the data
// validated, derived and numbered in the template's outline, then filled in.
#include <filesystem>
#include <optional>
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

/// The text LibreOffice lays out for each document (converted to PDF in one run, read back
/// with pdftotext), in the order given; empty when soffice or pdftotext is absent (a WARN
/// says so).
std::vector<std::string> laid_out_texts(const std::vector<std::filesystem::path>& docx, const std::filesystem::path& dir);

/// The words of the document's paragraphs that the laid-out text does not hold whole: a
/// word broken inside itself at the end of a line. Words may break after a slash or a dash.
std::vector<std::string> words_broken_on_the_page(const std::filesystem::path& docx, const std::string& laid_out);

/// Renders templates/`template_name` with the data file `data` (a path under the source
/// tree) into `out`, and lists what the document does not print.
ShippedRender render_shipped(const std::string& template_name, const std::string& data,
                             const std::filesystem::path& out);

}  // namespace docket::test
