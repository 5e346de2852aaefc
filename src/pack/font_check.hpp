#pragma once
// Fonts LibreOffice will not find. A pack names fonts (Calibri, Arial, a council's own); where
// the machine has neither the font nor a metric-compatible one (Carlito for Calibri, Liberation
// Sans for Arial…), LibreOffice lays the text out in another, and lines, pages and the front
// sheet's page numbers move. fontconfig answers as it answers LibreOffice.
#include <filesystem>
#include <string>
#include <vector>

#include "support/diagnostic.hpp"

namespace docket::pack {

struct FontStandIn {
  std::string font;      // as the document names it
  std::string used;      // what fontconfig gives in its place
};

/// The fonts a DOCX names (run fonts, and its theme's when text refers to them) that this
/// machine has neither as such nor as a metric-compatible font.
std::vector<FontStandIn> substituted_fonts(const std::filesystem::path& docx);

/// One warning per substituted font of `docx` (a pack about to be laid out).
void warn_of_substituted_fonts(const std::filesystem::path& docx, Diagnostics& diags);

}  // namespace docket::pack
