#include "pack/report_pdf.hpp"

#include <string>
#include <vector>

#include "ooxml/package.hpp"
#include "ooxml/table_of_contents.hpp"
#include "pack/pdf_finish.hpp"
#include "support/atomic_file.hpp"
#include "support/diagnostic.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "support/temp_folder.hpp"
#include "xml/serialize.hpp"

namespace docket::pack {

void convert_report_to_pdf(const std::filesystem::path& docx, const std::filesystem::path& pdf,
                           const PdfOptions& options) {
  TempFolder work("docket-report-pdf");
  std::vector<std::string> targets;
  Diagnostics diags;
  {
    auto package = ooxml::Package::open(docx);
    const std::string main = package.main_document();
    auto doc = package.parse_part(main, diags);
    if (doc) targets = ooxml::page_reference_targets(doc->root());
    if (!targets.empty()) {
      convert_to_pdf(docx, work.path() / "measure.pdf", options);
      const auto pages = pdf_bookmark_pages(work.path() / "measure.pdf", targets);
      if (ooxml::set_page_references(doc->root(), pages) > 0) {
        package.replace(main, xml::part_text(doc->root()));
        if (!package.write(work.path() / "paged.docx")) throw IoError("could not write the paged copy of " + docx.string());
      }
    }
  }
  if (std::filesystem::exists(work.path() / "paged.docx")) {
    AtomicFile target(docx);
    target.write(read_file(work.path() / "paged.docx", 1ull << 31));
    target.commit();
  }
  convert_to_pdf(docx, pdf, options);
}

}  // namespace docket::pack
