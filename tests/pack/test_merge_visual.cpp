// The visual check: each document alone and the pack are rendered by LibreOffice, rasterised
// at 40 dpi, and every page of each document is compared with its page in the pack. The
// strip at the foot of each page is left out: the pack adds "Page N" footers there.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>

#include "pack/soffice.hpp"
#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

constexpr int kFooterStrip = 40;        // pixels: an inch at 40 dpi, within every bottom margin here
constexpr double kMostDifference = 1.0;  // mean absolute difference per pixel, 0–255

struct Page {
  int width = 0;
  int height = 0;
  std::string pixels;  // 8-bit grey, row by row
};

// pdftoppm -gray writes binary PGM ("P5 W H 255\n" then the pixels).
Page read_pgm(const std::filesystem::path& path) {
  std::string data = test::read_text(path);
  Page page;
  int max = 0;
  int consumed = 0;
  if (std::sscanf(data.c_str(), "P5 %d %d %d%n", &page.width, &page.height, &max, &consumed) != 3) return {};
  page.pixels = data.substr(static_cast<std::size_t>(consumed) + 1);
  return page;
}

std::vector<Page> rasterise(const std::filesystem::path& docx, const std::filesystem::path& dir) {
  auto pdf = dir / (docx.stem().string() + ".pdf");
  pack::convert_to_pdf(docx, pdf);
  auto prefix = dir / docx.stem();
  auto r = test::run_shell("pdftoppm -gray -r 40 " + test::shell_quote(pdf.string()) + " " +
                           test::shell_quote(prefix.string()));
  REQUIRE(r.status == 0);
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.rfind(docx.stem().string() + "-", 0) == 0 && e.path().extension() == ".pgm") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());  // pdftoppm pads page numbers to one width
  std::vector<Page> pages;
  for (const auto& f : files) pages.push_back(read_pgm(f));
  return pages;
}

double difference(const Page& a, const Page& b) {
  if (a.width != b.width || a.height != b.height) return 255;
  const int rows = a.height - kFooterStrip;
  double sum = 0;
  for (std::size_t i = 0; i < static_cast<std::size_t>(rows) * a.width; ++i) {
    sum += std::abs(static_cast<unsigned char>(a.pixels[i]) - static_cast<unsigned char>(b.pixels[i]));
  }
  return sum / (static_cast<double>(rows) * a.width);
}

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
      CHECK(difference(pack_pages.at(start), Page{pack_pages[start].width, pack_pages[start].height,
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
