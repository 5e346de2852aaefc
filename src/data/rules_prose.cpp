// Accessibility of the prose (domain notes §5.2–5.3): links must have a real target and text
// that makes sense out of context (WCAG 2.4.4), and tables a header row (WCAG 1.3.1).
#include <algorithm>
#include <array>

#include "data/detail/rules_context.hpp"
#include "data/detail/rules_values.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

// Screen-reader users often list a page's links on their own, where these say nothing.
constexpr std::array<std::string_view, 7> kMeaninglessLinkText = {
    "click here", "here", "this link", "link", "read more", "more", "this"};

// The link text as a reader would compare it: spaces collapsed, lower case, without the
// punctuation, quotes or arrows around it ("Click here." is "click here", "Read more…" and
// "More »" are "read more" and "more").
std::string comparable(std::string_view text) {
  std::string s = ascii_lower(collapse_spaces(text));
  constexpr std::array<std::string_view, 18> edges = {
      ".", ",", ":", ";", "!", "?", "'", "\"", "(", ")", "[", "]", " ",
      "\u2026", "\u00BB", "\u203A", "\u2192", "\u00A0"};
  for (bool trimmed = true; trimmed && !s.empty();) {
    trimmed = false;
    for (auto edge : edges) {
      if (s.starts_with(edge)) {
        s.erase(0, edge.size());
        trimmed = true;
      }
      if (s.ends_with(edge)) {
        s.erase(s.size() - edge.size());
        trimmed = true;
      }
    }
  }
  return s;
}

void check_link(RuleContext& rules, const xmlNode* link) {
  const std::string href = token_attribute(link, "href").value_or("");
  const std::string text = collapse_spaces(xml::text(link));
  const std::string shown = text.empty() ? "the link to " + href : "the link " + in_quotes(text);
  if (href.empty() || href == "#") {
    rules.error(link,
                text.empty() ? std::string("a link has no text and no target")
                             : "the link " + in_quotes(text) + " has " +
                                   (href.empty() ? "an empty target" : "\u201C#\u201D as its target"),
                "put the real address in href (https://\u2026); if there is none, remove the link "
                "and keep its text",
                "rule.link-target");
    if (text.empty()) return;  // one diagnostic says it all
  }
  const std::string words = comparable(text);
  const bool meaningless =
      words.empty() || std::find(kMeaninglessLinkText.begin(), kMeaninglessLinkText.end(), words) !=
                           kMeaninglessLinkText.end();
  if (!meaningless) return;
  rules.error(link,
              text.empty() ? shown + " has no text"
                           : "the link text " + in_quotes(text) + " means nothing out of context",
              "say where the link goes, e.g. the title of the page or document "
              "(\u201CCorporate Strategy 2022\u201325\u201D); screen-reader users often hear "
              "links on their own",
              "rule.link-text");
}

void check_table(RuleContext& rules, const xmlNode* table) {
  const xmlNode* first_row = xml::child(table, "tr");
  if (first_row == nullptr || xml::child(first_row, "th") != nullptr) return;
  rules.error(table, "this table has no header row: its first row has no <th> cells",
              "make the first row the header row by writing its cells as <th>; Word repeats it "
              "on every page and screen readers announce it with each cell",
              "rule.table-header");
}

}  // namespace

void check_prose(RuleContext& rules) {
  for (const xmlNode* link : xml::descendants(rules.root(), "a")) check_link(rules, link);
  // A background paper's link is the same kind of link and is read the same way.
  for (const xmlNode* link : xml::descendants(rules.root(), "link")) check_link(rules, link);
  for (const xmlNode* table : xml::descendants(rules.root(), "table")) check_table(rules, table);
}

}  // namespace docket::data::detail
