#pragma once
/// What a council puts on its website for a meeting besides the public pack: the agenda front
/// sheet (as the public pack has it, without its page numbers) and each public paper, cleaned
/// for publication exactly as the public pack cleans it. Exempt and confidential papers never.
///
/// Example:
///   Diagnostics diags;
///   auto files = pack::write_public_papers("agenda.xml", "site/", {}, diags);
#include <filesystem>
#include <vector>

#include "pack/pack.hpp"

namespace docket::pack {

/// Writes the front sheet ("agenda-front-sheet.docx") and each public paper
/// ("item-8-the-report.docx", "item-6-appendix-a-city-market-delivery-strategy.docx", a PDF
/// paper as ".pdf") into
/// `folder`, which must exist. Uses options.locale, options.soffice (for papers LibreOffice
/// converts), options.allow_outside and options.progress. Returns the files written, in
/// agenda order; nothing when there are errors (reported to `diags`).
std::vector<std::filesystem::path> write_public_papers(const std::filesystem::path& agenda_file,
                                                       const std::filesystem::path& folder, const PackOptions& options,
                                                       Diagnostics& diags);

}  // namespace docket::pack
