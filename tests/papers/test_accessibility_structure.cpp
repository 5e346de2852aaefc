// Accessibility checks of a document's structure: heading order and table header rows and
// merged cells, each asserted with its part, paragraph, excerpt and message.
#include <catch2/catch.hpp>

#include "ooxml/package.hpp"
#include "papers/accessibility.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

// One line per problem: "PART paragraph N “excerpt” severity code: message".
std::vector<std::string> problems(const std::string& name, const std::string& code_prefix = "a11y.") {
  auto package = ooxml::Package::open(test::source_path("fixtures/a11y/" + name));
  Diagnostics diags;
  papers::check_document_accessibility(package, diags);
  std::vector<std::string> out;
  for (const auto& d : diags) {
    if (!d.code.starts_with(code_prefix)) continue;
    out.push_back(d.part + " paragraph " + std::to_string(d.paragraph) + " \u201C" + d.excerpt + "\u201D " +
                  (d.severity == Severity::error ? "error " : "warning ") + d.code + ": " + d.message);
  }
  return out;
}

}  // namespace

TEST_CASE("A heading that skips a level is an error at that heading", "[papers]") {
  CHECK(problems("heading-order.docx", "a11y.heading-skipped") ==
        std::vector<std::string>{
            "word/document.xml paragraph 2 \u201CScope of responsibility\u201D error a11y.heading-skipped: heading "
            "level 3 follows level 1, skipping level 2 (WCAG 1.3.1)",
            // Level 4 by a direct w:outlineLvl, after a custom style based on Heading 2.
            "word/document.xml paragraph 5 \u201CInternal audit\u201D error a11y.heading-skipped: heading level 4 "
            "follows level 2, skipping level 3 (WCAG 1.3.1)",
        });
}

TEST_CASE("A second level-1 heading is a warning, and an empty heading is not counted", "[papers]") {
  CHECK(problems("heading-order.docx", "a11y.heading-several-h1") ==
        std::vector<std::string>{
            "word/document.xml paragraph 7 \u201CAppendix A: action plan\u201D warning a11y.heading-several-h1: "
            "another level-1 heading: a report has one, its title (WCAG 2.4.6)",
        });
}

TEST_CASE("A heading's level follows its style's basedOn chain", "[papers]") {
  // Paragraph 4 is "Report Section", based on Heading 2 with no outline level of its own; if
  // it were body text, paragraph 5 (level 4) would follow level 3 and not be reported.
  const auto found = problems("heading-order.docx", "a11y.heading");
  CHECK(found.size() == 3);
  CHECK(found[1].find("follows level 2") != std::string::npos);
}

TEST_CASE("A data table whose first row is not marked as a header row is an error", "[papers]") {
  CHECK(problems("tables.docx", "a11y.table-header-row") ==
        std::vector<std::string>{
            "word/document.xml paragraph 2 \u201CIndicator | Target | Actual\u201D error a11y.table-header-row: the "
            "table's first row is not marked as a header row, so screen readers cannot name the columns "
            "(WCAG 1.3.1)",
            // One column, but its bold first row looks like a header.
            "word/document.xml paragraph 12 \u201CKey facts\u201D error a11y.table-header-row: the table's first "
            "row is not marked as a header row, so screen readers cannot name the columns (WCAG 1.3.1)",
            // The one-row layout table at paragraph 15 is not reported.
        });
}

TEST_CASE("Merged cells in a data table are a warning at the first merged cell", "[papers]") {
  CHECK(problems("tables.docx", "a11y.table-merged-cells") ==
        std::vector<std::string>{
            "word/document.xml paragraph 21 \u201CWaste\u201D warning a11y.table-merged-cells: the table has merged "
            "cells, which screen readers cannot always follow (WCAG 1.3.1)",
            "word/document.xml paragraph 29 \u201CNorth\u201D warning a11y.table-merged-cells: the table has merged "
            "cells, which screen readers cannot always follow (WCAG 1.3.1)",
        });
}

TEST_CASE("The header-row hint says how to mark the row in Word and LibreOffice", "[papers]") {
  auto package = ooxml::Package::open(test::source_path("fixtures/a11y/tables.docx"));
  Diagnostics diags;
  papers::check_document_accessibility(package, diags);
  REQUIRE(!diags.empty());
  CHECK(diags.items()[0].hint ==
        "click in the first row; in Word, Table Layout › Repeat Header Rows (or Table Properties › Row › Repeat as "
        "header row at the top of each page); in LibreOffice, Table Properties › Text Flow › Repeat heading");
}

TEST_CASE("Structure problems are listed in paragraph order", "[papers]") {
  const auto found = problems("tables.docx");
  REQUIRE(found.size() == 4);
  CHECK(found[0].starts_with("word/document.xml paragraph 2 "));
  CHECK(found[1].starts_with("word/document.xml paragraph 12 "));
  CHECK(found[2].starts_with("word/document.xml paragraph 21 "));
  CHECK(found[3].starts_with("word/document.xml paragraph 29 "));
}
