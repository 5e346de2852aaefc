// The house template (templates/committee-report.docx) prints everything a report's data
// holds for printing, and `check --data` says what a template leaves out.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "ooxml/names.hpp"
#include "ooxml/package.hpp"
#include "rendered_text.hpp"
#include "shipped_templates.hpp"
#include "template/unprinted_data.hpp"
#include "test_support.hpp"
#include "used_names.hpp"
#include "xml/document.hpp"
#include "xml/node.hpp"

using namespace docket;
using namespace docket::test;

namespace {

// Every name the report schema declares for an element or an attribute.
std::set<std::string> schema_names(const char* what) {
  std::set<std::string> names;
  for (const char* file : {"schemas/committee-report.xsd", "schemas/common.xsd"}) {
    Diagnostics diags;
    auto doc = xml::parse(read_text(source_path(file)), file, diags);
    REQUIRE(doc);
    for (xmlNode* n : xml::descendants(doc->root(), what)) {
      if (auto name = xml::attribute(n, "name")) names.insert(*name);
      if (auto ref = xml::attribute(n, "ref"); ref && *ref == "xml:lang") names.insert("lang");
    }
  }
  return names;
}


}  // namespace

TEST_CASE("The every-element report uses every element and attribute the report schema declares", "[template]") {
  Diagnostics diags;
  auto doc = xml::parse(read_text(source_path("fixtures/reports/every-element.xml")), "every-element.xml", diags);
  REQUIRE(doc);
  std::set<std::string> elements, attributes;
  used_names(doc->root(), elements, attributes);
  CHECK(missing(schema_names("element"), elements).empty());
  CHECK(missing(schema_names("attribute"), attributes).empty());
}

TEST_CASE("The house template prints every value of a report that uses every element and attribute", "[template]") {
  ScratchDir dir("house-every-element");
  const auto r = render_shipped("committee-report.docx", "fixtures/reports/every-element.xml", dir / "out.docx");
  INFO(r.messages);
  REQUIRE(r.written);
  CHECK_FALSE(r.diags.has_errors());
  INFO(r.unprinted_list());
  CHECK(r.unprinted.empty());
  CHECK(ooxml_problems(dir / "out.docx").empty());
}

TEST_CASE("The house template prints all the data of every sample report", "[template]") {
  for (const char* name : {"s0-peterborough-q2-2023-24.xml", "s1-halton-q2-2023-24.xml", "s2-cambridgeshire-q4-2022-23.xml",
                           "s3-charnwood-q2-2023-24.xml", "s4-lancashire-q2-2023-24.xml", "pcc-city-market-regeneration.xml",
                           "pcc-bridge-street-acquisition.xml"}) {
    CAPTURE(name);
    ScratchDir dir("house-samples");
    const auto r = render_shipped("committee-report.docx", std::string("fixtures/reports/") + name, dir / "out.docx");
    INFO(r.messages);
    REQUIRE(r.written);
    CHECK(r.diags.empty());
    INFO(r.unprinted_list());
    CHECK(r.unprinted.empty());
  }
}

TEST_CASE("The house template numbers paragraphs and prints a cross-reference as the number it points to", "[template]") {
  ScratchDir dir("house-numbers");
  const auto out = dir / "out.docx";
  REQUIRE(render_shipped("committee-report.docx", "fixtures/reports/s2-cambridgeshire-q4-2022-23.xml", out).written);
  const auto text = visible_text(out);
  // Outline: 1 Outcome (summary), 2 Background, 3 Main Issues, 4 Joint Agreement Action Plan …
  CHECK(text.find("2.1\tThis report covers two aspects of the Committee\u2019s role in performance management. "
                  "Section\u00A03 \u2018Corporate Services Performance\u2019") != std::string::npos);
  CHECK(text.find("2.2\tSection\u00A04 \u2018Joint Agreement Action Plan Progress\u2019") != std::string::npos);
  CHECK(text.find("3.2\tA summary of Red Amber Green ratings is") != std::string::npos);
  CHECK(text.find("3.4.1\tIndicator 169: % of contract waivers submitted less than 5 days before their proposed start date") !=
        std::string::npos);
  SECTION("a paragraph after a list goes on unnumbered") {
    CHECK(text.find("\nThe expectation is to be able to start reporting on both indicators by the Q1 report for 2023/24.") !=
          std::string::npos);
  }
}

TEST_CASE("The house template prints an unnumbered recommendation and its stem as one sentence", "[template]") {
  ScratchDir dir("house-recommendation");
  const auto out = dir / "out.docx";
  REQUIRE(render_shipped("committee-report.docx", "fixtures/reports/s0-peterborough-q2-2023-24.xml", out).written);
  const auto paragraphs = paragraph_texts(out);
  CHECK(std::count(paragraphs.begin(), paragraphs.end(),
                   "It is recommended that the Cabinet notes the Corporate Performance Report for Quarter Two, 2023/24.") == 1);
  CHECK(std::count(paragraphs.begin(), paragraphs.end(), "Deadline date: December 2023") == 1);
  CHECK(std::count(paragraphs.begin(), paragraphs.end(),
                   "From: Harriet Lowe (Executive Director of Corporate Services and S151 Officer)") == 1);
}

