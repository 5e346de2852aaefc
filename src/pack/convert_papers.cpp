#include "pack/convert_papers.hpp"

#include <string>

#include "pack/soffice.hpp"

namespace docket::pack {

namespace {

// PDF export options as LibreOffice takes them after the filter name: tagged, so that screen
// readers can read the paper's pages in the pack.
std::string pdf_filter(const char* filter) {
  return std::string("pdf:") + filter + ":{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}";
}

}  // namespace

bool converts_to_docx(data::PaperFormat format) {
  return format == data::PaperFormat::doc || format == data::PaperFormat::odt || format == data::PaperFormat::rtf;
}

bool converts_to_pdf(data::PaperFormat format) {
  return format == data::PaperFormat::xlsx || format == data::PaperFormat::ods || format == data::PaperFormat::pptx;
}

void convert_paper(const std::filesystem::path& paper, data::PaperFormat format, const std::filesystem::path& out,
                   std::chrono::seconds timeout) {
  std::string filter = "docx:MS Word 2007 XML";
  if (format == data::PaperFormat::xlsx || format == data::PaperFormat::ods) filter = pdf_filter("calc_pdf_Export");
  if (format == data::PaperFormat::pptx) filter = pdf_filter("impress_pdf_Export");
  convert_with_libreoffice(paper, out, filter, timeout);
}

}  // namespace docket::pack
