// Accessibility of prose: link targets, link text and table header rows.
#include "test_rules_support.hpp"

using namespace docket::data::test;

namespace {

std::string section(const std::string& blocks) {
  return "<section><heading>Background</heading>" + blocks + "</section>";
}

// The report body holding one paragraph with this link.
std::string with_link(const std::string& link) { return section("<p>See the " + link + ".</p>"); }

long column_of(const std::string& body, const std::string& element) {
  return 3 + static_cast<long>(body.find(element));
}

}  // namespace

TEST_CASE("A link whose target is # or empty is an error at the link", "[data]") {
  SECTION("#") {
    const std::string body = with_link(R"(<a href="#">Corporate Strategy</a>)");
    auto d = only(validate_text(report_xml({.body = body})), "rule.link-target");
    CHECK(d.severity == docket::Severity::error);
    CHECK(d.line == kBodyLine);
    CHECK(d.column == column_of(body, "<a "));
    CHECK(d.message == "the link “Corporate Strategy” has “#” as its target");
    CHECK(d.hint == "put the real address in href (https://…); if there is none, remove the link and keep its text");
  }
  SECTION("empty or spaces") {
    auto d = only(validate_text(report_xml({.body = with_link(R"(<a href=" ">Corporate Strategy</a>)")})), "rule.link-target");
    CHECK(d.message == "the link “Corporate Strategy” has an empty target");
  }
  SECTION("no text and no target") {
    auto d = only(validate_text(report_xml({.body = with_link(R"(<a href=""/>)")})), "rule.link-target");
    CHECK(d.message == "a link has no text and no target");
  }
}

TEST_CASE("Link text that means nothing out of context is an error", "[data]") {
  const std::string body = with_link(R"(<a href="https://www.example.gov.uk/strategy">click here</a>)");
  auto d = only(validate_text(report_xml({.body = body})), "rule.link-text");
  CHECK(d.line == kBodyLine);
  CHECK(d.column == column_of(body, "<a "));
  CHECK(d.message == "the link text “click here” means nothing out of context");
  CHECK(d.hint == "say where the link goes, e.g. the title of the page or document (“Corporate Strategy "
                  "2022–25”); screen-reader users often hear links on their own");
  for (const char* text : {"Here", "this link", "Link", "Read more…", "More »", "this", "<b>Click</b> here."}) {
    CAPTURE(text);
    CHECK(count_of(validate_text(report_xml({.body = with_link(std::string("<a href=\"https://x.example/\">") + text + "</a>")})),
                   "rule.link-text") == 1);
  }
}

TEST_CASE("A link's address as its text, or a title, is fine", "[data]") {
  CHECK(validate_text(report_xml({.body = with_link(R"(<a href="https://www.example.gov.uk/">https://www.example.gov.uk/</a>)")})).empty());
  CHECK(validate_text(report_xml({.body = with_link(R"(<a href="https://www.example.gov.uk/">Corporate Strategy 2022–25</a>)")})).empty());
}

TEST_CASE("A link without text is an error, and a bad link can break both rules", "[data]") {
  auto d = only(validate_text(report_xml({.body = with_link(R"(<a href="https://x.example/"/>)")})), "rule.link-text");
  CHECK(d.message == "the link to https://x.example/ has no text");
  auto diags = validate_text(report_xml({.body = with_link(R"(<a href="#">here</a>)")}));
  CHECK(count_of(diags, "rule.link-target") == 1);
  CHECK(count_of(diags, "rule.link-text") == 1);
}

TEST_CASE("Background paper links and an agenda's summons text are checked like prose links", "[data]") {
  auto paper = only(validate_text(report_xml({.background = "<backgroundPapers><paper><title>Strategy</title>"
                                                            "<link href=\"#\">Corporate Strategy</link></paper></backgroundPapers>"})),
                    "rule.link-target");
  CHECK(paper.line == kBodyLine + 1);
  CHECK(paper.message == "the link “Corporate Strategy” has “#” as its target");
  auto note = only(validate_text(agenda_xml({.notices = "<summons issueDate=\"2023-12-01\"><issuedBy><post>Chief Executive</post></issuedBy>"
                                                        "<text><p><a href=\"https://x.example/\">read more</a></p></text></summons>"})),
                   "rule.link-text");
  CHECK(note.line == kNoticeLine);
}

TEST_CASE("A table whose first row has no th cells is an error at the table", "[data]") {
  const std::string body = section("<table><tr><td>Green</td><td>3</td></tr><tr><td>Red</td><td>1</td></tr></table>");
  auto d = only(validate_text(report_xml({.body = body})), "rule.table-header");
  CHECK(d.line == kBodyLine);
  CHECK(d.column == column_of(body, "<table"));
  CHECK(d.message == "this table has no header row: its first row has no <th> cells");
  CHECK(d.hint == "make the first row the header row by writing its cells as <th>; Word repeats it on "
                  "every page and screen readers announce it with each cell");
  CHECK(validate_text(report_xml({.body = section("<table><tr><th>Status</th><th>KPIs</th></tr><tr><td>Red</td><td>1</td></tr></table>")})).empty());
  CHECK(validate_text(report_xml({.body = section("<table><tr><th>Status</th><td>Red</td></tr></table>")})).empty());
}
