// A committee-report template made in LibreOffice Writer (fixtures/templates/lo-report.docx,
// from src/lo-report.fodt) filled with the shipped report fixtures.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"

using namespace docket::test;

namespace {

const auto kTemplate = template_fixture("lo-report.docx");
const auto kCambridgeshire = source_path("fixtures/reports/s2-cambridgeshire-q4-2022-23.xml");

}  // namespace

TEST_CASE("A LibreOffice report template fills its body from a committee report", "[template]") {
  ScratchDir dir("lo-report-body");
  const auto out = dir / "out.docx";
  auto r = render_template(kTemplate, kCambridgeshire, out);
  INFO(r.messages);
  REQUIRE(r.written);
  REQUIRE(r.diags.empty());
  const std::vector<std::string> expected = {
      "Corporate Performance Report – Quarter 4 2022–23",
      "Report of: Executive Director of Strategy and Partnerships and Executive Director of Finance and Resources",
      "Period: Q4 2022/23 (1 Jan to 31 Mar 2023)",
      "Contact: Priya Nair, priya.nair@cambridgeshire.example",
      "Recommendations",
      "The Committee is asked to:",
      "Monitor progress of Corporate Services and identify remedial action as required; and",
      "Scrutinise performance information for the Council’s Joint Agreement Action Plan.",
      "Members",
      "Councillor Okoro, Chair (01632 960398)",
      "Councillor Lindqvist, Vice-Chair (01632 960398)",
      "See the frame.",
      "Officer: 01632 960281",
      "Performance",
      "Ref", "Indicator", "Actual", "Status",
      "181", "% of calls to the Customer Contact Centre answered", "92.3", "Green",
      "185", "% of complaints responded to within 10 working days", "78.0", "Amber",
      "187", "% of sundry debt more than 90 days old", "21.5", "Amber",
      "170", "% of undisputed invoices paid within 30 days", "93.4", "Blue",
      "Red indicators: three.",
      "Committee is being asked to consider performance information for Corporate Services.",
      "End of report."};
  std::vector<std::string> got;
  for (const auto& p : paragraph_texts(out)) {
    if (!p.empty()) got.push_back(p);
  }
  CHECK(got == expected);
  CHECK(ooxml_problems(out).empty());
}

TEST_CASE("A LibreOffice report template fills its header and footer", "[template]") {
  ScratchDir dir("lo-report-parts");
  const auto out = dir / "out.docx";
  auto r = render_template(kTemplate, kCambridgeshire, out);
  INFO(r.messages);
  REQUIRE(r.written);
  const auto rels = part_xml(out, "word/_rels/document.xml.rels");
  const auto header = xpath_strings(rels, "string(//rel:Relationship[contains(@Type,'/header')]/@Target)").at(0);
  const auto footer = xpath_strings(rels, "string(//rel:Relationship[contains(@Type,'/footer')]/@Target)").at(0);
  CHECK(visible_text(out, "word/" + header) == "CAMBRIDGESHIRE COUNTY COUNCIL");
  CHECK(visible_text(out, "word/" + footer) == "Strategy and Resources Committee, 11 July 2023");
}

// LibreOffice names the core-properties relationship with the legacy type
// http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties
// (which Word accepts too); docket reads both.
TEST_CASE("A LibreOffice report template fills the document title", "[template]") {
  ScratchDir dir("lo-report-title");
  const auto out = dir / "out.docx";
  REQUIRE(render_template(kTemplate, kCambridgeshire, out).written);
  CHECK(xpath_strings(part_xml(out, "docProps/core.xml"), "string(//dc:title)") ==
        std::vector<std::string>{"Corporate Performance Report – Quarter 4 2022–23"});
}

