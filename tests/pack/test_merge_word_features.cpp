// Word features of the corpus in fixtures/merge/word, each merged and checked in the pack's
// XML: what a paper shows comes from its own parts, not the pack's or another paper's.
#include <catch2/catch.hpp>

#include <regex>

#include "pack/font_check.hpp"
#include "pack/pack.hpp"
#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

std::filesystem::path merge_word(const std::filesystem::path& dir, const std::vector<std::string>& papers,
                                 Diagnostics& diags, pack::MergeOptions options = {}) {
  std::vector<pack::MergeSource> sources{test::source("report-python-docx.docx")};
  for (const auto& p : papers) sources.push_back(test::source("word/" + p + ".docx"));
  auto out = dir / "pack.docx";
  options.title = "Committee, 18 December 2023: agenda pack";
  pack::merge_documents(sources, out, options, diags);
  CHECK(test::ooxml_problems(out).empty());
  return out;
}

using test::count;

}  // namespace

TEST_CASE("Each paper's diagram points at its own drawing in the pack", "[pack]") {
  test::ScratchDir dir("merge-smartart");
  Diagnostics diags;
  auto pack = merge_word(dir.path(), {"smartart-process", "smartart-cycle"}, diags);
  const std::string rels = test::read_part(pack, "word/_rels/document.xml.rels");
  for (auto [data, label] : {std::pair{"word/diagrams/data1.xml", "Consult"}, {"word/diagrams/data1-2.xml", "Plan"}}) {
    INFO(data);
    std::smatch m;
    const std::string part = test::read_part(pack, data);
    REQUIRE(std::regex_search(part, m, std::regex("relId=\"(rId[0-9]+)\"")));
    std::smatch target;
    REQUIRE(std::regex_search(rels, target, std::regex("Id=\"" + m[1].str() + "\" Type=\"[^\"]*diagramDrawing\" Target=\"([^\"]+)\"")));
    CHECK(test::read_part(pack, "word/" + target[1].str()).find(label) != std::string::npos);
  }
}

TEST_CASE("The pack takes the first theme a paper brings and resolves another theme's colours", "[pack]") {
  test::ScratchDir dir("merge-themes");
  Diagnostics diags;
  std::vector<pack::MergeSource> sources{test::source("appendix-libreoffice.docx"), test::source("word/chart-bar.docx"),
                                         test::source("word/other-theme-shapes.docx")};
  auto pack = dir / "pack.docx";
  pack::merge_documents(sources, pack, {}, diags);
  CHECK(test::read_part(pack, "word/theme/theme1.xml").find("<a:accent1>") != std::string::npos);
  // The chart keeps its theme reference (the pack's theme is its own); the other theme's
  // boxes get that theme's green and amber.
  CHECK(test::read_part(pack, "word/charts/chart1.xml").find("<a:schemeClr val=\"accent1\"/>") != std::string::npos);
  const std::string body = test::read_part(pack, "word/document.xml");
  CHECK(body.find("<a:srgbClr val=\"2E7D32\"/>") != std::string::npos);
  CHECK(body.find("<a:srgbClr val=\"F9A825\"/>") != std::string::npos);
}

TEST_CASE("Controls bound to a paper's properties and property fields keep the paper's text", "[pack]") {
  test::ScratchDir dir("merge-properties");
  Diagnostics diags;
  auto pack = merge_word(dir.path(), {"controls-bound-to-properties", "title-field"}, diags);
  const std::string body = test::read_part(pack, "word/document.xml");
  CHECK(body.find("dataBinding") == std::string::npos);
  CHECK(body.find(" TITLE ") == std::string::npos);
  CHECK(body.find(">Housing Strategy Annex<") != std::string::npos);
  CHECK(body.find(">Parking Strategy<") != std::string::npos);
  CHECK(test::part_text(pack, "word/document.xml").find("agenda pack") == std::string::npos);
}

TEST_CASE("Every paper numbers its footnotes and endnotes from its own start", "[pack]") {
  test::ScratchDir dir("merge-note-numbers");
  Diagnostics diags;
  auto pack = merge_word(dir.path(), {"footnotes", "comments-and-footnotes", "footnotes-again", "endnotes", "landscape-section"},
                         diags);
  const std::string body = test::read_part(pack, "word/document.xml");
  // 3 + 1 + 2 footnotes, each with its paper's number as its mark.
  CHECK(count(body, "customMarkFollows=\"1\"") == 8);  // and 2 endnotes
  const std::regex mark("<w:footnoteReference w:id=\"[0-9]+\" w:customMarkFollows=\"1\"/><w:t>([0-9]+)</w:t>");
  std::string marks;
  for (auto it = std::sregex_iterator(body.begin(), body.end(), mark); it != std::sregex_iterator(); ++it) marks += (*it)[1];
  CHECK(marks == "123112");
  CHECK(body.find("<w:endnoteReference w:id=\"1\" w:customMarkFollows=\"1\"/><w:t>i</w:t>") != std::string::npos);
  CHECK(test::part_text(pack, "word/footnotes.xml").find("1 More footnotes source 1") != std::string::npos);
  // Word prints each paper's endnotes at the end of its last section.
  CHECK(test::read_part(pack, "word/settings.xml").find("<w:endnotePr><w:pos w:val=\"sectEnd\"/>") != std::string::npos);
  CHECK(count(body, "<w:noEndnote/>") == 2);  // the three-section paper passes its endnotes to its last section
}

