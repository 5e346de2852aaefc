#pragma once
// PDF papers in the PDF pack. LibreOffice lays the pack out with stand-in pages in each PDF
// paper's place (paper_pages.hpp), so that page numbers, odd-page starts and the front
// sheet count the paper's pages; then each paper's own pages replace its stand-ins, keeping
// their size and orientation, stamped with the pack's page line (and the NOT FOR
// PUBLICATION banner for an exempt paper in a members' pack), their tags carried over.
#include <filesystem>
#include <string>
#include <vector>

#include "pack/pack_footer.hpp"
#include "support/diagnostic.hpp"

namespace docket::pack {

struct PdfPaperPlace {
  std::filesystem::path pdf;  // the paper, cleaned for a public pack
  int first_page = 1;         // its first stand-in page in the pack (1-based)
  int pages = 0;              // its page count = the number of stand-in pages
  std::string title;          // "Appendix C – Site Plan": its section in the tags, its pages' description
  std::string label;          // "item 6 Appendix C", for messages
  std::string banner;         // for every page, or empty
};

/// The number of pages of a PDF paper. Throws IoError when it cannot be read.
int pdf_paper_pages(const std::filesystem::path& pdf);

/// Writes `out`: `pack` with each paper's pages in place of its stand-ins. Throws IoError when
/// a file cannot be read or the stand-ins are not where `places` says. A paper without tags
/// gets one warning: screen readers get only its title for each page.
/// Each of the paper's pages carries `footer`'s line, numbered in the pack.
void insert_pdf_papers(const std::filesystem::path& pack, const std::vector<PdfPaperPlace>& places,
                       const PackFooter& footer, const std::filesystem::path& out, Diagnostics& diags);

}  // namespace docket::pack
