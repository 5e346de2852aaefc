// `docket check`: without data it finds syntax, nesting, filter and XPath problems; with
// --data it also runs the template and reports what selects nothing.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"

using namespace docket::test;

namespace {

RunResult check_cli(const std::string& args) { return run_docket("check " + args); }

std::string q(const std::filesystem::path& p) { return shell_quote(p.string()); }

}  // namespace

TEST_CASE("check without data finds every template problem", "[template]") {
  auto r = check_cli(q(template_fixture("word-errors.docx")));
  const std::string all = r.out + r.err;
  INFO(all);
  CHECK(r.status == 1);
  SECTION("syntax") {
    CHECK(all.find("paragraph 12 \u201CUnclosed {{ name and more text\u201D: error: a tag is opened with {{ but not closed") !=
          std::string::npos);
    CHECK(all.find("\u201C#eech\u201D is not a block") != std::string::npos);
  }
  SECTION("nesting") {
    CHECK(all.find("closes nothing") != std::string::npos);
    CHECK(all.find("does not match") != std::string::npos);
    CHECK(all.find("is never closed") != std::string::npos);
    CHECK(all.find("are not at the same level") != std::string::npos);
    CHECK(all.find("{{else}} is not inside a block") != std::string::npos);
  }
  SECTION("filters") {
    CHECK(all.find("unknown filter 'uper'") != std::string::npos);
    CHECK(all.find("word/header1.xml: paragraph 1 \u201C{{ name | titel }}\u201D: error: unknown filter 'titel'") !=
          std::string::npos);
  }
  SECTION("XPath") { CHECK(all.find("\u201Cname[\u201D is not a valid XPath expression") != std::string::npos); }
  SECTION("but not data problems, without data") {
    CHECK(all.find("selects nothing") == std::string::npos);
    CHECK(all.find("13 error(s), 0 warning(s)") != std::string::npos);
  }
}

// word-lists.docx is left out: python-docx gives its headings a blue (4F81BD) that fails the
// contrast check, and skips from Heading 1 to Heading 3, so check rightly reports it.
TEST_CASE("check of a sound template without data passes", "[template]") {
  for (const char* name : {"lo-report.docx", "lo-loops.docx", "lo-filters.docx", "word-split.docx",
                           "word-rich.docx", "word-gaps.docx", "word-status.docx"}) {
    INFO(name);
    auto r = check_cli(q(template_fixture(name)));
    CHECK(r.status == 0);
    CHECK(r.out.find(" 0 error(s), 0 warning(s)") != std::string::npos);
  }
}

TEST_CASE("check --data warns about loops that select nothing and reports missing values", "[template]") {
  auto r = check_cli(q(template_fixture("word-gaps.docx")) + " --data " + q(template_fixture("data/council.xml")));
  const std::string all = r.out + r.err;
  INFO(all);
  CHECK(r.status == 1);
  CHECK(all.find("paragraph 5 \u201C{{#each committees/committee}}\u201D: warning: committees/committee selects nothing") !=
        std::string::npos);
  CHECK(all.find("meeting/room selects nothing") != std::string::npos);
  CHECK(all.find("5 error(s), 1 warning(s)") != std::string::npos);
}

TEST_CASE("check --data with another council's report finds the loops it leaves empty", "[template]") {
  auto r = check_cli(q(template_fixture("lo-report.docx")) + " --data " +
                     q(source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml")));
  const std::string all = r.out + r.err;
  INFO(all);
  CHECK(all.find("paragraph 11 \u201C{{#each meta/contacts/member}}\u201D: warning: meta/contacts/member selects nothing") !=
        std::string::npos);
  CHECK(all.find(": warning: kpis/kpi[service='Finance' or service='Customer Services'] selects nothing") !=
        std::string::npos);
  CHECK(all.find("paragraph 4 \u201CContact: {{ meta/contacts/officer/name }}, {{ meta/contacts/officer/email }}\u201D: "
                 "error: meta/contacts/officer/email selects nothing") != std::string::npos);
}

TEST_CASE("A problem in a text box is reported once", "[template]") {
  auto r = check_cli(q(template_fixture("lo-report.docx")) + " --data " +
                     q(source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml")));
  const std::string all = r.out + r.err;
  INFO(all);
  const std::string message = "error: meta/contacts/officer/phone selects nothing";
  REQUIRE(all.find(message) != std::string::npos);
  CHECK(all.find(message) == all.rfind(message));
}

TEST_CASE("check --data writes nothing and leaves a sound template passing", "[template]") {
  ScratchDir dir("check-quiet");
  auto r = check_cli(q(template_fixture("lo-loops.docx")) + " --data " + q(template_fixture("data/council.xml")));
  INFO(r.out + r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find("0 error(s), 0 warning(s)") != std::string::npos);
}
