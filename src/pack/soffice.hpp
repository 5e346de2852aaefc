#pragma once
// Converting documents with LibreOffice (`soffice --headless`), with a private profile
// folder (so a desktop LibreOffice being open does not matter) and a time limit.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace docket::pack {

struct PdfOptions {
  bool tagged = true;               // tagged PDF, for screen readers (PDF/UA)
  bool bookmarks = true;            // an outline from headings and bookmarks
  bool keep_blank_pages = true;     // keep the blank pages odd-page breaks insert
  std::chrono::seconds timeout{300};
};

/// Runs a program (found on PATH) with its output going to `log`, waiting at most `timeout`;
/// returns its exit status, -1 when it ran out of time (it is then killed with its children).
int run_program(const std::vector<std::string>& args, const std::filesystem::path& log, std::chrono::seconds timeout);

/// The soffice program on PATH, or nullopt.
std::optional<std::filesystem::path> find_soffice();

/// Converts a DOCX to PDF, writing `pdf` atomically. Throws IoError when LibreOffice is
/// missing (naming the Debian package), fails, or runs past the time limit.
void convert_to_pdf(const std::filesystem::path& docx, const std::filesystem::path& pdf,
                    const PdfOptions& options = {});

}  // namespace docket::pack
