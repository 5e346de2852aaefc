#pragma once
// Pages of a PDF as pictures, for comparing a document alone with its pages in a pack.
#include <filesystem>
#include <string>
#include <vector>

namespace docket::test {

struct Page {
  int width = 0;
  int height = 0;
  std::string pixels;  // 8-bit grey, row by row
};

/// Pages first..last (1-based; last 0: to the end) of a PDF, in grey at `dpi`, through
/// pdftoppm; `scratch` holds the picture files while they are read.
std::vector<Page> pdf_pages(const std::filesystem::path& pdf, const std::filesystem::path& scratch, int dpi,
                            int first = 1, int last = 0);
/// Mean absolute difference per pixel (0–255) over each page but its `footer_rows` bottom rows
/// (255 when the sizes differ).
double page_difference(const Page& a, const Page& b, int footer_rows);
/// Whether a page is white all over.
bool blank(const Page& page);

}  // namespace docket::test
