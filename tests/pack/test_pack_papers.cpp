// Papers in every format docket takes, none written by hand (fixtures/papers/formats/, made by
// scripts/make-paper-formats.py, and a PDF rewritten by qpdf here): a Word 97 .doc, an ODT and
// an RTF saved by LibreOffice; an ODS spreadsheet and a PPTX presentation; PNG and JPEG images;
// PDFs from Ghostscript, from LibreOffice rewritten by qpdf, and one with a marker in every
// place a PDF can hide text. One public pack holds them all, DOCX and PDF.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

#include "pack/pack.hpp"
#include "pack/pdf_finish.hpp"
#include "pdf_pack_checks.hpp"
#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

const char* kAgenda = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<agenda xmlns="urn:docket:committee-papers:1" schemaVersion="1.0" xml:lang="en-GB">
  <authority jurisdiction="england">Peterborough City Council</authority>
  <meeting id="pcc-cabinet-2024-01-22">
    <body>Cabinet</body>
    <date>2024-01-22</date>
    <venue><name>Council Chamber</name></venue>
    <contact><name>Democratic Services</name><phone>01733 384628</phone></contact>
  </meeting>
  <publication documentsStartOnOddPage="true"><blankPageText>This page is intentionally left blank</blankPageText></publication>
  <items>
    <item id="item-1" number="1" kind="report">
      <title>Planted Markers</title>
      <report href="papers/planted-markers.pdf"/>
    </item>
    <item id="item-2" number="2" kind="other">
      <title>Consultation Summary</title>
      <document href="papers/lo-paper.doc" title="Consultation Summary (Word 97)"/>
      <appendix label="A" href="papers/lo-paper.odt" title="Consultation Summary (ODT)"/>
      <appendix label="B" href="papers/lo-paper.rtf" title="Consultation Summary (RTF)"/>
    </item>
    <item id="item-3" number="3" kind="other">
      <title>Budget and Update</title>
      <document href="papers/lo-budget.ods" title="Budget Monitoring"/>
      <appendix label="A" href="papers/lo-slides.pptx" title="Market Update Slides"/>
    </item>
    <item id="item-4" number="4" kind="other">
      <title>Photographs</title>
      <document href="papers/gs-photo.png" title="City Market from Cowgate"/>
      <appendix label="A" href="papers/gs-photo.jpg" title="City Market from Cowgate, as a JPEG"/>
    </item>
    <item id="item-5" number="5" kind="other">
      <title>Plans</title>
      <document href="papers/site-plan-qpdf.pdf" title="Site Plan (rewritten by qpdf)"/>
      <appendix label="A" href="papers/cost-plan-gs.pdf" title="Cost Plan (Ghostscript)"/>
    </item>
  </items>
</agenda>
)xml";

// The agenda and its papers in a scratch folder.
std::filesystem::path write_agenda(const test::ScratchDir& dir) {
  std::filesystem::create_directories(dir / "papers");
  for (const char* name : {"planted-markers.pdf", "lo-paper.doc", "lo-paper.odt", "lo-paper.rtf", "lo-budget.ods",
                           "lo-slides.pptx", "gs-photo.png", "gs-photo.jpg"}) {
    std::filesystem::copy_file(test::source_path(std::string("fixtures/papers/formats/") + name), dir / "papers" / name);
  }
  std::filesystem::copy_file(test::source_path("fixtures/papers/pcc-city-market-appendix-d-cost-plan.pdf"),
                             dir / "papers" / "cost-plan-gs.pdf");
  // LibreOffice's site plan as qpdf rewrites it: object streams, recompressed.
  test::rewrite_with_object_streams(test::source_path("fixtures/papers/pcc-city-market-appendix-c-site-plan.pdf"),
                                   dir / "papers" / "site-plan-qpdf.pdf");
  test::write_text(dir / "agenda.xml", kAgenda);
  return dir / "agenda.xml";
}

std::vector<std::string> codes(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags.items()) out.push_back(d.code);
  return out;
}

}  // namespace

