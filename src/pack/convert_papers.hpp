#pragma once
// Papers in other formats made into the two a pack holds, with LibreOffice: .doc, .odt and
// .rtf become Word documents (merged like any other), .xlsx, .ods and .pptx become PDFs
// (PDF papers). Each conversion runs with a private profile and a time limit.
#include <chrono>
#include <filesystem>
#include <optional>

#include "data/paper_file.hpp"

namespace docket::pack {

/// Whether a paper of this format is converted to a Word document (doc, odt, rtf).
bool converts_to_docx(data::PaperFormat format);
/// Whether a paper of this format is converted to a PDF (xlsx, ods, pptx).
bool converts_to_pdf(data::PaperFormat format);

/// Converts `paper` into `out` (a .docx or .pdf, as the format converts to) with `soffice`
/// (else find_soffice()'s choice). Throws IoError when LibreOffice is missing, fails or runs
/// past `timeout`.
void convert_paper(const std::filesystem::path& paper, data::PaperFormat format, const std::filesystem::path& out,
                   const std::optional<std::filesystem::path>& soffice = std::nullopt,
                   std::chrono::seconds timeout = std::chrono::seconds{180});

}  // namespace docket::pack
