// The agenda front sheet (templates/agenda-front-sheet.docx) for the sample agenda: the
// summons, the meeting's details with its publication date and a working webcast link, the
// private-meeting notices, and each item's presenter, lead officer, wards and what in it is
// not for publication, kept together under unnumbered headings.
#include <catch2/catch.hpp>

#include <functional>

#include "data/load_for_template.hpp"
#include "ooxml/names.hpp"
#include "ooxml/package.hpp"
#include "pack/front_sheet.hpp"
#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

// `change` edits the loaded agenda's root before the front sheet is rendered.
std::filesystem::path front_sheet(const std::filesystem::path& dir, const std::function<void(xmlNode*)>& change = {}) {
  Diagnostics diags;
  xml::SchemaCache schemas;
  auto loaded = data::load_for_template(test::source_path("fixtures/agenda-pcc-cabinet-2023-12-18.xml"), {}, schemas, diags);
  REQUIRE(loaded.data);
  if (change) change(loaded.data->root());
  // Items by their position in the agenda: item 6 is the sixth, item 10 the tenth.
  pack::FrontSheetInput input{"public", {{5, "item_6"}, {9, "item_10"}}, {{5, 5}}, {}};
  pack::Access exempt{.status = "exempt", .paragraphs = {3}};
  input.withheld[5] = {{"Appendix B \u2013 Financial Appraisal", exempt}};
  input.withheld[9] = {{"The report", exempt}};
  const auto out = dir / "front.docx";
  REQUIRE(pack::render_front_sheet(*loaded.data, input, format::Locale("en-GB"), out, diags));
  std::string listing;
  for (const auto& d : diags) listing += to_text(d) + "\n";
  INFO(listing);
  CHECK(diags.empty());
  CHECK(test::ooxml_problems(out).empty());
  return out;
}

}  // namespace

TEST_CASE("The front sheet summons the members and says when the agenda was published", "[pack]") {
  test::ScratchDir dir("front-summons");
  const std::string text = test::part_text(front_sheet(dir.path()), "word/document.xml");
  CHECK(text.find("You are summoned to attend a meeting of the Cabinet to be held at Council Chamber, Sand Martin House, "
                  "Bittern Way, Fletton Quays, Peterborough PE2 8TY, on Monday 18 December 2023 at 10.00 am, to transact the "
                  "business set out below.\nChief Executive\nIssued on Friday 8 December 2023\n") != std::string::npos);
  CHECK(text.find("Published:Friday 8 December 2023") != std::string::npos);  // label, tab, date
}

TEST_CASE("The front sheet gives the 28-day and 5-day notices of a meeting held in private", "[pack]") {
  test::ScratchDir dir("front-notices");
  const std::string text = test::part_text(front_sheet(dir.path()), "word/document.xml");
  CHECK(text.find("On 17 November 2023 the Cabinet gave notice, 28 clear days before this meeting, of its intention to "
                  "consider the items marked \u201Cnot for publication\u201D below in private") != std::string::npos);
  CHECK(text.find("On 8 December 2023, five clear days before this meeting, further notice was given") != std::string::npos);
  CHECK(text.find("Representations received:\nNo representations have been received.") != std::string::npos);
}