TEST_CASE("A public pack holds papers of every format, and nothing a PDF paper hid", "[pack]") {
  if (!test::pdf_tools_present("pdftotext", "the pack of every paper format")) return;
  test::ScratchDir dir("pack-formats");
  const auto agenda = write_agenda(dir);
  Diagnostics diags;
  const bool written = pack::build_pack(agenda, dir / "pack.docx", {.pdf = dir / "pack.pdf"}, diags);
  std::string listing;
  for (const auto& d : diags.items()) listing += to_text(d) + "\n";
  INFO(listing);
  REQUIRE(written);
  CHECK(codes(diags) == std::vector<std::string>{"papers.pdf-hidden-layers", "pack.pdf-papers", "pack.pdf-untagged",
                                                 "pack.pdf-untagged"});

  {  // the PDF pack: every paper on an odd page, numbered, in the outline and the front sheet
    const auto pdf = dir / "pack.pdf";
    const int pages = pack::pdf_page_count(pdf);
    std::string text;
    for (int p = 1; p <= pages; ++p) text += test::page_text(pdf, p);
    CHECK(test::count(text, "LO-FORMAT-PAPER") == 3);  // the .doc, the .odt and the .rtf
    CHECK(test::count(text, "LO-FORMAT-BUDGET") == 1);
    CHECK(test::count(text, "LO-FORMAT-SLIDES") == 1);
    CHECK(test::count(text, "Site Plan: City Market, Cowgate (A3)") == 1);
    CHECK(test::count(text, "Appendix D: Cost Plan") == 2);
    const std::string front = test::page_text(pdf, 1) + test::page_text(pdf, 2);
    const auto outline = test::outline_of(pdf);
    REQUIRE(outline.size() == 5);
    for (const auto& item : outline) {
      INFO(item.title << " on page " << item.page);
      CHECK(item.page % 2 == 1);
      const std::string number = item.title.substr(0, item.title.find('.'));
      CHECK(std::regex_search(front, std::regex("\\n\\s*" + number + "\\.\\s[^\\n]*Page " + std::to_string(item.page) +
                                                "\\s*\\n")));
      for (const auto& child : item.children) CHECK(child.page % 2 == 1);
      // Every page from the item's start carries its own number where the pack's footer has it.
      CHECK_THAT(test::page_text(pdf, item.page), Catch::Contains("Page " + std::to_string(item.page)));
    }
    // The planted paper's second page keeps its rotation and gets its number upright.
    const int planted = outline[0].page;
    CHECK(test::page_size(pdf, planted + 1).rotate == 90);
    CHECK_THAT(test::page_text(pdf, planted + 1),
               Catch::Contains("PDF-VISIBLE-ROTATED") && Catch::Contains("Page " + std::to_string(planted + 1)));
    // Nothing the planted PDF hid; what it shows is there.
    const std::string raw = test::qdf_text(pdf);
    CHECK_FALSE(test::pdf_holds(raw, "PDFMARK"));
    for (const char* shown : {"PDF-VISIBLE-TEXT", "PDF-VISIBLE-LAYER", "FORM-VISIBLE-VALUE"}) CHECK(raw.find(shown) != std::string::npos);
    const auto tags = test::tags_of(pdf);
    CHECK(tags.problems.empty());
    // The page numbers docket stamps are in an embedded font, as LibreOffice's are; the fonts
    // not embedded are the planted PDF's and Ghostscript's own Helvetica.
    CHECK(test::fonts_not_embedded(pdf) == std::vector<std::string>{"/Helvetica", "/Helvetica-Bold"});
    CHECK(std::count(tags.figures.begin(), tags.figures.end(), "City Market from Cowgate") == 1);
    CHECK(std::count(tags.figures.begin(), tags.figures.end(), "1. Planted Markers, page 2 of 2") == 1);
    for (const char* section : {"1. Planted Markers", "Budget Monitoring", "Appendix A – Market Update Slides",
                                "Site Plan (rewritten by qpdf)", "Appendix A – Cost Plan (Ghostscript)"}) {
      INFO(section);
      CHECK(std::count(tags.sections.begin(), tags.sections.end(), section) == 1);
    }
  }
  {  // the DOCX pack: Word papers merged, a page standing for each PDF paper
    const auto docx = dir / "pack.docx";
    CHECK(test::ooxml_problems(docx).empty());
    const std::string body = test::read_part(docx, "word/document.xml");
    CHECK(test::count(body, "LO-FORMAT-PAPER") == 3);
    CHECK(test::count(body, "A Word document cannot hold it: its pages are in the PDF pack.") == 5);
    CHECK(body.find("This paper is a PDF of 2 pages.") != std::string::npos);
    CHECK(test::count(body, "descr=\"City Market from Cowgate\"") == 2);  // the drawing and its picture
    CHECK(test::count(body, "descr=\"City Market from Cowgate, as a JPEG\"") == 2);
    CHECK(test::all_parts(docx).find("PDFMARK") == std::string::npos);
  }
}
