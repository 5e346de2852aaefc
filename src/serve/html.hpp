#pragma once
// Writing HTML: escaping, and the page frame every view shares (council name as the
// service header, GOV.UK Frontend's styles, no crown, no logotype, no GDS Transport).
#include <string>
#include <string_view>
#include <vector>

namespace docket::serve {

/// Escapes & < > " ' for text and attribute values.
std::string esc(std::string_view text);

struct Crumb {
  std::string label;
  std::string href;  // empty: the current page
};

struct Page {
  std::string title;             // <title> and, usually, the h1
  std::string council;           // shown in the header ("docket" when unknown)
  std::vector<Crumb> crumbs;     // breadcrumbs above the content
  std::string body;              // the content of <main>
  bool wide = false;             // full-width layout (previews, tables)
  bool has_errors = false;       // "Error: " before the title, as GOV.UK does
  bool sign_out = false;         // a "Sign out" link in the header (serving with accounts)
  int refresh = 0;               // seconds: reload the page, only without JavaScript (with it,
                                 // live.js follows the job and reloads once, when it is done)
};

/// The whole document for a page.
std::string render_page(const Page& page);

/// A GOV.UK error summary ("There is a problem") for these entries; "" when there are none.
struct SummaryEntry {
  std::string text;
  std::string href;  // "#field-id" or a URL
};
std::string error_summary(const std::vector<SummaryEntry>& entries, std::string_view title = "There is a problem");

/// A GOV.UK notification banner (success or information).
std::string notification(std::string_view heading, std::string_view body_html, bool success);

/// A hidden input.
std::string hidden(std::string_view name, std::string_view value);

/// A GOV.UK button (<button>); `secondary`/`warning` styles; name/value when given.
std::string button(std::string_view label, std::string_view name = {}, std::string_view value = {},
                   std::string_view style = {});

/// What a browser would send for a page's form: every named input (text and hidden; radios
/// and checkboxes when checked), textarea and selected option, in page order. For clients
/// that drive the editor without a browser (the benchmark, tests).
std::vector<std::pair<std::string, std::string>> form_values(const std::string& html);

/// HTML's character references for & < > " ' back to text.
std::string unescape(std::string text);

}  // namespace docket::serve
