// The pack's page line in the DOCX pack: every section of every document — front sheet,
// rendered reports with their template's own footer, finished papers, notice pages — shows
// one footer, "Cabinet, 18 December 2023 · Page N of M", in every slot (first, odd, even), and
// no document's own footer is left in the package. (The PDF pack's pages are checked in
// test_pack_pdf.cpp: the same line, numbered, in one place on every page.)
#include <catch2/catch.hpp>

#include <set>

#include "ooxml/names.hpp"
#include "pack/pack.hpp"
#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

TEST_CASE("Every section of the DOCX pack shows the pack's page line in every footer slot", "[pack]") {
  test::ScratchDir dir("pack-footer");
  const auto docx = dir / "pack.docx";
  Diagnostics diags;
  REQUIRE(pack::build_pack(test::source_path("fixtures/agenda-pcc-cabinet-2023-12-18.xml"), docx, {}, diags));
  CHECK(test::ooxml_problems(docx).empty());
  const auto document = test::parse_part(docx, "word/document.xml");
  const auto sections = test::elements(document, "sectPr");
  // The front sheet, two reports, five finished papers, the notice for item 10, the stand-ins of
  // two PDF papers, each with at least one section.
  CHECK(sections.size() >= 11);
  std::set<std::string> footers;
  for (const xmlNode* section : sections) {
    std::set<std::string> slots;
    for (xmlNode* ref = section->children; ref != nullptr; ref = ref->next) {
      if (ref->type != XML_ELEMENT_NODE || std::string(reinterpret_cast<const char*>(ref->name)) != "footerReference") continue;
      slots.insert(test::w_attribute(ref, "type"));
      footers.insert(test::w_attribute(ref, "r:id"));
    }
    CHECK(slots == std::set<std::string>{"default", "first", "even"});
  }
  REQUIRE(footers.size() == 1);
  // The one footer part, and no other: the templates' and papers' own footers are left out.
  std::vector<std::string> footer_parts;
  for (const auto& name : test::part_names(docx)) {
    if (name.rfind("word/footer", 0) == 0) footer_parts.push_back(name);
  }
  REQUIRE(footer_parts.size() == 1);
  const std::string rels = test::read_part(docx, "word/_rels/document.xml.rels");
  CHECK(rels.find("Id=\"" + *footers.begin() + "\" Type=\"" + std::string(ooxml::rel::footer) + "\" Target=\"" +
                  footer_parts.front().substr(5) + "\"") != std::string::npos);
  // Its text, the fields showing their stand-in values until Word or LibreOffice lays it out.
  CHECK(test::part_text(docx, footer_parts.front()) == "Cabinet, 18 December 2023 \u00b7 Page 1 of 1\n");
  const std::string footer = test::read_part(docx, footer_parts.front());
  CHECK(test::count(footer, "w:instr=\" PAGE \\* MERGEFORMAT \"") == 1);
  CHECK(test::count(footer, "w:instr=\" NUMPAGES \\* MERGEFORMAT \"") == 1);
}

TEST_CASE("A Welsh pack's page line is in Welsh", "[pack]") {
  test::ScratchDir dir("pack-footer-welsh");
  const auto docx = dir / "pack.docx";
  Diagnostics diags;
  REQUIRE(pack::build_pack(test::source_path("fixtures/agenda-pcc-cabinet-2023-12-18.xml"), docx,
                           {.locale = format::Locale("cy-GB")}, diags));
  std::string footer;
  for (const auto& name : test::part_names(docx)) {
    if (name.rfind("word/footer", 0) == 0) footer += test::part_text(docx, name);
  }
  CHECK(footer == "Cabinet, 18 Rhagfyr 2023 \u00b7 Tudalen 1 o 1\n");
}
