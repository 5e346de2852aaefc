// A tagged PDF paper put into a PDF pack (insert_pdf_papers) when its structure names an object
// that calls itself a page tree node (/Type /Pages): qpdf 11.3 copied one into the pack as an
// empty handle, and freeing the pack then crashed docket (found by fuzz/pdf_paper).
#include <catch2/catch.hpp>

#include "data/pdf_file.hpp"  // first: qpdf's PointerHolder mode

#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "pack/pdf_papers.hpp"
#include "papers/pdf_clean.hpp"
#include "pdf_pack_checks.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

const auto kSitePlan = test::source_path("fixtures/papers/pcc-city-market-appendix-c-site-plan.pdf");

// The site plan (tagged, two pages) with its page tree node added to the structure elements
// that the parent tree gives for the first page's marked content.
void write_paper_naming_its_page_tree(const std::filesystem::path& out) {
  QPDF q;
  q.processFile(kSitePlan.c_str());
  auto page_tree = q.getRoot().getKey("/Pages");
  QPDFNumberTreeObjectHelper tree(q.getRoot().getKey("/StructTreeRoot").getKey("/ParentTree"), q);
  QPDFObjectHandle first;
  REQUIRE(tree.findObject(0, first));
  REQUIRE(first.isArray());
  first.appendItem(page_tree);
  QPDFWriter w(q, out.c_str());
  w.setDeterministicID(true);
  w.write();
}

// The paper's pages in place of the site plan's own (the plan stands for the pack), as `pack
// --pdf` puts them after cleaning the paper for a public pack.
void place_in_pack(const std::filesystem::path& paper, const std::filesystem::path& out, Diagnostics& diags) {
  test::ScratchDir dir("pdf-papers-clean");
  const auto cleaned = dir / "clean.pdf";
  REQUIRE(papers::clean_pdf(paper, cleaned, "item 1 Appendix A", diags));
  pack::insert_pdf_papers(kSitePlan,
                          {{.pdf = cleaned, .first_page = 1, .pages = pack::pdf_paper_pages(paper),
                            .title = "Appendix A – Plan", .label = "item 1 Appendix A", .banner = "EXEMPT"}},
                          {.lead = "Cabinet, 18 December 2023"}, out, diags);
}

}  // namespace

TEST_CASE("A tagged PDF paper whose parent tree names its page tree node goes into the pack", "[pack]") {
  test::ScratchDir dir("pdf-papers-page-tree");
  const auto paper = dir / "paper.pdf";
  const auto out = dir / "pack.pdf";
  write_paper_naming_its_page_tree(paper);
  Diagnostics diags;
  place_in_pack(paper, out, diags);
  CHECK(pack::pdf_paper_pages(out) == 2);
  CHECK(test::tags_of(out).tagged);
  CHECK(test::tags_of(out).sections == std::vector<std::string>{"Appendix A – Plan"});
  CHECK(diags.error_count() == 0);
}

TEST_CASE("The fuzzer's PDF paper whose parent tree names a page tree node goes into the pack", "[pack]") {
  test::ScratchDir dir("pdf-papers-fuzz");
  const auto paper = test::source_path("fixtures/fuzz/pdf-paper-pages-in-parent-tree.pdf");
  const auto out = dir / "pack.pdf";
  Diagnostics diags;
  place_in_pack(paper, out, diags);
  CHECK(pack::pdf_paper_pages(out) == 2);
  CHECK(diags.error_count() == 0);
}
