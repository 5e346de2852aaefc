// Rich text ({{{ expr }}}) in a Word template (fixtures/templates/word-rich.docx) with
// fixtures/templates/data/rich.xml: paragraphs, nested lists, b/i/u, br, links and a table.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"

using namespace docket::test;

namespace {

std::string render_rich(const ScratchDir& dir) {
  const auto out = (dir / "out.docx").string();
  auto r = render_template(template_fixture("word-rich.docx"), template_fixture("data/rich.xml"), out);
  INFO(r.messages);
  REQUIRE(r.written);
  REQUIRE(r.diags.empty());
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("Rich text becomes paragraphs, list items and table cells in order", "[template]") {
  ScratchDir dir("rich-text");
  const Strings expected = {"Summary follows.",
                            "First bold, italic and underlined words.",
                            "Line one\nline two, with the plan.",
                            "Roads", "Potholes", "Survey", "Repair", "Parks",
                            "First step", "Second step", "Again one",
                            "Service", "Budget", "Waste", "£1.2m",
                            "Inline: Text with strong and emphasis.",
                            "Plain: no markup at all",
                            "End."};
  CHECK(paragraph_texts(render_rich(dir)) == expected);
}

TEST_CASE("A rich-text link becomes an external hyperlink relationship", "[template]") {
  ScratchDir dir("rich-link");
  const auto out = render_rich(dir);
  const auto doc = part_xml(out, "word/document.xml");
  const auto ids = xpath_strings(doc, "//w:hyperlink/@r:id");
  REQUIRE(ids.size() == 1);
  CHECK(xpath_strings(doc, "string(//w:hyperlink)") == Strings{"the plan"});
  const auto rels = part_xml(out, "word/_rels/document.xml.rels");
  CHECK(xpath_strings(rels, "string(//rel:Relationship[@Id='" + ids[0] + "']/@Target)") ==
        Strings{"https://www.example.org/plan"});
  CHECK(xpath_strings(rels, "string(//rel:Relationship[@Id='" + ids[0] + "']/@TargetMode)") == Strings{"External"});
}

TEST_CASE("A rich-text table has a header row that repeats", "[template]") {
  ScratchDir dir("rich-table");
  const auto doc = part_xml(render_rich(dir), "word/document.xml");
  CHECK(xpath_strings(doc, "count(//w:tbl/w:tr)") == Strings{"2"});
  CHECK(xpath_strings(doc, "count(//w:tbl/w:tr[1]/w:trPr/w:tblHeader)") == Strings{"1"});
  CHECK(xpath_strings(doc, "count(//w:tbl/w:tr[2]/w:trPr/w:tblHeader)") == Strings{"0"});
}

TEST_CASE("An optional rich-text tag that selects nothing leaves nothing", "[template]") {
  ScratchDir dir("rich-optional");
  const auto doc = part_xml(render_rich(dir), "word/document.xml");
  CHECK(doc.find("nothing") == std::string::npos);
  CHECK(doc.find("{{{") == std::string::npos);
}

TEST_CASE("Rich text in a Word template is valid WordprocessingML", "[template]") {
  ScratchDir dir("rich-valid");
  const auto out = render_rich(dir);
  CHECK(ooxml_problems(out).empty());
}

TEST_CASE("Rich-text bold, italic and underline become run properties", "[template]") {
  ScratchDir dir("rich-format");
  const auto doc = part_xml(render_rich(dir), "word/document.xml");
  CHECK(xpath_strings(doc, "//w:r[w:rPr/w:b]/w:t") == Strings{"bold", "Service", "Budget", "strong"});
  CHECK(xpath_strings(doc, "//w:r[w:rPr/w:i]/w:t") == Strings{"italic", "emphasis"});
  CHECK(xpath_strings(doc, "//w:r[w:rPr/w:u]/w:t") == Strings{"underlined"});
  CHECK(xpath_strings(doc, "count(//w:hyperlink/w:r/w:rPr/w:rStyle[@w:val='Hyperlink'])") == Strings{"1"});
}

TEST_CASE("Rich-text lists take the template's list styles, nested three deep", "[template]") {
  ScratchDir dir("rich-lists");
  const auto doc = part_xml(render_rich(dir), "word/document.xml");
  auto style = [&](const std::string& text) {
    return xpath_strings(doc, "string(//w:p[. = '" + text + "']/w:pPr/w:pStyle/@w:val)").at(0);
  };
  CHECK(style("Roads") == "ListBullet");
  CHECK(style("Potholes") == "ListBullet2");
  CHECK(style("Survey") == "ListNumber3");
  CHECK(style("Parks") == "ListBullet");
  CHECK(style("First step") == "ListNumber");
}

TEST_CASE("Each rich-text numbered list starts again at 1", "[template]") {
  ScratchDir dir("rich-numbering");
  const auto out = render_rich(dir);
  const auto doc = part_xml(out, "word/document.xml");
  auto num = [&](const std::string& text) {
    return xpath_strings(doc, "string(//w:p[. = '" + text + "']/w:pPr/w:numPr/w:numId/@w:val)").at(0);
  };
  CHECK(!num("First step").empty());
  CHECK(num("First step") == num("Second step"));
  CHECK(num("Again one") != num("First step"));
  CHECK(num("Survey") != num("First step"));
  const auto numbering = part_xml(out, "word/numbering.xml");
  for (const auto& id : {num("First step"), num("Again one")}) {
    CHECK(xpath_strings(numbering, "string(//w:num[@w:numId='" + id +
                                       "']/w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val)") == Strings{"1"});
  }
}
