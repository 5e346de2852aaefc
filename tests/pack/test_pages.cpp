#include "test_pages.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "test_support.hpp"

namespace docket::test {

namespace {

// pdftoppm -gray writes binary PGM ("P5 W H 255\n" then the pixels).
Page read_pgm(const std::filesystem::path& path) {
  std::string data = read_text(path);
  Page page;
  int max = 0;
  int consumed = 0;
  if (std::sscanf(data.c_str(), "P5 %d %d %d%n", &page.width, &page.height, &max, &consumed) != 3) return {};
  page.pixels = data.substr(static_cast<std::size_t>(consumed) + 1);
  return page;
}

}  // namespace

std::vector<Page> pdf_pages(const std::filesystem::path& pdf, const std::filesystem::path& scratch, int dpi,
                            int first, int last) {
  const auto prefix = scratch / ("page-" + pdf.stem().string());
  std::string range = " -f " + std::to_string(first) + (last > 0 ? " -l " + std::to_string(last) : "");
  run_shell("pdftoppm -gray -r " + std::to_string(dpi) + range + " " + shell_quote(pdf.string()) + " " +
            shell_quote(prefix.string()));
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(scratch)) {
    const std::string name = e.path().filename().string();
    if (name.rfind(prefix.filename().string() + "-", 0) == 0 && e.path().extension() == ".pgm") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());  // pdftoppm pads page numbers to one width
  std::vector<Page> pages;
  for (const auto& f : files) {
    pages.push_back(read_pgm(f));
    std::filesystem::remove(f);
  }
  return pages;
}

double page_difference(const Page& a, const Page& b, int footer_rows) {
  if (a.width != b.width || a.height != b.height) return 255;
  const int rows = a.height - footer_rows;
  double sum = 0;
  for (std::size_t i = 0; i < static_cast<std::size_t>(rows) * a.width; ++i) {
    sum += std::abs(static_cast<unsigned char>(a.pixels[i]) - static_cast<unsigned char>(b.pixels[i]));
  }
  return sum / (static_cast<double>(rows) * a.width);
}

bool blank(const Page& page) {
  return std::all_of(page.pixels.begin(), page.pixels.end(), [](char c) { return c == '\xff'; });
}

}  // namespace docket::test
