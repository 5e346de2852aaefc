#pragma once
// The numbering outline a committee-report template states in its custom document property
// docket.numbering (data::Outline; docs/template/numbering.md): which parts it numbers and in
// what order it prints them. Read before the data is prepared, so that the numbers docket
// derives and the cross-references it resolves match the page.
#include <filesystem>

#include "data/outline.hpp"
#include "support/diagnostic.hpp"

namespace docket::tmpl {

/// The outline `template_docx` states; the house template's when it states none. Words the
/// outline does not know are warnings in `diags` (at docProps/custom.xml) and are skipped.
/// Throws IoError / UnsafeInput when the package cannot be read.
data::Outline numbering_outline(const std::filesystem::path& template_docx, Diagnostics& diags);

}  // namespace docket::tmpl
