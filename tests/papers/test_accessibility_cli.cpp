// `docket check` runs the template accessibility checks after loading the template, and
// reports their problems with the template's own.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace docket::test;

namespace {

std::string fixture(const std::string& name) { return shell_quote(source_path("fixtures/a11y/" + name).string()); }

}  // namespace

TEST_CASE("check reports a template's accessibility problems with positions and hints", "[papers]") {
  auto r = run_docket("check " + fixture("template-bad.docx"));
  INFO(r.out + r.err);
  CHECK(r.status == 1);
  CHECK(r.err.find("template-bad.docx: docProps/core.xml: error: the document has no title (WCAG 2.4.2)\n"
                   "  hint: in Word, File › Info › Properties › Title; type the tag {{ meta/title }} there") !=
        std::string::npos);
  CHECK(r.err.find("template-bad.docx: word/document.xml: paragraph 3 \u201C{{#each kpis/kpi}}{{ name }} | {{ "
                   "d:status }}{{/each}}\u201D: error: the table's first row is not marked as a header row, so "
                   "screen readers cannot name the columns (WCAG 1.3.1)") != std::string::npos);
  CHECK(r.err.find("word/document.xml: paragraph 12 \u201CFor the method, click here.\u201D: error: the link text "
                   "\u201Cclick here\u201D does not say where the link goes (WCAG 2.4.4)") != std::string::npos);
  CHECK(r.out.find(" 5 error(s), 0 warning(s)") != std::string::npos);
}

TEST_CASE("check --json gives each accessibility problem its code", "[papers]") {
  auto r = run_docket("check --json " + fixture("template-bad.docx"));
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK(r.err.find("{\"severity\":\"error\",\"code\":\"a11y.colour-only\",") != std::string::npos);
  CHECK(r.err.find("\"part\":\"word/document.xml\",\"paragraph\":10,") != std::string::npos);
}

TEST_CASE("check passes the shipped house template and a template whose tags stand for text", "[papers]") {
  for (const std::string& path : {source_path("templates/committee-report.docx").string(),
                                  source_path("fixtures/a11y/template-ok.docx").string()}) {
    auto r = run_docket("check " + shell_quote(path));
    INFO(path << "\n" << r.out + r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find(" 0 error(s), ") != std::string::npos);
    // The fixture's tags stand for text no report holds: check without data says so (and
    // only that); the house template's paths are all the schema's.
    auto count = [&](const std::string& s) {
      std::size_t n = 0;
      for (auto at = r.err.find(s); at != std::string::npos; at = r.err.find(s, at + 1)) ++n;
      return n;
    };
    CHECK(count("warning: ") == count("selects nothing in any report"));
    if (path.find("committee-report") != std::string::npos) CHECK(r.out.find(" 0 error(s), 0 warning(s)") != std::string::npos);
  }
}
