#pragma once
// Converting documents with LibreOffice (`soffice --headless`), with a private profile
// folder (so a desktop LibreOffice being open does not matter) and a time limit after which
// LibreOffice and every process it started are ended.
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
  std::optional<std::filesystem::path> soffice;  // the program to run; else find_soffice()'s choice
};

struct ConvertOptions {
  /// LibreOffice's --convert-to argument: the output extension, then the export filter, e.g.
  /// "docx:MS Word 2007 XML" (a .doc to .docx) or "pdf:calc_pdf_Export" (a spreadsheet to PDF).
  std::string to;
  std::chrono::seconds timeout{300};
  std::optional<std::filesystem::path> soffice;  // the program to run; else find_soffice()'s choice
};

/// The LibreOffice program to run: `chosen` when given (the command line's --soffice), else
/// $DOCKET_SOFFICE, else `soffice` or `libreoffice` on PATH, else LibreOffice's usual install
/// places. Returns nullopt when there is none; throws IoError when `chosen` or DOCKET_SOFFICE
/// names a file that is not an executable program.
std::optional<std::filesystem::path> find_soffice(const std::optional<std::filesystem::path>& chosen = std::nullopt);

/// A program on PATH (name.exe on Windows), or nullopt.
std::optional<std::filesystem::path> find_on_path(const std::string& name);

struct RunName {
  std::string program;  // "LibreOffice", "pdftoppm": for messages
  std::string hint;     // what to do when it cannot be started
};

/// Runs `program` with `args`, its output and errors going to `log`, waiting at most `timeout`;
/// returns its exit status (128 + N when signal N ended it, as a shell says), or nullopt when
/// it ran past the limit. Its process tree is ended either way. Throws IoError when it cannot be started.
std::optional<int> run_program(const std::filesystem::path& program, const std::vector<std::string>& args,
                               const std::filesystem::path& log, std::chrono::seconds timeout, const RunName& name);

/// Converts a DOCX to PDF, writing `pdf` atomically. Throws IoError when LibreOffice is
/// missing (naming the Debian package), fails, or runs past the time limit.
void convert_to_pdf(const std::filesystem::path& docx, const std::filesystem::path& pdf,
                    const PdfOptions& options = {});

/// Converts `input` to `output` (written atomically) as `options.to` says. Throws IoError as
/// convert_to_pdf does.
void convert_document(const std::filesystem::path& input, const std::filesystem::path& output,
                      const ConvertOptions& options);

}  // namespace docket::pack