TEST_CASE("For LibreOffice, each paper's endnotes follow it as text on a page of their own", "[pack]") {
  test::ScratchDir dir("merge-endnote-text");
  Diagnostics diags;
  auto pack = merge_word(dir.path(), {"endnotes", "plain-report"}, diags, {.endnotes_as_text = true});
  CHECK(test::read_part(pack, "word/endnotes.xml").empty());
  const std::string text = test::part_text(pack, "word/document.xml");
  const auto note = text.find("i Endnote source 1: census 2021.");
  REQUIRE(note != std::string::npos);
  CHECK(note < text.find("Quarterly performance report"));
  CHECK(test::read_part(pack, "word/document.xml").find("endnoteReference") == std::string::npos);
}

TEST_CASE("A paper's only paragraph and its first-page header survive the pack", "[pack]") {
  test::ScratchDir dir("merge-header-only");
  Diagnostics diags;
  auto pack = merge_word(dir.path(), {"first-header-only-content", "watermark-only", "plain-report"}, diags);
  const std::string body = test::read_part(pack, "word/document.xml");
  // Each closing section break has a paragraph of its own: LibreOffice drops an empty one
  // that holds a break, and the paper's page went with it.
  CHECK(count(body, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>") == 2);
}

TEST_CASE("Line numbers stay in the section that asked for them", "[pack]") {
  test::ScratchDir dir("merge-line-numbers");
  Diagnostics diags;
  auto pack = merge_word(dir.path(), {"line-numbers", "plain-report"}, diags);
  const auto doc = test::parse_part(pack, "word/document.xml");
  CHECK(test::paragraph_with(doc, "Quarterly performance report") != nullptr);
  CHECK(xml::child(xml::child(test::paragraph_with(doc, "Quarterly performance report"), "pPr"), "suppressLineNumbers") != nullptr);
  CHECK(xml::child(xml::child(test::paragraph_with(doc, "Draft order with line numbers"), "pPr"), "suppressLineNumbers") == nullptr);
}

TEST_CASE("Paragraphs in a table keep the table style's spacing over their paper's defaults", "[pack]") {
  test::ScratchDir dir("merge-table-look");
  Diagnostics diags;
  auto pack = merge_word(dir.path(), {"table-style-spacing"}, diags);
  const auto doc = test::parse_part(pack, "word/document.xml");
  xmlNode* cell = test::paragraph_with(doc, "Service line 3");
  REQUIRE(cell != nullptr);
  xmlNode* spacing = xml::child(xml::child(cell, "pPr"), "spacing");
  CHECK(test::w_attribute(spacing, "after") == "0");
  CHECK(test::w_attribute(spacing, "line") == "240");
  // Text outside the table keeps the paper's own spacing (its moved defaults).
  CHECK(xml::child(xml::child(test::paragraph_with(doc, "Revenue budget monitoring"), "pPr"), "spacing") == nullptr);
}

TEST_CASE("A paper that is not A4 is named in a warning, and fitToA4 sets its pages to A4", "[pack]") {
  test::ScratchDir dir("merge-page-size");
  SECTION("warned") {
    Diagnostics diags;
    merge_word(dir.path(), {"letter-size"}, diags);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].message == "word/letter-size.docx: its pages are Letter, not A4 like the rest of the pack");
    CHECK(diags.items()[0].hint ==
          "ask for an A4 version, or give publication fitToA4=\"true\" in the agenda to set its pages to A4");
  }
  SECTION("fitted") {
    Diagnostics diags;
    auto pack = merge_word(dir.path(), {"letter-size", "a3-plan"}, diags, {.fit_to_a4 = true});
    const std::string body = test::read_part(pack, "word/document.xml");
    CHECK(body.find("w:w=\"12240\"") == std::string::npos);
    CHECK(count(body, "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>") == 1);
    REQUIRE(diags.items().size() == 2);
    CHECK(diags.items()[1].message == "word/a3-plan.docx: its A3 pages are set to A4 in the pack; its text flows anew");
  }
}

TEST_CASE("A font the machine lacks is named; Calibri and Cambria have metric-compatible fonts", "[pack]") {
  // In a pack: only the styles its papers use are there (python-docx's unused HTML styles name
  // Courier).
  test::ScratchDir dir("merge-fonts");
  Diagnostics diags;
  auto missing = pack::substituted_fonts(merge_word(dir.path(), {"missing-font"}, diags));
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].font == "Gill Sans MT");
  CHECK(!missing[0].used.empty());
  CHECK(pack::substituted_fonts(merge_word(dir.path(), {"calibri-cambria"}, diags)).empty());
}

TEST_CASE("Items without an id each show their own page on the front sheet", "[pack]") {
  test::ScratchDir dir("pack-no-id");
  Diagnostics diags;
  REQUIRE(pack::build_pack(test::merge_fixture("word/agenda.xml"), dir / "pack.docx", {}, diags));
  const std::string body = test::read_part(dir / "pack.docx", "word/document.xml");
  // Item 3 has no id: its line refers to its own bookmark, not the last item's.
  const std::regex line("header-with-logo</w:t></w:r><w:r><w:tab/></w:r>.*?PAGEREF </w:instrText></w:r><w:r><w:instrText xml:space=\"preserve\">(item_[0-9]+)<");
  std::smatch m;
  REQUIRE(std::regex_search(body, m, line));
  CHECK(m[1].str() == "item_3");
}
