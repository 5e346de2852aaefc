#pragma once
// The papers an agenda names, as files: which format each is, by its name and by its content,
// and whether docket can use it (not encrypted or password-protected, not damaged, what its
// name says it is). `docket validate` and `pack` check every paper this way before any work.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace docket::data {

enum class PaperFormat { docx, pdf, doc, odt, rtf, xlsx, ods, pptx, png, jpeg, unknown };

/// The format a file's extension names (case-insensitive: ".PDF" is a PDF), or unknown.
PaperFormat format_by_name(const std::filesystem::path& file);
/// The format of these first bytes of a file, as far as they tell without reading further
/// (a zip package is `docx` here: check_paper tells its kinds apart), or unknown.
PaperFormat format_by_content(std::string_view head);
/// "a Word document (DOCX)", "a PDF", "an Excel spreadsheet (XLSX)", … for messages.
std::string_view format_description(PaperFormat format);
/// Word documents go into the pack as they are; other formats are converted (see pack/).
bool is_image(PaperFormat format);

/// Why a paper cannot be used, to complete "appendix B of item 6 names papers/x.pdf, which …".
struct PaperProblem {
  std::string reason;  // e.g. "is a password-protected PDF"
  std::string hint;    // what to do
  std::string code;    // e.g. "paper-encrypted"
  bool warning = false;  // usable, but the clerk should look (a PDF qpdf had to repair)
};

/// Checks a paper's content against its name and reads it far enough to know docket can use
/// it: a PDF is parsed and every stream decoded by qpdf, a zip package's directory read, an
/// image's header. Returns the problem, or nullopt. Throws UnsafeInput when a package or PDF
/// is hostile or over a limit.
std::optional<PaperProblem> check_paper(const std::filesystem::path& file);

struct ImageSize {
  int width = 0;   // pixels
  int height = 0;
  double dpi = 0;  // 0 when the image does not say
};

/// The size of a PNG or JPEG image from its bytes, or nullopt when they are not a readable one.
std::optional<ImageSize> image_size(std::string_view bytes, PaperFormat format);

}  // namespace docket::data
