// The PDF route on the sample agenda, through LibreOffice: items on odd pages with filler
// pages before them, front-sheet page numbers that match where items really start, one outline
// entry per item with its appendices beneath, a tagged PDF, and no exempt text in the public one;
// its PDF papers (a LibreOffice PDF with an A3 page, a spreadsheet, an exempt Ghostscript PDF) in
// place with their sizes, the pack's page numbers, their tags and, when exempt, the banner.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <regex>

#include "pack/pack.hpp"
#include "pack/pdf_finish.hpp"
#include "pdf_pack_checks.hpp"
#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

const std::filesystem::path kAgenda = test::source_path("fixtures/agenda-pcc-cabinet-2023-12-18.xml");

bool tagged(const std::filesystem::path& pdf) { return test::tags_of(pdf).tagged; }

std::vector<std::string> codes(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags.items()) out.push_back(d.code);
  return out;
}

// Checks a built PDF pack; returns the whole text.
std::string check_pack_pdf(const std::filesystem::path& pdf) {
  const int pages = pack::pdf_page_count(pdf);
  const std::vector<std::string> items = {"item_3", "item_6", "item_8", "item_10"};
  const auto starts = pack::pdf_bookmark_pages(pdf, items);
  REQUIRE(starts.size() == items.size());
  const std::string front = test::page_text(pdf, 1) + test::page_text(pdf, 2);
  for (const auto& [bookmark, page] : starts) {
    INFO(bookmark << " starts on page " << page);
    CHECK(page % 2 == 1);
    // The front sheet's entry for the item ends in the page it starts on.
    const std::string number = bookmark.substr(5);
    const std::regex entry("\\n\\s*" + number + "\\.\\s[^\\n]*Page " + std::to_string(page) + "\\s*\\n");
    CHECK(std::regex_search(front, entry));
  }
  // Every filler page comes just before an item, on an even page: the agenda leaves
  // documentsStartOnOddPage at false, so appendices follow on a new page.
  std::string all;
  for (int p = 1; p <= pages; ++p) {
    const std::string text = test::page_text(pdf, p);
    if (p > 1 && text.find("This page is intentionally left blank") != std::string::npos) {
      INFO("filler page " << p);
      CHECK(p % 2 == 0);
      bool before_item = false;
      for (const auto& [bookmark, page] : starts) before_item = before_item || page == p + 1;
      CHECK(before_item);
    }
    all += text;
  }
  // Every page — front sheet, report, finished paper, PDF paper, notice, filler — carries
  // the pack's page line, centred, and nothing else inked at the foot of the page: the same
  // ink at the same height on every page of 2.5 cm margins (a PDF paper's own page number
  // under the line's white ground is not seen).
  // Item 8's Appendix 1 has margins of 1.5 cm: its line sits lower, in its bottom margin under
  // its text, which keeps its room and so its page count.
  const auto contents = test::outline_of(pdf);
  const int narrow_first = contents.at(2).children.at(0).page, narrow_last = contents.at(2).children.at(1).page - 1;
  const auto lines = test::page_lines(pdf);
  REQUIRE(static_cast<int>(lines.size()) == pages);
  const auto ink = test::ink_above_foot(pdf, 1, 70);
  CHECK(ink.first > 50);
  for (int p = 1; p <= pages; ++p) {
    INFO("page " << p);
    const std::string expected =
        "Cabinet, 18 December 2023 \u00b7 Page " + std::to_string(p) + " of " + std::to_string(pages);
    const auto& on_page = lines[static_cast<std::size_t>(p - 1)];
    const auto line = std::find_if(on_page.begin(), on_page.end(), [&](const auto& l) { return l.text == expected; });
    REQUIRE(line != on_page.end());
    CHECK(std::abs(line->centre_offset) < 1.5);
    const auto here = test::ink_above_foot(pdf, p, 70);
    const double lower = p >= narrow_first && p <= narrow_last ? (1418 - 850) / 20.0 : 0;  // twips to points
    CHECK(std::abs(here.first + lower - ink.first) <= 0.5);
    // (Above the line, a page of narrow margins may have its text within the strip.)
    if (lower == 0) CHECK(std::abs(here.second - ink.second) <= 0.5);
  }
  const auto outline = test::outline_of(pdf);
  CHECK(tagged(pdf));
  REQUIRE(outline.size() == 4);
  CHECK(outline[0].title == "3. Minutes of the Cabinet Meeting held on 13 November 2023");
  CHECK(outline[1].title == "6. City Market Regeneration – Approval of Delivery Strategy");
  REQUIRE(outline[1].children.size() == 4);
  CHECK(outline[1].children[0].title == "Appendix A – City Market Delivery Strategy");
  CHECK(outline[1].children[1].title == "Appendix B – Financial Appraisal");
  CHECK(outline[1].children[2].title == "Appendix C – Site Plan and Schedule of Accommodation");
  CHECK(outline[1].children[3].title == "Appendix D – Cost Plan");
  REQUIRE(outline[2].children.size() == 2);
  CHECK(outline[2].children[1].title == "Appendix 2 – Budget Monitoring (Quarter 2 2023/24)");
  CHECK(outline[3].title == "10. Acquisition of Commercial Property, Bridge Street");
  for (const auto& item : outline) CHECK(item.page == starts.at("item_" + item.title.substr(0, item.title.find('.'))));
  return all;
}

