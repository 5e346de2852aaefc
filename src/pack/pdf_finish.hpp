#pragma once
// PDF work done with qpdf (a well-kept library; reading and rewriting PDF object trees is not
// code docket should own): counting pages, finding where bookmarks landed, and giving a pack its outline — one entry per
// item, its appendices beneath — in place of the headings LibreOffice exports.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace docket::pack {

/// The number of pages of a PDF. Throws IoError when it cannot be read.
int pdf_page_count(const std::filesystem::path& pdf);

/// The page (1-based) of each named destination of a PDF that LibreOffice wrote with
/// bookmarks exported as destinations, for the bookmarks named (those not found are left out).
/// Throws IoError when it cannot be read.
std::map<std::string, int> pdf_bookmark_pages(const std::filesystem::path& pdf, const std::vector<std::string>& names);

struct OutlineEntry {
  std::string title;
  int page = 1;  // 1-based
  std::vector<OutlineEntry> children;
};

/// Rewrites `in` to `out` (atomically) with this outline, the outline shown on opening, and
/// no creation or modification dates, so the same pack gives the same file.
void finish_pdf(const std::filesystem::path& in, const std::filesystem::path& out,
                const std::vector<OutlineEntry>& outline);

}  // namespace docket::pack
