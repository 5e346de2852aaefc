// `docket render` on templates with gaps and errors: --draft writes [MISSING: …] markers and
// still fails; without it nothing is written; every problem is reported in one run.
#include <catch2/catch.hpp>

#include "ooxml/package.hpp"
#include "rendered_text.hpp"
#include "test_support.hpp"
#include "word_markup.hpp"

using namespace docket::test;

namespace {

RunResult render_cli(const std::string& tmpl, const std::string& data, const std::filesystem::path& out,
                     const std::string& extra = "") {
  return run_docket("render " + shell_quote(template_fixture(tmpl).string()) + " " +
                    shell_quote(template_fixture(data).string()) + " -o " + shell_quote(out.string()) + extra);
}

}  // namespace

TEST_CASE("render --draft marks each gap, writes the document and still fails", "[template]") {
  ScratchDir dir("cli-draft");
  const auto out = dir / "draft.docx";
  auto r = render_cli("word-gaps.docx", "data/council.xml", out, " --draft");
  INFO(r.err);
  CHECK(r.status == 1);
  REQUIRE(std::filesystem::exists(out));
  CHECK(r.err.find("(a draft: the problems above are marked in the document)") != std::string::npos);
  const std::vector<std::string> expected = {
      "Room: [MISSING: meeting/room]",
      "Optional: []",
      "Default: TBC",
      "Empty: [MISSING: reference]",
      "Wards: [MISSING: @district] [MISSING: @district] [MISSING: @district] ",
      "",
      "[MISSING: summary]",
      "End."};
  CHECK(paragraph_texts(out) == expected);
  CHECK(visible_text(out, "word/header1.xml") == "Header [MISSING: meeting/venue]");
  SECTION("each marker is a run of its own") {
    const auto doc = part_xml(out, "word/document.xml");
    CHECK(xpath_strings(doc, "count(//w:r[starts-with(w:t, '[MISSING')])") == std::vector<std::string>{"6"});
  }
}

TEST_CASE("A draft rendered from a Word template is valid, its markers highlighted", "[template]") {
  ScratchDir dir("cli-draft-valid");
  const auto out = dir / "draft.docx";
  render_cli("word-gaps.docx", "data/council.xml", out, " --draft");
  REQUIRE(std::filesystem::exists(out));
  CHECK(ooxml_problems(out).empty());
  const auto doc = part_xml(out, "word/document.xml");
  CHECK(xpath_strings(doc, "count(//w:r[starts-with(w:t, '[MISSING')]/w:rPr/w:highlight[@w:val='yellow'])") ==
        std::vector<std::string>{"6"});
}

TEST_CASE("render without --draft writes nothing when a value is missing", "[template]") {
  ScratchDir dir("cli-no-output");
  const auto out = dir / "out.docx";
  auto r = render_cli("word-gaps.docx", "data/council.xml", out);
  CHECK(r.status == 1);
  CHECK_FALSE(std::filesystem::exists(out));
  CHECK(r.err.find("nothing written") != std::string::npos);
  SECTION("each gap is reported at its part and paragraph") {
    CHECK(r.err.find("word-gaps.docx: word/document.xml: paragraph 1 \u201CRoom: {{ meeting/room }}\u201D: error: "
                     "meeting/room selects nothing") != std::string::npos);
    CHECK(r.err.find("paragraph 4 \u201CEmpty: {{ reference | date long }}\u201D: error: nothing to format") !=
          std::string::npos);
    CHECK(r.err.find("word-gaps.docx: word/header1.xml: paragraph 1 \u201CHeader {{ meeting/venue }}\u201D: error: "
                     "meeting/venue selects nothing") != std::string::npos);
  }
  SECTION("a gap inside a loop is reported once, with the data line and how often") {
    CHECK(r.err.find("@district selects nothing (for <member> at line 28 of ") != std::string::npos);
    CHECK(r.err.find("(and 2 more times)") != std::string::npos);
  }
}

TEST_CASE("render with good data exits 0 and writes a valid document", "[template]") {
  ScratchDir dir("cli-ok");
  const auto out = dir / "out.docx";
  auto r = render_cli("lo-loops.docx", "data/council.xml", out);
  INFO(r.err);
  CHECK(r.status == 0);
  REQUIRE(std::filesystem::exists(out));
  CHECK(ooxml_problems(out).empty());
}

TEST_CASE("render validates a committee report, then fills the template", "[template]") {
  ScratchDir dir("cli-report");
  const auto out = dir / "out.docx";
  auto r = run_docket("render " + shell_quote(template_fixture("lo-report.docx").string()) + " " +
                      shell_quote(source_path("fixtures/reports/s2-cambridgeshire-q4-2022-23.xml").string()) +
                      " -o " + shell_quote(out.string()));
  INFO(r.err);
  CHECK(r.status == 0);
  REQUIRE(std::filesystem::exists(out));
  CHECK(paragraph_texts(out).at(0) == "Corporate Performance Report – Quarter 4 2022–23");
}

