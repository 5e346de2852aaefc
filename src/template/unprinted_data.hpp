#pragma once
// `docket check TEMPLATE --data DATA`: the data the template never prints. The template is
// rendered against the data in a scratch folder, and each value the data holds for printing
// (data::printable_values) is looked for in the document's text — a date in any of the ways
// councils write it, a number grouped or not, a web address as a link — so that what an
// officer wrote and validation accepted is never dropped without a word.
#include <filesystem>
#include <vector>

#include "data/data_source.hpp"
#include "data/printable_values.hpp"
#include "format/filter.hpp"
#include "support/diagnostic.hpp"
#include "template/template.hpp"

namespace docket::tmpl {

/// `text` in the form values and documents are compared in: lower case, one kind of quote
/// and of dash, single spaces (tabs, line breaks and no-break spaces included), trimmed.
std::string comparable_text(std::string_view text, const format::Locale& locale);

/// The printable values of `data` that the document `docx` does not contain, in data order.
/// Text is compared ignoring case, the kind of quotes and dashes, and runs of spaces
/// (no-break ones included). Throws IoError / UnsafeInput when `docx` cannot be read.
std::vector<data::PrintableValue> unprinted_values(const std::filesystem::path& docx, const data::DataSource& data,
                                                   const format::Locale& locale);

/// Renders `template_docx` against `data` (a report or an agenda prepared for templates, as
/// check and render prepare it) into a scratch folder and adds a warning (template.unprinted-data) at each
/// value it does not print. Problems of the render itself are not repeated: check reports
/// them already.
void warn_unprinted_data(const std::filesystem::path& template_docx, data::DataSource& data,
                         const TemplateOptions& options, const RenderOptions& render_options, Diagnostics& diags);

}  // namespace docket::tmpl