TEST_CASE("Text inserted where LibreOffice split a tag takes the first run's formatting", "[template]") {
  ScratchDir dir("lo-report-format");
  const auto out = dir / "out.docx";
  REQUIRE(render_template(kTemplate, kCambridgeshire, out).written);
  const auto doc = part_xml(out, "word/document.xml");
  SECTION("a tag whose middle was bold is inserted without bold") {
    CHECK(xpath_strings(doc, "count(//w:r[w:t='Q4 2022/23']/w:rPr/w:b)") == std::vector<std::string>{"0"});
  }
  SECTION("a tag typed in italics is inserted in italics") {
    CHECK(xpath_strings(doc, "count(//w:r[w:t='Priya Nair']/w:rPr/w:i)") == std::vector<std::string>{"1"});
  }
  SECTION("the tag text itself is gone") {
    CHECK(doc.find("{{") == std::string::npos);
    CHECK(doc.find("}}") == std::string::npos);
  }
}

TEST_CASE("The repeated KPI row keeps its header row, marked to repeat, and shades status cells", "[template]") {
  ScratchDir dir("lo-report-table");
  const auto out = dir / "out.docx";
  REQUIRE(render_template(kTemplate, kCambridgeshire, out).written);
  const auto doc = part_xml(out, "word/document.xml");
  CHECK(xpath_strings(doc, "count(//w:tbl/w:tr)") == std::vector<std::string>{"5"});
  CHECK(xpath_strings(doc, "count(//w:tbl/w:tr[1]/w:trPr/w:tblHeader)") == std::vector<std::string>{"1"});
  CHECK(xpath_strings(doc, "count(//w:tbl/w:tr[position() > 1]/w:trPr/w:tblHeader)") == std::vector<std::string>{"0"});
  CHECK(xpath_strings(doc, "//w:tbl/w:tr/w:tc[4]/w:tcPr/w:shd/@w:fill") ==
        std::vector<std::string>{"00B050", "FFC000", "FFC000", "0070C0"});
  // White on Blue, black on Green and Amber: the word stays readable on its shading.
  CHECK(xpath_strings(doc, "//w:tbl/w:tr/w:tc[4]//w:r/w:rPr/w:color/@w:val") ==
        std::vector<std::string>{"000000", "000000", "000000", "FFFFFF"});
}

TEST_CASE("Loops over numbered and bulleted LibreOffice lists keep each paragraph's numbering", "[template]") {
  ScratchDir dir("lo-report-lists");
  const auto out = dir / "out.docx";
  REQUIRE(render_template(kTemplate, kCambridgeshire, out).written);
  const auto doc = part_xml(out, "word/document.xml");
  const auto rec = xpath_strings(doc, "//w:p[starts-with(., 'Monitor') or starts-with(., 'Scrutinise')]/w:pPr/w:numPr/w:numId/@w:val");
  REQUIRE(rec.size() == 2);
  CHECK(rec[0] == rec[1]);  // one list: 1., 2.
  const auto members = xpath_strings(doc, "//w:p[starts-with(., 'Councillor')]/w:pPr/w:numPr/w:numId/@w:val");
  REQUIRE(members.size() == 2);
  CHECK(members[0] == members[1]);
  CHECK(members[0] != rec[0]);
}

TEST_CASE("The same template renders another council's report, leaving out what it lacks", "[template]") {
  ScratchDir dir("lo-report-s0");
  const auto out = dir / "out.docx";
  auto r = render_template(kTemplate, source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml"), out);
  INFO(r.messages);
  // Peterborough's report has no members, no KPIs, no email and no recommendation intro of
  // that name; the template makes none of them optional, so the gaps are errors.
  CHECK_FALSE(r.written);
  CHECK_FALSE(std::filesystem::exists(out));
  CHECK(r.has("template.selects-nothing"));
  CHECK(r.messages.find("meta/contacts/officer/email selects nothing") != std::string::npos);
}

TEST_CASE("Rendering a LibreOffice template twice gives identical bytes", "[template]") {
  ScratchDir dir("lo-report-twice");
  REQUIRE(render_template(kTemplate, kCambridgeshire, dir / "a.docx").written);
  REQUIRE(render_template(kTemplate, kCambridgeshire, dir / "b.docx").written);
  CHECK(read_text(dir / "a.docx") == read_text(dir / "b.docx"));
}
