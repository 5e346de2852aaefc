// Every filter of the template language in a LibreOffice-made template
// (fixtures/templates/lo-filters.docx, from src/lo-filters.fodt), one per paragraph as
// "label: tag", rendered with fixtures/templates/data/council.xml.
#include <catch2/catch.hpp>

#include <map>

#include "rendered_text.hpp"
#include "test_support.hpp"

using namespace docket::test;

namespace {

const auto kTemplate = template_fixture("lo-filters.docx");
const auto kData = template_fixture("data/council.xml");

// label → the paragraph's text after "label: ".
std::map<std::string, std::string> rendered_filters(const ScratchDir& dir) {
  const auto out = dir / "out.docx";
  auto r = render_template(kTemplate, kData, out);
  INFO(r.messages);
  REQUIRE(r.written);
  REQUIRE(r.diags.empty());
  CHECK(ooxml_problems(out).empty());
  std::map<std::string, std::string> got;
  for (const auto& p : paragraph_texts(out)) {
    auto colon = p.find(": ");
    if (colon != std::string::npos) got[p.substr(0, colon)] = p.substr(colon + 2);
  }
  return got;
}

void check_all(const std::map<std::string, std::string>& got, const std::map<std::string, std::string>& expected) {
  for (const auto& [label, text] : expected) {
    INFO("filter: " << label);
    auto it = got.find(label);
    REQUIRE(it != got.end());
    CHECK(it->second == text);
  }
}

}  // namespace

TEST_CASE("Date and time filters format dates from the data", "[template]") {
  ScratchDir dir("filters-dates");
  check_all(rendered_filters(dir), {
      {"date long", "7 December 2023"},
      {"date full", "Thursday, 7 December 2023"},
      {"date pattern", "7 December 2023"},
      {"date chained", "THURSDAY 7 DECEMBER 2023"},
      {"date time", "7 December 2023 at 6.00 pm"},
      {"ordinal-date", "7th December 2023"},
      {"ordinal-date pattern", "30th September"},
      {"time 24", "14:30"},
      {"time 12", "2.30 pm"},
      {"time morning", "9.15 am"},
  });
}

TEST_CASE("Number filters round half up and group digits", "[template]") {
  ScratchDir dir("filters-numbers");
  check_all(rendered_filters(dir), {
      {"number", "12,345.0"},
      {"number half-up", "2.45"},
      {"number negative", "(5,200)"},
      {"integer", "1,234,567"},
      {"percent 0", "23%"},
      {"percent 1", "83.3%"},
      {"currency", "£1,250,000"},
      {"currency pence", "£1,250,000.50"},
      {"currency negative", "-£300"},
      {"currency 2", "£1,250,000.00"},
      {"spellout", "forty-three"},
      {"ordinal", "21st"},
  });
}

TEST_CASE("Text filters change case and default fills gaps", "[template]") {
  ScratchDir dir("filters-text");
  check_all(rendered_filters(dir), {
      {"upper", "CABINET"},
      {"lower", "northfield district council"},
      {"title", "Performance Report – Quarter Two"},
      {"title keeps capitals", "KPI Summary"},
      {"lower then title", "Kpi Summary"},
      {"default empty", "None"},
      {"default missing", "TBC"},
      {"default present", "Northfield District Council"},
  });
}

TEST_CASE("Financial-year filters and functions label UK quarters", "[template]") {
  ScratchDir dir("filters-fy");
  check_all(rendered_filters(dir), {
      {"fy-quarter", "Q2 2023/24"},
      {"fy-quarter year end", "Q4 2023/24"},
      {"fy", "2023/24"},
      {"fy-quarter function", "Q2 2023/24"},
      {"fy function", "2023/24"},
  });
}

TEST_CASE("Plain values are inserted as text: escaped, spaced, optional", "[template]") {
  ScratchDir dir("filters-values");
  check_all(rendered_filters(dir), {
      {"rag", "Green"},
      {"rag other", "In Development"},
      {"optional", "[]"},
      {"spaces kept", "[  spaced  ]"},
      {"escaped", "Fish & Chips <tonight>"},
      {"accents", "Councillor Ann Ó Briain"},
      {"lines and tabs", "Line one\nLine two\ttabbed"},
      {"attribute", "NDC"},
      {"expression", "Cabinet on 2023-12-07"},
  });
}

TEST_CASE("Newlines and tabs in values become Word breaks and tabs", "[template]") {
  ScratchDir dir("filters-breaks");
  const auto out = dir / "out.docx";
  REQUIRE(render_template(kTemplate, kData, out).written);
  const auto doc = part_xml(out, "word/document.xml");
  CHECK(xpath_strings(doc, "count(//w:p[starts-with(., 'lines and tabs')]//w:br)") == std::vector<std::string>{"1"});
  CHECK(xpath_strings(doc, "count(//w:p[starts-with(., 'lines and tabs')]//w:tab)") == std::vector<std::string>{"1"});
  CHECK(xpath_strings(doc, "//w:p[starts-with(., 'spaces kept')]//w:t[contains(., 'spaced')]/@xml:space") ==
        std::vector<std::string>{"preserve"});
}

TEST_CASE("rag shades a cell that holds only the status, in a table repeated by a loop", "[template]") {
  ScratchDir dir("filters-rag-cells");
  const auto out = dir / "out.docx";
  REQUIRE(render_template(kTemplate, kData, out).written);
  const auto doc = part_xml(out, "word/document.xml");
  CHECK(xpath_strings(doc, "//w:tbl/w:tr[2]/w:tc[2]") ==
        std::vector<std::string>{"Green", "Amber", "Red", "Blue", "Green", "In Development", "No Data"});
  CHECK(xpath_strings(doc, "//w:tbl/w:tr[2]/w:tc[2]/w:tcPr/w:shd/@w:fill") ==
        std::vector<std::string>{"00B050", "FFC000", "C00000", "0070C0", "00B050", "D9D9D9", "D9D9D9"});
  CHECK(xpath_strings(doc, "//w:tbl/w:tr[2]/w:tc[2]//w:r/w:rPr/w:color/@w:val") ==
        std::vector<std::string>{"000000", "000000", "FFFFFF", "FFFFFF", "000000", "000000", "000000"});
  SECTION("a rag value outside a table is not shaded") {
    CHECK(xpath_strings(doc, "count(//w:p[starts-with(., 'rag:')]//w:shd)") == std::vector<std::string>{"0"});
  }
}

TEST_CASE("Rendering every filter in the header and footer", "[template]") {
  ScratchDir dir("filters-header");
  const auto out = dir / "out.docx";
  REQUIRE(render_template(kTemplate, kData, out).written);
  const auto rels = part_xml(out, "word/_rels/document.xml.rels");
  const auto header = xpath_strings(rels, "string(//rel:Relationship[contains(@Type,'/header')]/@Target)").at(0);
  const auto footer = xpath_strings(rels, "string(//rel:Relationship[contains(@Type,'/footer')]/@Target)").at(0);
  CHECK(visible_text(out, "word/" + header) == "NORTHFIELD DISTRICT COUNCIL");
  CHECK(visible_text(out, "word/" + footer) == "Q3 2023/24");
}
