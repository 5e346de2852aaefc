// The PDF route on the sample agenda, through LibreOffice: items on odd pages with filler
// pages before them, front-sheet page numbers that match where items really start, one outline
// entry per item with its appendices beneath, a tagged PDF, and no exempt text in the public one.
#include <catch2/catch.hpp>

#define POINTERHOLDER_TRANSITION 4  // we use no PointerHolder
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>

#include <regex>

#include "pack/pack.hpp"
#include "pack/pdf_finish.hpp"
#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

const std::filesystem::path kAgenda = test::source_path("fixtures/agenda-pcc-cabinet-2023-12-18.xml");

std::string page_text(const std::filesystem::path& pdf, int page) {
  auto r = test::run_shell("pdftotext -layout -f " + std::to_string(page) + " -l " + std::to_string(page) + " " +
                           test::shell_quote(pdf.string()) + " -");
  REQUIRE(r.status == 0);
  return r.out;
}

struct OutlineItem {
  std::string title;
  std::vector<std::string> children;
};

std::vector<OutlineItem> outline_of(const std::filesystem::path& pdf) {
  QPDF q;
  q.processFile(pdf.c_str());
  std::vector<OutlineItem> items;
  for (auto& top : QPDFOutlineDocumentHelper(q).getTopLevelOutlines()) {
    OutlineItem item{top.getTitle(), {}};
    for (auto& kid : top.getKids()) item.children.push_back(kid.getTitle());
    items.push_back(item);
  }
  return items;
}

bool tagged(const std::filesystem::path& pdf) {
  QPDF q;
  q.processFile(pdf.c_str());
  return q.getRoot().hasKey("/StructTreeRoot") && q.getRoot().hasKey("/MarkInfo");
}

// Checks a built PDF pack; returns the whole text.
std::string check_pack_pdf(const std::filesystem::path& pdf) {
  const int pages = pack::pdf_page_count(pdf);
  const std::vector<std::string> items = {"item_3", "item_6", "item_8", "item_10"};
  const auto starts = pack::pdf_bookmark_pages(pdf, items);
  REQUIRE(starts.size() == items.size());
  const std::string front = page_text(pdf, 1) + page_text(pdf, 2);
  for (const auto& [bookmark, page] : starts) {
    INFO(bookmark << " starts on page " << page);
    CHECK(page % 2 == 1);
    // The front sheet's entry for the item ends in the page it starts on.
    const std::string number = bookmark.substr(5);
    const std::regex entry("\\n\\s*" + number + "\\.\\s[^\\n]*Page " + std::to_string(page) + "\\s*\\n");
    CHECK(std::regex_search(front, entry));
  }
  // Every filler page comes just before an item, on an even page.
  for (int p = 2; p <= pages; ++p) {
    if (page_text(pdf, p).find("This page is intentionally left blank") == std::string::npos) continue;
    INFO("filler page " << p);
    CHECK(p % 2 == 0);
    bool before_item = false;
    for (const auto& [bookmark, page] : starts) before_item = before_item || page == p + 1;
    CHECK(before_item);
  }
  std::string all;
  for (int p = 1; p <= pages; ++p) all += page_text(pdf, p);
  CHECK(tagged(pdf));
  const auto outline = outline_of(pdf);
  REQUIRE(outline.size() == 4);
  CHECK(outline[0].title == "3. Minutes of the Cabinet Meeting held on 13 November 2023");
  CHECK(outline[1].title == "6. City Market Regeneration – Approval of Delivery Strategy");
  CHECK(outline[1].children == std::vector<std::string>{"Appendix A – City Market Delivery Strategy",
                                                        "Appendix B – Financial Appraisal"});
  CHECK(outline[2].children.size() == 1);
  CHECK(outline[3].title == "10. Acquisition of Commercial Property, Bridge Street");
  return all;
}

}  // namespace

TEST_CASE("The sample agenda's PDF packs start items on odd pages with matching front-sheet numbers", "[pack]") {
  if (!test::pdf_tools_present("pdftotext", "the PDF pack checks")) return;
  test::ScratchDir dir("pack-pdf");
  SECTION("public") {
    Diagnostics diags;
    REQUIRE(pack::build_pack(kAgenda, dir / "public.docx", {.pdf = dir / "public.pdf"}, diags));
    CHECK(diags.items().empty());  // not even a warning that a page landed elsewhere
    const std::string text = check_pack_pdf(dir / "public.pdf");
    CHECK(text.find("PCC-EXEMPT") == std::string::npos);
    CHECK(text.find("1,850,000") == std::string::npos);
    CHECK(text.find("Public interest test") != std::string::npos);
  }
  SECTION("confidential") {
    Diagnostics diags;
    REQUIRE(pack::build_pack(kAgenda, dir / "members.docx",
                             {.audience = pack::Audience::confidential_pack, .pdf = dir / "members.pdf"}, diags));
    CHECK(diags.items().empty());
    const std::string text = check_pack_pdf(dir / "members.pdf");
    CHECK(text.find("1,850,000") != std::string::npos);
    CHECK(text.find("NOT FOR PUBLICATION") != std::string::npos);
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
