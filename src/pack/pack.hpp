#pragma once
/// Building an agenda pack: the front sheet, then every item's papers in agenda order, each
/// starting on an odd page, page numbers running on; exempt papers withheld from a public pack
/// (a notice in their place) and marked NOT FOR PUBLICATION in a members' pack.
///
/// Example:
///   Diagnostics diags;
///   pack::build_pack("agenda.xml", "pack.docx", {.pdf = "pack.pdf"}, diags);
#include <filesystem>
#include <optional>

#include "format/filter.hpp"
#include "pack/documents.hpp"
#include "pack/progress.hpp"
#include "support/diagnostic.hpp"

namespace docket::pack {

struct PackOptions {
  Audience audience = Audience::public_pack;
  std::optional<std::filesystem::path> pdf;  // also a PDF, through LibreOffice
  bool allow_outside = false;                // papers may live outside the agenda's folder
  format::Locale locale{"en-GB"};
  PackProgress progress;                         // told as each step begins; may be empty
  std::optional<std::filesystem::path> soffice;  // LibreOffice's program for --pdf (pack/soffice.hpp)
};

/// Builds the pack into `target` (a .docx). Every problem found goes to `diags`; nothing is
/// written when there is an error. Returns whether the pack was written.
bool build_pack(const std::filesystem::path& agenda_file, const std::filesystem::path& target,
                const PackOptions& options, Diagnostics& diags);

}  // namespace docket::pack