// Template errors and data gaps are reported in one run, as the library does (test_errors.cpp).
TEST_CASE("render reports template errors and data gaps together", "[template]") {
  ScratchDir dir("cli-all-errors");
  auto r = render_cli("word-errors.docx", "data/council.xml", dir / "out.docx");
  CHECK(r.status == 1);
  CHECK_FALSE(std::filesystem::exists(dir / "out.docx"));
  for (const char* expected : {"closes nothing", "does not match", "is never closed", "are not at the same level",
                               "unknown filter 'uper'", "is not a valid XPath expression",
                               "a tag is opened with {{ but not closed", "nme selects nothing", "7/12/2023"}) {
    INFO(expected);
    CHECK(r.err.find(expected) != std::string::npos);
  }
  CHECK(r.err.find("15 error(s)") != std::string::npos);
}

// Templates carry guidance for authors: hidden notes and comments. --publish leaves neither
// in the document, nor the personal details Word keeps.
TEST_CASE("render --publish writes a document cleaned for publication", "[template]") {
  ScratchDir dir("cli-publish");
  auto package = docket::ooxml::Package::open(template_fixture("lo-loops.docx"));
  std::string body = package.read_part("word/document.xml");
  const std::string hidden = "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>GUIDANCE-HIDDEN delete before publishing</w:t></w:r></w:p>";
  body.insert(body.find("<w:body>") + 8, hidden);
  package.replace("word/document.xml", body);
  REQUIRE(package.write(dir / "guided.docx"));

  auto render = [&](const std::string& out, const std::string& extra) {
    return run_docket("render " + shell_quote((dir / "guided.docx").string()) + " " +
                      shell_quote(template_fixture("data/council.xml").string()) + " -o " + out + extra);
  };
  auto plain = render(shell_quote((dir / "plain.docx").string()), "");
  REQUIRE(plain.status == 0);
  CHECK(part_xml(dir / "plain.docx", "word/document.xml").find("GUIDANCE-HIDDEN") != std::string::npos);

  auto cleaned = render(shell_quote((dir / "public.docx").string()), " --publish");
  INFO(cleaned.err);
  REQUIRE(cleaned.status == 0);
  CHECK(part_xml(dir / "public.docx", "word/document.xml").find("GUIDANCE-HIDDEN") == std::string::npos);
  auto seen = paragraph_texts(dir / "plain.docx");  // what a reader sees, without the hidden note
  REQUIRE(seen.front() == "GUIDANCE-HIDDEN delete before publishing");
  seen.erase(seen.begin());
  CHECK(paragraph_texts(dir / "public.docx") == seen);
  CHECK(ooxml_problems(dir / "public.docx").empty());

  SECTION("to standard output as well") {
    auto piped = render("-", " --publish");
    REQUIRE(piped.status == 0);
    write_text(dir / "piped.docx", piped.out);
    CHECK(part_xml(dir / "piped.docx", "word/document.xml") == part_xml(dir / "public.docx", "word/document.xml"));
  }
}

TEST_CASE("render uses data in no namespace as it is, risks and kpis included", "[template]") {
  ScratchDir dir("cli-plain-data");
  word::write_lines({"{{#each risks/risk}}{{ name }}: {{ likelihood }}{{/each}}"}, dir / "t.docx");
  write_text(dir / "d.xml", "<report><risks><risk><name>Flooding</name><likelihood>3</likelihood></risk></risks></report>");
  auto r = run_docket("render " + shell_quote((dir / "t.docx").string()) + " " + shell_quote((dir / "d.xml").string()) +
                      " -o " + shell_quote((dir / "out.docx").string()));
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.err.find("risk matrix") == std::string::npos);
  CHECK(visible_text(dir / "out.docx") == "Flooding: 3");
}

TEST_CASE("render --locale cy-GB makes Welsh the document's language", "[template]") {
  ScratchDir dir("render-welsh");
  word::write_lines({"Cyfarfod ar {{ d | ordinal-date }} ({{ d | fy-quarter }})"}, dir / "t.docx");
  write_text(dir / "d.xml", "<r><d>2023-12-01</d></r>");
  const std::string files = shell_quote((dir / "t.docx").string()) + " " + shell_quote((dir / "d.xml").string());
  auto r = run_docket("render " + files + " -o " + shell_quote((dir / "cy.docx").string()) + " --locale cy-GB");
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(visible_text(dir / "cy.docx") == "Cyfarfod ar 1af Rhagfyr 2023 (Ch3 2023/24)");
  const auto styles = part_xml(dir / "cy.docx", "word/styles.xml");
  CHECK(xpath_strings(styles, "//w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val") == std::vector<std::string>{"cy-GB"});
  CHECK(ooxml_problems(dir / "cy.docx").empty());
  // English keeps the template's own kind of English (en-US here).
  auto en = run_docket("render " + files + " -o " + shell_quote((dir / "en.docx").string()));
  REQUIRE(en.status == 0);
  CHECK(xpath_strings(part_xml(dir / "en.docx", "word/styles.xml"), "//w:lang/@w:val") ==
        std::vector<std::string>{"en-US"});
}
