// Loops made in LibreOffice Writer (fixtures/templates/lo-loops.docx, from src/lo-loops.fodt):
// inline loops with sep/last, sort and order, loop variables, $outer, paragraph-level loops
// nested three deep, a bulleted list and a table row repeated.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"

using namespace docket::test;

namespace {

const auto kTemplate = template_fixture("lo-loops.docx");
const auto kData = template_fixture("data/council.xml");

std::vector<std::string> rendered_paragraphs(const ScratchDir& dir) {
  const auto out = dir / "out.docx";
  auto r = render_template(kTemplate, kData, out);
  INFO(r.messages);
  REQUIRE(r.written);
  REQUIRE(r.diags.empty());
  CHECK(ooxml_problems(out).empty());
  std::vector<std::string> got;
  for (const auto& p : paragraph_texts(out)) {
    if (!p.empty()) got.push_back(p);
  }
  return got;
}

bool has_paragraph(const std::vector<std::string>& ps, const std::string& text) {
  return std::find(ps.begin(), ps.end(), text) != ps.end();
}

}  // namespace

TEST_CASE("Inline loops print separators, sort and reverse", "[template]") {
  ScratchDir dir("loops-inline");
  const auto ps = rendered_paragraphs(dir);
  SECTION("sep and last") { CHECK(has_paragraph(ps, "Members: Patel, Jones and Smith.")); }
  SECTION("sep alone") { CHECK(has_paragraph(ps, "Plain: Patel, Jones, Smith")); }
  SECTION("sort by the item's own text") { CHECK(has_paragraph(ps, "Sorted: Jones Patel Smith")); }
  SECTION("sort by an attribute, descending") { CHECK(has_paragraph(ps, "Reversed: South North East")); }
  SECTION("a filter on a loop variable, items in bold") {
    CHECK(has_paragraph(ps, "Places: 1st Patel, 2nd Jones, 3rd Smith"));
  }
  SECTION("$outer reaches the enclosing item") {
    CHECK(has_paragraph(ps, "Codes: PLC:Waste PLC:Highways PPL:Libraries CRP:Finance CRP:Audit "));
  }
}

TEST_CASE("Every loop variable has its value in each iteration", "[template]") {
  ScratchDir dir("loops-variables");
  const auto ps = rendered_paragraphs(dir);
  SECTION("$number $index $letter $roman $count $first $last") {
    CHECK(has_paragraph(ps, "[1 0 a i 3 true false][2 1 b ii 3 false false][3 2 c iii 3 false true]"));
  }
  SECTION("variables inside conditions") { CHECK(has_paragraph(ps, "even-odd-even")); }
}

TEST_CASE("Paragraph-level loops nest three deep, with headings and sorting", "[template]") {
  ScratchDir dir("loops-nested");
  const auto ps = rendered_paragraphs(dir);
  auto from = std::find(ps.begin(), ps.end(), "1. Corporate");
  REQUIRE(from != ps.end());
  const std::vector<std::string> nested(from, from + 15);
  const std::vector<std::string> expected = {
      "1. Corporate",
      "Corporate / Finance",
      "1) Invoices paid in 30 days: 96.0 (Green)",
      "2) Social value: 0.0 (In Development).",
      "Corporate / Audit",
      "1) Audits closed: 7.0 (No Data).",
      "2. People",
      "People / Libraries",
      "1) Visits per 1,000 residents: 1,420.0 (Blue).",
      "3. Place",
      "Place / Waste",
      "1) Bins collected on time: 98.2 (Green)",
      "2) Recycling rate: 41.0 (Amber).",
      "Place / Highways",
      "1) Potholes repaired in 28 days: 62.5 (Red)."};
  CHECK(nested == expected);
  CHECK(from[15] == "Conditions");
}

TEST_CASE("Repeated headings keep their heading style", "[template]") {
  ScratchDir dir("loops-headings");
  const auto out = dir / "out.docx";
  REQUIRE(render_template(kTemplate, kData, out).written);
  const auto doc = part_xml(out, "word/document.xml");
  CHECK(xpath_strings(doc, "//w:p[w:pPr/w:pStyle/@w:val='Heading2']") ==
        std::vector<std::string>{"1. Corporate", "2. People", "3. Place", "Conditions"});
}

TEST_CASE("A bulleted list item repeated by a loop stays in one list", "[template]") {
  ScratchDir dir("loops-bullets");
  const auto out = dir / "out.docx";
  REQUIRE(render_template(kTemplate, kData, out).written);
  const auto doc = part_xml(out, "word/document.xml");
  CHECK(xpath_strings(doc, "//w:p[w:pPr/w:numPr]") ==
        std::vector<std::string>{"Patel (North)", "Jones (East)", "Smith (South)"});
  const auto ids = xpath_strings(doc, "//w:p[w:pPr/w:numPr]/w:pPr/w:numPr/w:numId/@w:val");
  REQUIRE(ids.size() == 3);
  CHECK(ids[0] == ids[1]);
  CHECK(ids[1] == ids[2]);
}

TEST_CASE("A table row loop holds an inline loop in a cell", "[template]") {
  ScratchDir dir("loops-table");
  const auto out = dir / "out.docx";
  REQUIRE(render_template(kTemplate, kData, out).written);
  const auto doc = part_xml(out, "word/document.xml");
  CHECK(xpath_strings(doc, "//w:tbl/w:tr/w:tc") ==
        std::vector<std::string>{"Directorate", "Services", "Place", "Waste and Highways", "People", "Libraries",
                                 "Corporate", "Finance and Audit"});
  CHECK(xpath_strings(doc, "count(//w:tbl/w:tr[w:trPr/w:tblHeader])") == std::vector<std::string>{"1"});
}

TEST_CASE("Loops in a LibreOffice header and footer context use the data root", "[template]") {
  ScratchDir dir("loops-header");
  const auto out = dir / "out.docx";
  REQUIRE(render_template(kTemplate, kData, out).written);
  const auto rels = part_xml(out, "word/_rels/document.xml.rels");
  const auto header = xpath_strings(rels, "string(//rel:Relationship[contains(@Type,'/header')]/@Target)").at(0);
  const auto footer = xpath_strings(rels, "string(//rel:Relationship[contains(@Type,'/footer')]/@Target)").at(0);
  CHECK(visible_text(out, "word/" + header) == "Northfield District Council – Cabinet");
  CHECK(visible_text(out, "word/" + footer) == "Printed for 7 December 2023");
}
