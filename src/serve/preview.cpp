#include "serve/preview.hpp"

#include <algorithm>

#include "pack/report_pdf.hpp"
#include "pack/soffice.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "template/render_file.hpp"

namespace docket::serve {

namespace fs = std::filesystem;

namespace {

void write_file(const fs::path& target, std::string_view bytes) {
  AtomicFile out(target);
  out.write(bytes);
  out.commit();
}

}  // namespace

std::string preview_key(const PreviewInput& in) {
  std::string all = content_hash(in.data_text) + content_hash(read_file(in.template_file, 64u << 20));
  if (in.scheme_file) all += content_hash(read_file(*in.scheme_file, 16u << 20));
  all += version();
  return content_hash(all);
}

fs::path preview_folder(const Workspace& ws, const std::string& key) {
  return ws.state_file("cache/preview/" + key);
}

std::vector<std::string> preview_pages(const Workspace& ws, const std::string& key) {
  const fs::path folder = preview_folder(ws, key);
  std::error_code ec;
  if (!fs::is_regular_file(folder / "done", ec)) return {};
  std::vector<std::string> pages;
  for (const auto& e : fs::directory_iterator(folder, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("page-", 0) == 0 && e.path().extension() == ".png") pages.push_back(name);
  }
  // pdftoppm pads page numbers to the width of the last one, so names sort as numbers do.
  std::sort(pages.begin(), pages.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  return pages;
}

std::string make_preview(const Workspace& ws, const PreviewInput& in, const std::string& key,
                         xml::SchemaCache& schemas, const Progress& progress) {
  const fs::path folder = preview_folder(ws, key);
  if (!preview_pages(ws, key).empty()) return key;
  fs::create_directories(folder);
  progress(10, "Filling the template");
  // The saved data is rendered from a copy beside the original, so that a save during the
  // job does not change what this preview shows, and relative references still resolve.
  const fs::path copy = in.data_file.parent_path() / (".preview-" + key + ".xml");
  write_file(copy, in.data_text);
  Diagnostics diags;
  tmpl::RenderFileOptions options{.draft = true};
  options.validate.scheme = in.scheme_file;
  tmpl::RenderFileResult rendered;
  try {
    rendered = tmpl::render_file(in.template_file, copy, folder / "report.docx", options, schemas, diags);
  } catch (...) {
    std::error_code ec;
    fs::remove(copy, ec);
    throw;
  }
  std::error_code ec;
  fs::remove(copy, ec);
  if (!rendered.written) {
    throw InvalidInput("the report could not be filled into its template: the file is not well-formed",
                       "open the report and fix the problems listed there");
  }
  progress(35, "Making the PDF with LibreOffice");
  pack::convert_report_to_pdf(folder / "report.docx", folder / "report.pdf");  // contents with their pages
  progress(80, "Making pictures of the pages");
  const std::string poppler = "install the Debian package poppler-utils";
  const auto pdftoppm = pack::find_on_path("pdftoppm");
  if (!pdftoppm) throw IoError("pdftoppm is not installed", poppler);
  const auto status = pack::run_program(*pdftoppm, {"-png", "-r", "60", (folder / "report.pdf").string(), (folder / "page").string()},
                                        folder / "pdftoppm.log", std::chrono::seconds(120), {"pdftoppm", poppler});
  if (status != 0) {
    throw IoError(status ? "pdftoppm could not read the PDF" : "pdftoppm did not finish within 120 seconds",
                  "see " + (folder / "pdftoppm.log").string());
  }
  write_file(folder / "done", "");
  return key;
}

}  // namespace docket::serve
