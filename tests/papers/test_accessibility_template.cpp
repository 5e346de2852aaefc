// Accessibility checks of templates: a docket tag counts as the text it will become, and a
// row repeated by a row loop counts as many rows. The shipped house template must pass.
#include <catch2/catch.hpp>

#include "ooxml/package.hpp"
#include "papers/accessibility.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

Diagnostics check(const std::filesystem::path& file, bool as_template) {
  auto package = ooxml::Package::open(file);
  Diagnostics diags;
  if (as_template) {
    papers::check_template_accessibility(package, diags);
  } else {
    papers::check_document_accessibility(package, diags);
  }
  return diags;
}

// "PART paragraph N “excerpt” code: message" per problem.
std::vector<std::string> lines(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags) {
    out.push_back(d.part + " paragraph " + std::to_string(d.paragraph) + " \u201C" + d.excerpt + "\u201D " + d.code +
                  ": " + d.message);
  }
  return out;
}

std::filesystem::path fixture(const std::string& name) { return test::source_path("fixtures/a11y/" + name); }

}  // namespace

TEST_CASE("A template's problems are found with tags standing for their text", "[papers]") {
  CHECK(lines(check(fixture("template-bad.docx"), true)) ==
        std::vector<std::string>{
            "docProps/core.xml paragraph 0 \u201C\u201D a11y.no-title: the document has no title (WCAG 2.4.2)",
            "word/document.xml paragraph 1 \u201C{{ meta/title }}\u201D a11y.heading-skipped: the first heading is "
            "level 2: headings start at level 1 (WCAG 1.3.1)",
            // One row in the template, one per KPI in the report: a data table with no header row.
            "word/document.xml paragraph 3 \u201C{{#each kpis/kpi}}{{ name }} | {{ d:status }}{{/each}}\u201D "
            "a11y.table-header-row: the table's first row is not marked as a header row, so screen readers cannot "
            "name the columns (WCAG 1.3.1)",
            // The cells beside it hold tags, so they are not empty; this one is.
            "word/document.xml paragraph 10 \u201C{{#each risks/risk}}{{ description }} |  | {{ d:score "
            "}}{{/each}}\u201D a11y.colour-only: a cell shaded FFC000 has no text, so its meaning is shown by "
            "colour alone (WCAG 1.4.1)",
            "word/document.xml paragraph 12 \u201CFor the method, click here.\u201D a11y.link-text: the link text "
            "\u201Cclick here\u201D does not say where the link goes (WCAG 2.4.4)",
        });
}

TEST_CASE("A template's missing title hint says to type the title tag", "[papers]") {
  auto diags = check(fixture("template-bad.docx"), true);
  REQUIRE(!diags.empty());
  CHECK(diags.items()[0].hint ==
        "in Word, File › Info › Properties › Title; type the tag {{ meta/title }} there so that each report gets "
        "its own title (LibreOffice: File › Properties › Description › Title)");
}

TEST_CASE("A row loop counts as many rows only in a template", "[papers]") {
  // As a finished document the same table has one row: a layout table, not reported.
  for (const auto& line : lines(check(fixture("template-bad.docx"), false))) {
    INFO(line);
    CHECK(line.find("a11y.table-header-row") == std::string::npos);
  }
}

TEST_CASE("Tags for the title, a header row, a status cell and a link text pass", "[papers]") {
  auto diags = check(fixture("template-ok.docx"), true);
  for (const auto& line : lines(diags)) INFO(line);
  CHECK(diags.empty());
}

TEST_CASE("The shipped committee-report template passes the template checks", "[papers]") {
  auto diags = check(test::source_path("templates/committee-report.docx"), true);
  for (const auto& line : lines(diags)) INFO(line);
  CHECK(diags.error_count() == 0);
  CHECK(diags.warning_count() == 0);
}
