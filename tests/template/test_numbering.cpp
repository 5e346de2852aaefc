// Numbered lists repeated by loops (fixtures/templates/word-lists.docx): a numbered paragraph
// repeated by one loop continues its list; a numbered paragraph two loops deep restarts at 1
// (a), b)…) for each item of the outer loop. Checked in the XML and on the page, through
// LibreOffice's PDF export.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "rendered_text.hpp"
#include "test_support.hpp"

using namespace docket::test;

namespace {

const auto kTemplate = template_fixture("word-lists.docx");
const auto kData = template_fixture("data/council.xml");

std::string render_lists(const ScratchDir& dir) {
  const auto out = (dir / "out.docx").string();
  auto r = render_template(kTemplate, kData, out);
  INFO(r.messages);
  REQUIRE(r.written);
  REQUIRE(r.diags.empty());
  return out;
}

std::vector<std::string> num_ids(const std::string& doc, const std::vector<std::string>& texts) {
  std::vector<std::string> out;
  for (const auto& t : texts) {
    auto v = xpath_strings(doc, "string(//w:p[. = '" + t + "']/w:pPr/w:numPr/w:numId/@w:val)");
    out.push_back(v.at(0));
  }
  return out;
}

}  // namespace

TEST_CASE("A numbered paragraph repeated by a loop continues one list", "[template]") {
  ScratchDir dir("numbering-continue");
  const auto doc = part_xml(render_lists(dir), "word/document.xml");
  SECTION("numbered by its style") {
    CHECK(xpath_strings(doc, "//w:p[w:pPr/w:pStyle/@w:val='ListNumber']") ==
          std::vector<std::string>{"Note the report.", "Approve the plan.", "Delegate the detail."});
    CHECK(xpath_strings(doc, "count(//w:p[w:pPr/w:pStyle/@w:val='ListNumber']/w:pPr/w:numPr)") ==
          std::vector<std::string>{"0"});
  }
  SECTION("numbered directly, between static items of the same list") {
    auto ids = num_ids(doc, {"Apologies.", "Report from Patel", "Report from Jones", "Report from Smith", "Close."});
    CHECK(ids == std::vector<std::string>(5, "21"));
  }
}

TEST_CASE("A numbered list inside an outer loop restarts for each outer item", "[template]") {
  ScratchDir dir("numbering-restart");
  const auto out = render_lists(dir);
  const auto doc = part_xml(out, "word/document.xml");
  auto ids = num_ids(doc, {"Waste", "Highways", "Libraries", "Finance", "Audit"});
  SECTION("one list instance per directorate") {
    CHECK(ids[0] == ids[1]);
    CHECK(ids[3] == ids[4]);
    CHECK(ids[0] != ids[2]);
    CHECK(ids[2] != ids[3]);
    CHECK(ids[0] != ids[3]);
    CHECK(ids[0] != "20");
  }
  SECTION("each instance restarts the template's a) b) list") {
    const auto numbering = part_xml(out, "word/numbering.xml");
    for (const auto& id : {ids[0], ids[2], ids[3]}) {
      INFO("numId " << id);
      CHECK(xpath_strings(numbering, "string(//w:num[@w:numId='" + id + "']/w:abstractNumId/@w:val)") ==
            std::vector<std::string>{"20"});
      CHECK(xpath_strings(numbering, "string(//w:num[@w:numId='" + id +
                                         "']/w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val)") ==
            std::vector<std::string>{"1"});
    }
  }
  CHECK(ooxml_problems(out).empty());
}

TEST_CASE("On the page the lists read 1. 2. 3. and a) b) per directorate", "[template]") {
  if (run_shell("command -v soffice").status != 0 || run_shell("command -v pdftotext").status != 0) {
    WARN("soffice or pdftotext is absent: the page check is skipped");
    return;
  }
  ScratchDir dir("numbering-pdf");
  const auto out = render_lists(dir);
  const auto profile = "file://" + (dir / "profile").string();
  auto conv = run_shell("soffice -env:UserInstallation=" + shell_quote(profile) +
                        " --headless --convert-to pdf --outdir " + shell_quote(dir.path().string()) + " " +
                        shell_quote(out));
  REQUIRE(conv.status == 0);
  auto text = run_shell("pdftotext -layout " + shell_quote((dir / "out.pdf").string()) + " -");
  REQUIRE(text.status == 0);
  // One line per paragraph, spaces collapsed.
  std::vector<std::string> lines;
  std::istringstream in(std::regex_replace(text.out, std::regex("[ \t]+"), " "));
  for (std::string line; std::getline(in, line);) {
    line = std::regex_replace(line, std::regex("^ | $"), "");
    if (!line.empty()) lines.push_back(line);
  }
  auto after = [&](const std::string& heading, std::size_t n) {
    auto at = std::find(lines.begin(), lines.end(), heading);
    REQUIRE(at != lines.end());
    REQUIRE(static_cast<std::size_t>(lines.end() - at) > n);
    return std::vector<std::string>(at + 1, at + 1 + static_cast<long>(n));
  };
  CHECK(after("Recommendations", 3) ==
        std::vector<std::string>{"1. Note the report.", "2. Approve the plan.", "3. Delegate the detail."});
  CHECK(after("Agenda", 5) == std::vector<std::string>{"1. Apologies.", "2. Report from Patel", "3. Report from Jones",
                                                        "4. Report from Smith", "5. Close."});
  std::vector<std::string> lettered;
  for (const auto& l : lines) {
    if (std::regex_match(l, std::regex("[a-z]\\) .*"))) lettered.push_back(l);
  }
  CHECK(lettered == std::vector<std::string>{"a) Waste", "b) Highways", "a) Libraries", "a) Finance", "b) Audit"});
}
