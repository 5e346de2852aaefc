#pragma once
// A rendered report converted to PDF with its page references current. LibreOffice keeps a
// table of contents' entries as the DOCX gives them, so their page numbers are measured: the
// report is laid out once, the pages its PAGEREF fields point to are read from the PDF's
// destinations and written into the DOCX, and it is converted again.
#include <filesystem>

#include "pack/soffice.hpp"

namespace docket::pack {

/// Converts `docx` to `pdf` (atomically). When the main document has PAGEREF fields, `docx`
/// is rewritten (atomically) with the pages LibreOffice laid them out on, before the final
/// conversion. Throws IoError as convert_to_pdf does.
void convert_report_to_pdf(const std::filesystem::path& docx, const std::filesystem::path& pdf,
                           const PdfOptions& options = {});

}  // namespace docket::pack
