// The visual check: each document alone and the pack are rendered by LibreOffice, rasterised
// at 40 dpi, and every page of each document is compared with its page in the pack. The
// strip at the foot of each page is left out: the pack adds "Page N" footers there.
#include <catch2/catch.hpp>


#include "pack/soffice.hpp"
#include "test_merge_support.hpp"
#include "test_pages.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

constexpr int kFooterStrip = 40;        // pixels: an inch at 40 dpi, within every bottom margin here
constexpr double kMostDifference = 1.0;  // mean absolute difference per pixel, 0–255

std::vector<test::Page> rasterise(const std::filesystem::path& docx, const std::filesystem::path& dir) {
  auto pdf = dir / (docx.stem().string() + ".pdf");
  pack::convert_to_pdf(docx, pdf);
  return test::pdf_pages(pdf, dir, 40);
}

double difference(const test::Page& a, const test::Page& b) { return test::page_difference(a, b, kFooterStrip); }

}  // namespace

TEST_CASE("Every page of each document looks in the pack as it looked alone", "[pack][visual]") {
  if (!test::pdf_tools_present("pdftoppm", "the visual check of merged documents")) return;
  test::ScratchDir dir("merge-visual");
  Diagnostics diags;
  const std::vector<std::string> fixtures = {"report-python-docx.docx", "appendix-libreoffice.docx",
                                             "colliding-styles.docx", "other-theme.docx"};
  std::vector<pack::MergeSource> sources;
  for (const auto& f : fixtures) sources.push_back(test::source(f));
  auto pack = dir / "pack.docx";
  pack::merge_documents(sources, pack, {}, diags);
  auto pack_pages = rasterise(pack, dir.path());
  std::size_t start = 0;  // 0-based index of the document's first page in the pack
  for (const std::string& fixture : fixtures) {
    std::filesystem::copy_file(test::merge_fixture(fixture), dir / fixture);
    auto alone = rasterise(dir / fixture, dir.path());
    REQUIRE(!alone.empty());
    if (start % 2 == 1) {  // the odd-page break left a blank page
      CHECK(difference(pack_pages.at(start), test::Page{pack_pages[start].width, pack_pages[start].height,
                                                  std::string(pack_pages[start].pixels.size(), '\xff')}) < 0.01);
      ++start;
    }
    for (std::size_t page = 0; page < alone.size(); ++page) {
      REQUIRE(start + page < pack_pages.size());
      const double d = difference(alone[page], pack_pages[start + page]);
      CAPTURE(fixture, page + 1, start + page + 1, d);
      CHECK(d < kMostDifference);
    }
    start += alone.size();
  }
  CHECK(pack_pages.size() == start);
}
