// A PDF paper through the pack's PDF path: counted and cleaned for a public pack as
// prepare_documents does, then its pages put in place of the stand-in pages of a pack PDF
// (a fixture PDF stands for the pack LibreOffice would write) as `pack --pdf` does.
#include <algorithm>

#include "fuzz_support.hpp"
#include "pack/pdf_papers.hpp"
#include "papers/pdf_clean.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  namespace fz = docket::fuzz;
  static const auto pack = fz::fixtures() / "papers/pcc-city-market-appendix-c-site-plan.pdf";
  static const int pack_pages = docket::pack::pdf_paper_pages(pack);
  const auto paper = fz::scratch() / "paper.pdf";
  const auto cleaned = fz::scratch() / "clean.pdf";
  fz::write_file(paper, {reinterpret_cast<const char*>(bytes), size});
  fz::answer([&] {
    docket::Diagnostics diags;
    const int pages = docket::pack::pdf_paper_pages(paper);
    if (!docket::papers::clean_pdf(paper, cleaned, "item 1 Appendix A", diags)) return;
    docket::pack::insert_pdf_papers(pack,
                                    {{.pdf = cleaned, .first_page = 1, .pages = std::min(pages, pack_pages),
                                      .title = "Appendix A – Plan", .label = "item 1 Appendix A", .banner = "EXEMPT"}},
                                    {.lead = "Fuzz, 1 January 2024"}, fz::scratch() / "pack.pdf", diags);
  });
  return 0;
}