// The PDF papers of the sample agenda: Appendix C (an A3 landscape page, then an A4 page) and
// Appendix 2 (a spreadsheet), each where LibreOffice laid out its stand-in pages and under its
// item in the outline, with the pack's page numbers, and their tags in the pack's.
void check_pdf_papers(const std::filesystem::path& pdf) {
  const auto outline = test::outline_of(pdf);
  const int c = outline.at(1).children.at(2).page;
  CHECK(pack::pdf_bookmark_pages(pdf, {"item_6_3"}).at("item_6_3") == c);
  const auto a3 = test::page_size(pdf, c);
  CHECK(static_cast<int>(a3.width) == 1190);
  CHECK(static_cast<int>(a3.height) == 841);
  const auto a4 = test::page_size(pdf, c + 1);
  CHECK(static_cast<int>(a4.width) == 595);
  CHECK(static_cast<int>(a4.height) == 841);
  CHECK_THAT(test::page_text(pdf, c), Catch::Contains("Site Plan: City Market, Cowgate (A3)") &&
                                          Catch::Contains("Page " + std::to_string(c)));
  CHECK_THAT(test::page_text(pdf, c + 1), Catch::Contains("Schedule of Accommodation") &&
                                              Catch::Contains("Page " + std::to_string(c + 1)));
  const int budget = outline.at(2).children.at(1).page;
  CHECK(pack::pdf_bookmark_pages(pdf, {"item_8_2"}).at("item_8_2") == budget);
  CHECK_THAT(test::page_text(pdf, budget), Catch::Contains("Adult social care") &&
                                               Catch::Contains("Page " + std::to_string(budget)));
  const auto tags = test::tags_of(pdf);
  CHECK(tags.problems.empty());
  CHECK(std::count(tags.sections.begin(), tags.sections.end(), "Appendix C – Site Plan and Schedule of Accommodation") == 1);
  CHECK(std::count(tags.sections.begin(), tags.sections.end(), "Appendix 2 – Budget Monitoring (Quarter 2 2023/24)") == 1);
}

}  // namespace

