// docket pack on the sample agenda (fixtures/agenda-pcc-cabinet-2023-12-18.xml): what a
// public pack withholds, what a members' pack marks, where items start, and determinism.
// The fixture plants canaries in exempt content: PCC-EXEMPT-7F3A in the exempt Appendix B
// (a finished DOCX), PCC-EXEMPT-PDF-4D1B in the exempt Appendix D (a PDF) and PCC-EXEMPT-9C21
// in the data of the Part II report, item 10.
#include <catch2/catch.hpp>

#include <regex>

#include "pack/pack.hpp"
#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

const std::filesystem::path kAgenda = test::source_path("fixtures/agenda-pcc-cabinet-2023-12-18.xml");

std::filesystem::path build(const std::filesystem::path& dir, pack::Audience audience, const std::string& name) {
  Diagnostics diags;
  const auto out = dir / name;
  const bool written = pack::build_pack(kAgenda, out, {.audience = audience}, diags);
  std::string listing;
  for (const auto& d : diags.items()) listing += to_text(d) + "\n";
  INFO(listing);
  REQUIRE(written);
  REQUIRE_FALSE(diags.has_errors());
  return out;
}

using test::count;

}  // namespace

TEST_CASE("A public pack holds no byte of exempt content and says what was withheld", "[pack]") {
  test::ScratchDir dir("pack-public");
  const auto docx = build(dir.path(), pack::Audience::public_pack, "public.docx");
  CHECK(test::ooxml_problems(docx).empty());
  const std::string parts = test::all_parts(docx);
  CHECK(count(parts, "PCC-EXEMPT") == 0);
  CHECK(count(parts, "1,850,000") == 0);  // the purchase price in item 10's report

  const std::string text = test::part_text(docx, "word/document.xml");
  // The notices: Appendices B and D of item 6 and the whole of item 10, each with paragraph 3 quoted.
  CHECK(count(text, "Information relating to the financial or business affairs of any particular person") == 3);
  CHECK(text.find("Item 10: Acquisition of Commercial Property, Bridge Street") != std::string::npos);
  CHECK(text.find("The report contains the proposed purchase price") != std::string::npos);  // public interest
  // The public parts are all there.
  CHECK(text.find("Appendix A – City Market Delivery Strategy") != std::string::npos);
  CHECK(text.find("Quarterly Performance Report – Quarter Two (2023/24)") != std::string::npos);
  CHECK(text.find("Public Document Pack") != std::string::npos);
  // A page stands for each open PDF paper (Appendix C, and Appendix 2, a spreadsheet made PDF).
  CHECK(text.find("Appendix C – Site Plan and Schedule of Accommodation") != std::string::npos);
  CHECK(count(text, "This paper is a PDF of 2 pages. A Word document cannot hold it: its pages are in the PDF pack.") == 1);
  CHECK(count(text, "This paper is a PDF of one page. A Word document cannot hold it: its pages are in the PDF pack.") == 1);
}

TEST_CASE("A members' pack includes exempt papers, marked NOT FOR PUBLICATION on their pages", "[pack]") {
  test::ScratchDir dir("pack-confidential");
  const auto docx = build(dir.path(), pack::Audience::confidential_pack, "members.docx");
  CHECK(test::ooxml_problems(docx).empty());
  const std::string parts = test::all_parts(docx);
  CHECK(count(parts, "PCC-EXEMPT-7F3A") > 0);
  CHECK(count(parts, "1,850,000") > 0);  // item 10's purchase price
  // The banner is in the headers of the three exempt documents' sections.
  int banners = 0;
  for (const auto& part : test::part_names(docx)) {
    if (part.find("word/header") == 0) {
      banners += count(test::read_part(docx, part),
                       "NOT FOR PUBLICATION \u2014 exempt information under paragraph 3 of Part 1 of Schedule 12A");
    }
  }
  CHECK(banners >= 3);
}

TEST_CASE("In the DOCX pack every item starts on an odd page and the front sheet refers to it", "[pack]") {
  test::ScratchDir dir("pack-odd");
  const auto docx = build(dir.path(), pack::Audience::public_pack, "public.docx");
  const std::string body = test::read_part(docx, "word/document.xml");
  // Minutes, item 6 report, item 8 report, notice for item 10: each item opens an odd-page
  // section; the agenda leaves documentsStartOnOddPage at its default (false), so Appendix A,
  // the notice for Appendix B, the page for Appendix C (a PDF), the notice for Appendix D,
  // Appendix 1 and the page for Appendix 2 (a spreadsheet) follow on, each on a new page.
  CHECK(count(body, "<w:type w:val=\"oddPage\"/>") == 4);
  CHECK(count(body, "<w:type w:val=\"nextPage\"/>") == 6);
  for (const std::string item : {"3", "6", "8", "10"}) {
    INFO("item " << item);
    CHECK(count(body, "w:name=\"item_" + item + "\"") == 1);        // the bookmark at its first page
    CHECK(body.find(">item_" + item + "</w:instrText>") != std::string::npos);  // PAGEREF item_N
  }
  // Word refreshes the page numbers on opening.
  CHECK(test::read_part(docx, "word/settings.xml").find("<w:updateFields") != std::string::npos);
}

TEST_CASE("The same agenda gives a byte-identical pack", "[pack]") {
  test::ScratchDir dir("pack-twice");
  const auto a = build(dir.path(), pack::Audience::public_pack, "a.docx");
  const auto b = build(dir.path(), pack::Audience::public_pack, "b.docx");
  CHECK(test::read_text(a) == test::read_text(b));
}

// The sample agenda's spreadsheet appendix is the first paper that needs LibreOffice.
TEST_CASE("pack --pdf without LibreOffice says what to install and writes neither file", "[pack]") {
  test::ScratchDir dir("pack-no-soffice");
  const auto docx = dir / "pack.docx";
  const auto pdf = dir / "pack.pdf";
  auto r = test::run_shell("PATH=/nonexistent " + test::shell_quote(DOCKET_BINARY) + " pack " +
                           test::shell_quote(kAgenda.string()) + " -o " + test::shell_quote(docx.string()) +
                           " --pdf " + test::shell_quote(pdf.string()));
  CHECK(r.status == 3);
  CHECK(r.err.find("appendix-2-budget-monitoring.xlsx for the pack: LibreOffice (soffice) is not installed") !=
        std::string::npos);
  CHECK(r.err.find("apt-get install -y libreoffice-calc-nogui") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(docx));
  CHECK_FALSE(std::filesystem::exists(pdf));
}