TEST_CASE("The house template prints a KPI's target and actual with its unit's label", "[template]") {
  ScratchDir dir("house-kpi-units");
  const auto out = dir / "out.docx";
  REQUIRE(render_shipped("committee-report.docx", "fixtures/reports/s2-cambridgeshire-q4-2022-23.xml", out).written);
  const auto paragraphs = paragraph_texts(out);
  auto count = [&](const std::string& text) { return std::count(paragraphs.begin(), paragraphs.end(), text); };
  // Indicator 172 (unit kind days, label "days per FTE"): target 8.5, actual 7.64 to one place.
  CHECK(count("8.5 days per FTE") == 1);
  CHECK(count("7.6 days per FTE") == 1);
  CHECK(count("Average number of working days lost to sickness per full-time equivalent employee") == 1);
  CHECK(count("8.5") == 0);
  // A percentage has its sign and no label.
  CHECK(std::none_of(paragraphs.begin(), paragraphs.end(),
                     [](const std::string& p) { return p.find("% days") != std::string::npos; }));
}

TEST_CASE("check --data warns at each value the template never prints", "[template]") {
  const auto data = source_path("fixtures/reports/s2-cambridgeshire-q4-2022-23.xml");
  auto r = run_docket("check " + shell_quote(template_fixture("lo-report.docx").string()) + " --data " + shell_quote(data.string()));
  CHECK(r.status == 0);
  CHECK(r.err.find(data.string() + ":36:9: warning: the template does not print meta/contacts/officer/post \u201CSenior Research "
                   "Analyst\u201D\n  hint: print it in the template (docs/data/committee-report.md says where councils print it), "
                   "or leave it out of the data if this paper does not need it\n") != std::string::npos);
  SECTION("values the template prints are not named") {
    CHECK(r.err.find("meta/title") == std::string::npos);
    CHECK(r.err.find("meta/contacts/officer/name") == std::string::npos);
  }
  SECTION("the house template prints it all") {
    auto house = run_docket("check " + shell_quote(source_path("templates/committee-report.docx").string()) + " --data " +
                            shell_quote(data.string()));
    CHECK(house.status == 0);
    CHECK(house.err.find("does not print") == std::string::npos);
  }
}

TEST_CASE("A value counts as printed in the forms councils write it", "[template]") {
  ScratchDir dir("unprinted-forms");
  auto pkg = ooxml::Package::open(source_path("fixtures/zip/valid-minimal.docx"));
  const std::string main = pkg.main_document();
  pkg.relationships(main).add(ooxml::rel::hyperlink, "https://example.org/strategy", true);
  std::string body;
  for (const char* text : {"Meeting on Monday 18th December 2023", "Decision needed by DECEMBER 2023",
                           "Cost: \u00A31,250,000", "Starts at 10.00 am", "THE COUNCIL'S PLAN - 2023/24",
                           "Contact: 01632\u00A0960281"}) {
    body += std::string("<w:p><w:r><w:t xml:space=\"preserve\">") + text + "</w:t></w:r></w:p>";
  }
  pkg.replace(main, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                        body + "</w:body></w:document>");
  REQUIRE(pkg.write(dir / "printed.docx"));
  const std::string text =
      "<report><date>2023-12-18</date><deadline>2023-12</deadline><cost>1250000</cost><start>10:00</start>"
      "<plan>The Council\u2019s plan \u2013 2023/24</plan><phone>01632 960281</phone>"
      "<link href='https://example.org/strategy'/><missing>Not in the document</missing>"
      "<setting>higher-is-better</setting></report>";
  Diagnostics diags;
  auto doc = xml::parse(text, "data.xml", diags);
  REQUIRE(doc);
  const data::DataSource data("data.xml", text, std::move(*doc));
  const auto unprinted = tmpl::unprinted_values(dir / "printed.docx", data, format::Locale("en-GB"));
  REQUIRE(unprinted.size() == 1);
  CHECK(unprinted[0].path == "missing");
  CHECK(unprinted[0].text == "Not in the document");
}

TEST_CASE("No word of the sample reports breaks inside itself on the house template's pages", "[template]") {
  ScratchDir dir("house-layout");
  std::vector<std::filesystem::path> docs;
  for (const char* name : {"s0-peterborough-q2-2023-24", "s1-halton-q2-2023-24", "s2-cambridgeshire-q4-2022-23",
                           "s3-charnwood-q2-2023-24", "s4-lancashire-q2-2023-24", "every-element"}) {
    docs.push_back(dir / (std::string(name) + ".docx"));
    REQUIRE(render_shipped("committee-report.docx", std::string("fixtures/reports/") + name + ".xml", docs.back()).written);
  }
  const auto texts = laid_out_texts(docs, dir.path());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    CAPTURE(docs[i].filename().string());
    CHECK(words_broken_on_the_page(docs[i], texts[i]) == std::vector<std::string>{});
  }
}

TEST_CASE("check names the words a template's numbering outline does not know", "[template]") {
  ScratchDir dir("outline-words");
  auto pkg = ooxml::Package::open(source_path("templates/committee-report.docx"));
  std::string custom = pkg.read_part("docProps/custom.xml");
  const auto at = custom.find("summary+terms-of-reference");
  REQUIRE(at != std::string::npos);
  custom.replace(at, 7, "sumary");
  pkg.replace("docProps/custom.xml", custom);
  REQUIRE(pkg.write(dir / "t.docx"));
  auto r = run_docket("check " + shell_quote((dir / "t.docx").string()));
  CHECK(r.status == 0);
  CHECK(r.err.find(": docProps/custom.xml: warning: the numbering outline (docket.numbering): unknown part \u201Csumary\u201D; "
                   "the outline knows summary, terms-of-reference") != std::string::npos);
}
