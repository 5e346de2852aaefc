#pragma once
// Reading a built PDF pack in the pack tests: a page's text (pdftotext), its size and
// rotation, the outline with the page each entry opens, and the tags' integrity.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace docket::test {

/// Writes `from` again as qpdf does with object streams and recompressed streams: a PDF
/// rewritten by another tool than the one that made it.
void rewrite_with_object_streams(const std::filesystem::path& from, const std::filesystem::path& to);

/// The text of one page (1-based), laid out as pdftotext -layout does.
std::string page_text(const std::filesystem::path& pdf, int page);

struct PageSize {
  double width = 0;  // as shown, after /Rotate
  double height = 0;
  int rotate = 0;
};
PageSize page_size(const std::filesystem::path& pdf, int page);

struct OutlineItem {
  std::string title;
  int page = 0;
  std::vector<OutlineItem> children;
};
std::vector<OutlineItem> outline_of(const std::filesystem::path& pdf);

struct Tags {
  bool tagged = false;                  // a StructTreeRoot and MarkInfo
  std::vector<std::string> problems;    // tags on pages not in the document, pages without parent-tree entries
  std::vector<std::string> sections;    // the titles of Sect elements, in order
  std::vector<std::string> figures;     // the alternative texts of Figure elements, in order
};
Tags tags_of(const std::filesystem::path& pdf);

/// A line of a page: its words (pdftotext -bbox) that share one lower edge, left to right,
/// joined by single spaces, and how far its centre lies right of the page's centre, in points.
struct PageLine {
  std::string text;
  double centre_offset = 0;
};
/// The lines of each page, top to bottom.
std::vector<std::vector<PageLine>> page_lines(const std::filesystem::path& pdf);

/// Where ink lies in the bottom `strip` points of a page (rendered at 144 dpi): the lowest
/// and highest inked rows, in points above the foot of the page; {0, 0} when none.
std::pair<double, double> ink_above_foot(const std::filesystem::path& pdf, int page, double strip);

/// The names of the fonts the pages use that are not embedded (PDF/UA wants every font embedded).
std::vector<std::string> fonts_not_embedded(const std::filesystem::path& pdf);

}  // namespace docket::test