TEST_CASE("The sample agenda's PDF packs start items on odd pages with matching front-sheet numbers", "[pack]") {
  if (!test::pdf_tools_present("pdftotext", "the PDF pack checks")) return;
  test::ScratchDir dir("pack-pdf");
  SECTION("public") {
    Diagnostics diags;
    REQUIRE(pack::build_pack(kAgenda, dir / "public.docx", {.pdf = dir / "public.pdf"}, diags));
    // Only the line that says the DOCX pack has a page in place of each PDF paper; not even a
    // warning that a page landed elsewhere.
    CHECK(codes(diags) == std::vector<std::string>{"pack.pdf-papers"});
    const std::string text = check_pack_pdf(dir / "public.pdf");
    check_pdf_papers(dir / "public.pdf");
    CHECK(text.find("PCC-EXEMPT") == std::string::npos);
    CHECK(text.find("1,850,000") == std::string::npos);
    CHECK(text.find("4,120,000") == std::string::npos);  // in the exempt Appendix D, a PDF
    // No byte of the exempt papers, nor the author, subject, keywords and comment planted in the
    // open Appendix C (a public pack carries nothing a PDF hides).
    const std::string raw = test::qdf_text(dir / "public.pdf");
    CHECK_FALSE(test::pdf_holds(raw, "PCC-EXEMPT"));
    CHECK_FALSE(test::pdf_holds(raw, "PCC-PDFMARK"));
    CHECK(test::fonts_not_embedded(dir / "public.pdf").empty());  // the page numbers docket stamps too
    CHECK(text.find("Public interest test") != std::string::npos);
    CHECK(test::ooxml_problems(dir / "public.docx").empty());
  }
  SECTION("confidential") {
    Diagnostics diags;
    REQUIRE(pack::build_pack(kAgenda, dir / "members.docx",
                             {.audience = pack::Audience::confidential_pack, .pdf = dir / "members.pdf"}, diags));
    // Appendix D, made by Ghostscript, has no tags: screen readers get its title for each page.
    CHECK(codes(diags) == std::vector<std::string>{"pack.pdf-papers", "pack.pdf-untagged"});
    const std::string text = check_pack_pdf(dir / "members.pdf");
    check_pdf_papers(dir / "members.pdf");
    CHECK(text.find("1,850,000") != std::string::npos);
    CHECK(text.find("NOT FOR PUBLICATION") != std::string::npos);
    // Every page of the exempt PDF carries the banner, above its own text, and its page number.
    const int d = test::outline_of(dir / "members.pdf").at(1).children.at(3).page;
    for (int page : {d, d + 1}) {
      std::string page_text = test::page_text(dir / "members.pdf", page);
      page_text.erase(0, page_text.find_first_not_of(" \n"));
      INFO(page_text);
      CHECK_THAT(page_text, Catch::StartsWith("NOT FOR PUBLICATION — exempt information under paragraph 3 of Part 1 of "
                                              "Schedule 12A") &&
                                Catch::Contains("Page " + std::to_string(page)));
    }
    CHECK_THAT(test::page_text(dir / "members.pdf", d), Catch::Contains("PCC-EXEMPT-PDF-4D1B"));
    // The members' pack is not cleaned: Appendix C's comment is there, as its author left it.
    CHECK(test::pdf_holds(test::qdf_text(dir / "members.pdf"), "PCC-PDFMARK-COMMENT"));
    // Ghostscript left Appendix D's fonts out; docket does not add them.
    CHECK(test::fonts_not_embedded(dir / "members.pdf") == std::vector<std::string>{"/Helvetica", "/Helvetica-Bold"});
    CHECK(test::tags_of(dir / "members.pdf").figures ==
          std::vector<std::string>{"Appendix D – Cost Plan, page 1 of 2", "Appendix D – Cost Plan, page 2 of 2"});
    CHECK(test::ooxml_problems(dir / "members.docx").empty());
  }
}

TEST_CASE("The same agenda gives a byte-identical PDF pack", "[pack]") {
  if (!test::pdf_tools_present("pdftotext", "the PDF pack checks")) return;
  test::ScratchDir dir("pack-pdf-twice");
  Diagnostics diags;
  REQUIRE(pack::build_pack(kAgenda, dir / "a.docx", {.pdf = dir / "a.pdf"}, diags));
  REQUIRE(pack::build_pack(kAgenda, dir / "b.docx", {.pdf = dir / "b.pdf"}, diags));
  CHECK(test::read_text(dir / "a.pdf") == test::read_text(dir / "b.pdf"));
  CHECK(test::read_text(dir / "a.docx") == test::read_text(dir / "b.docx"));
}
