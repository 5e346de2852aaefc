#pragma once
// Helpers shared by the tests: paths into the source tree, a scratch folder per test, running
// the docket binary, and the external validator.
#include <filesystem>
#include <string>

namespace docket::test {

/// A file under the source tree, e.g. source_path("fixtures/reports/x.xml").
std::filesystem::path source_path(const std::string& relative);

/// A fresh empty folder for one test, removed when the object goes out of scope.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name);
  ~ScratchDir();
  const std::filesystem::path& path() const noexcept { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

/// Runs the docket binary with `args` (a shell-quoted string), with stdin from `input`
/// (empty: /dev/null). Captures both streams.
RunResult run_docket(const std::string& args, const std::string& input_file = {});
/// Runs a shell command and captures its output.
RunResult run_shell(const std::string& command);

/// Single-quotes a string for the shell.
std::string shell_quote(const std::string& s);

/// The ooxml-validate tool from ../shared, or empty when it is absent.
std::filesystem::path ooxml_validator();
/// Runs ooxml-validate on `docx`; returns its output, empty when valid. When the validator
/// is absent the check is skipped with a message (WARN) and "" is returned.
std::string ooxml_problems(const std::filesystem::path& docx);

/// A PDF rewritten as qpdf --qdf --object-streams=disable writes it: every stream decompressed,
/// so that text planted anywhere in the file can be searched for.
std::string qdf_text(const std::filesystem::path& pdf);
/// Whether such text holds `marker` (ASCII) however a PDF string writes it: as it is, or in
/// hex, as bytes or as UTF-16 (as LibreOffice writes document information and comments).
bool pdf_holds(const std::string& qdf, const std::string& marker);

std::string read_text(const std::filesystem::path& path);
void write_text(const std::filesystem::path& path, const std::string& text);

}  // namespace docket::test
