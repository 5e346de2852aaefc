#pragma once
// Converting documents with LibreOffice (`soffice --headless`), with a private profile
// folder (so a desktop LibreOffice being open does not matter) and a time limit.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace docket::pack {

struct PdfOptions {
  bool tagged = true;               // tagged PDF, for screen readers (PDF/UA)
  bool bookmarks = true;            // an outline from headings and bookmarks
  bool keep_blank_pages = true;     // keep the blank pages odd-page breaks insert
  std::chrono::seconds timeout{300};
};

/// The soffice program on PATH, or nullopt.
std::optional<std::filesystem::path> find_soffice();

/// Converts a DOCX to PDF, writing `pdf` atomically. Throws IoError when LibreOffice is
/// missing (naming the Debian package), fails, or runs past the time limit.
void convert_to_pdf(const std::filesystem::path& docx, const std::filesystem::path& pdf,
                    const PdfOptions& options = {});

/// Converts `input` with LibreOffice's `--convert-to FILTER` (e.g. "docx:MS Word 2007 XML",
/// "pdf:calc_pdf_Export:{…}"; the part before the first ':' is the output's extension),
/// writing `output` atomically. Throws IoError as convert_to_pdf does.
void convert_with_libreoffice(const std::filesystem::path& input, const std::filesystem::path& output,
                              const std::string& filter, std::chrono::seconds timeout);

}  // namespace docket::pack