TEST_CASE("An item's line names its presenter, lead officer, wards and what in it is not for publication", "[pack]") {
  test::ScratchDir dir("front-items");
  const auto doc = test::parse_part(front_sheet(dir.path()), "word/document.xml");
  SECTION("a public report with an exempt appendix: the appendix is named") {
    const xmlNode* p = test::paragraph_with(doc, "City Market Regeneration");
    REQUIRE(p != nullptr);
    const std::string text = xml::text(p);
    CHECK(text.find("Presented by Councillor Sam Patel, Cabinet Member for Growth and Regeneration") != std::string::npos);
    CHECK(text.find("Lead officer: Alex Morgan, Director of Growth and Regeneration") != std::string::npos);
    CHECK(text.find("Wards: Central and Park") != std::string::npos);
    CHECK(text.find("Not for publication: Appendix B \u2013 Financial Appraisal \u2013 exempt information under paragraph 3 "
                    "of Part\u00A01 of Schedule 12A to the Local Government Act 1972") != std::string::npos);
  }
  SECTION("a Part II item: the item is marked once") {
    const std::string text = xml::text(test::paragraph_with(doc, "Bridge Street"));
    CHECK(text.find("Not for publication: exempt information under paragraph 3 of Part\u00A01 of Schedule 12A") != std::string::npos);
    CHECK(text.find("The report \u2013") == std::string::npos);
  }
  SECTION("the title and its notes are one paragraph kept on one page") {
    const xmlNode* p = test::paragraph_with(doc, "Quarterly Performance Report");
    CHECK(xml::text(p).find("All wards") != std::string::npos);
    CHECK(test::elements(doc, "keepLines").size() == 0);  // from the style, not typed on each item
    const auto styles = test::parse_part(dir / "front.docx", "word/styles.xml");
    bool keeps = false;
    for (xmlNode* s : test::elements(styles, "style")) {
      if (test::w_attribute(s, "styleId") == "AgendaItem") keeps = xml::descendants(s, "keepLines").size() == 1;
    }
    CHECK(keeps);
  }
}

TEST_CASE("The webcast address on the front sheet is a working link", "[pack]") {
  test::ScratchDir dir("front-webcast");
  const auto docx = front_sheet(dir.path());
  auto pkg = ooxml::Package::open(docx);
  const auto links = pkg.relationships(pkg.main_document()).of_type(ooxml::rel::hyperlink);
  bool found = false;
  for (const auto* r : links) found |= r->target == "https://www.youtube.com/@PeterboroughCityCouncil/streams";
  CHECK(found);
  const auto doc = test::parse_part(docx, "word/document.xml");
  const xmlNode* p = test::paragraph_with(doc, "This meeting is webcast");
  REQUIRE(p != nullptr);
  CHECK(xml::descendants(p, "hyperlink").size() == 1);
}

TEST_CASE("The front sheet's headings are not numbered", "[pack]") {
  test::ScratchDir dir("front-headings");
  const auto docx = front_sheet(dir.path());
  CHECK(test::elements(test::parse_part(docx, "word/document.xml"), "numPr").empty());
  for (xmlNode* s : test::elements(test::parse_part(docx, "word/styles.xml"), "style")) {
    const std::string id = test::w_attribute(s, "styleId");
    if (id.starts_with("Heading") || id.starts_with("Agenda")) {
      CAPTURE(id);
      CHECK(xml::descendants(s, "numPr").empty());
    }
  }
  const std::string text = test::part_text(docx, "word/document.xml");
  CHECK(text.find("\nMembership\n") != std::string::npos);
  CHECK(text.find("\nAgenda\n") != std::string::npos);
}

TEST_CASE("A supplementary agenda's front sheet says which supplement it is", "[pack]") {
  test::ScratchDir dir("front-supplement");
  const auto docx = front_sheet(dir.path(), [](xmlNode* root) {
    xmlSetProp(root, BAD_CAST "supplementOf", BAD_CAST "pcc-cabinet-2023-12-18-agenda");
    xmlSetProp(root, BAD_CAST "supplementNumber", BAD_CAST "2");
  });
  CHECK(test::part_text(docx, "word/document.xml").find("\nCabinet\nSupplementary agenda No.\u00A02\n") != std::string::npos);
  test::ScratchDir plain("front-not-supplement");
  CHECK(test::part_text(front_sheet(plain.path()), "word/document.xml").find("Supplementary") == std::string::npos);
}

TEST_CASE("check --data finds everything the sample agenda holds for its front sheet printed", "[pack]") {
  // The webcast prints as the link the pack makes; filler-page wording, paper titles and
  // reasons for withholding are printed on the pack's other pages, not the front sheet.
  const auto r = test::run_docket("check " + test::shell_quote(test::source_path("templates/agenda-front-sheet.docx").string()) +
                                  " --data " + test::shell_quote(test::source_path("fixtures/agenda-pcc-cabinet-2023-12-18.xml").string()));
  CHECK(r.status == 0);
  CHECK(r.err.find("does not print") == std::string::npos);
}
