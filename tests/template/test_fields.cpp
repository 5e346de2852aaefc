// Fields kept current: a template's table of contents lists the headings rendering made, its
// page references are marked for Word to update on opening, and the PDF shows current pages.
#include <catch2/catch.hpp>

#include <regex>

#include "rendered_text.hpp"
#include "test_support.hpp"
#include "word_markup.hpp"

using namespace docket::test;

namespace {

std::string field_run(const std::string& type) { return "<w:r><w:fldChar w:fldCharType=\"" + type + "\"/></w:r>"; }
std::string code(const std::string& instruction) {
  return "<w:r><w:instrText xml:space=\"preserve\">" + instruction + "</w:instrText></w:r>";
}
std::string field(const std::string& instruction, const std::string& shown) {
  return field_run("begin") + code(instruction) + field_run("separate") + word::run(shown) + field_run("end");
}
std::string page_break() { return "<w:r><w:br w:type=\"page\"/></w:r>"; }

// A contents list as Word saved it with the template's own (stale) entry, the headings a loop
// makes (each on a new page), a bookmark a PAGEREF points to, and the page count.
void write_contents_template(const std::filesystem::path& out) {
  const std::string toc_open = field_run("begin") + code(" TOC \\o \"1-3\" \\h \\z \\u ") + field_run("separate");
  const std::string body =
      word::para("Contents") +
      word::para({toc_open, word::run("Old heading"), "<w:r><w:tab/></w:r>", word::run("9")}) +
      word::para(std::vector<std::string>{field_run("end")}) +
      word::para({word::run("Total pages: "), field(" NUMPAGES ", "77")}) +
      word::para({word::run("Target on page "), field(" PAGEREF target \\h ", "99")}) +
      word::para("{{#each section}}") + word::para({page_break(), word::run("{{ h }}")}, "Heading1") +
      word::para("{{ body }}") + word::para("{{/each}}") +
      word::para({"<w:bookmarkStart w:id=\"90\" w:name=\"target\"/>", word::run("the target"), "<w:bookmarkEnd w:id=\"90\"/>"}) +
      word::para({page_break(), word::run("Closing {{ title }}")}, "Heading2");
  word::write_template(body, out);
}

const std::string kData =
    "<report><title>Budget</title>"
    "<section><h>Alpha section</h><body>one</body></section>"
    "<section><h>Beta section</h><body>two</body></section>"
    "<section><h>Gamma &amp; delta</h><body>three</body></section></report>";

// LibreOffice and pdftotext, which the PDF tests need; says so when they are absent.
bool pdf_tools_present() {
  if (run_shell("command -v soffice").status == 0 && run_shell("command -v pdftotext").status == 0) return true;
  WARN("soffice or pdftotext is absent: the PDF check is skipped");
  return false;
}

}  // namespace

TEST_CASE("A table of contents lists the headings rendering made, each with a page reference Word updates",
          "[template]") {
  ScratchDir dir("fields-toc");
  write_contents_template(dir / "t.docx");
  write_text(dir / "data.xml", kData);
  const auto r = run_docket("render " + shell_quote((dir / "t.docx").string()) + " " +
                            shell_quote((dir / "data.xml").string()) + " -o " + shell_quote((dir / "out.docx").string()));
  INFO(r.err);
  REQUIRE(r.status == 0);
  const auto doc = part_xml(dir / "out.docx", "word/document.xml");
  // The entries' text, in order, with the page reference to each heading's bookmark.
  CHECK(xpath_strings(doc, "//w:hyperlink/@w:anchor") == std::vector<std::string>{"toc_1", "toc_2", "toc_3", "toc_4"});
  CHECK(xpath_strings(doc, "//w:hyperlink/w:r[1]/w:t") ==
        std::vector<std::string>{"Alpha section", "Beta section", "Gamma & delta", "Closing Budget"});
  CHECK(xpath_strings(doc, "count(//w:t[. = 'Old heading'])") == std::vector<std::string>{"0"});
  CHECK(xpath_strings(doc, "//w:p[w:pPr/w:pStyle/@w:val = 'Heading1']/w:bookmarkStart/@w:name") ==
        std::vector<std::string>{"toc_1", "toc_2", "toc_3"});
  CHECK(xpath_strings(doc, "(//w:hyperlink)[3]//w:instrText") == std::vector<std::string>{" PAGEREF toc_3 \\h "});
  // A level-2 heading is indented beneath, as the template has no "toc 2" style.
  CHECK(xpath_strings(doc, "//w:p[w:hyperlink/@w:anchor = 'toc_4']/w:pPr/w:ind/@w:left") == std::vector<std::string>{"220"});
  // Word updates the marked fields (the contents, page references, page count) on opening.
  CHECK(xpath_strings(doc, "count(//w:fldChar[@w:fldCharType = 'begin' and @w:dirty = 'true'])") ==
        std::vector<std::string>{"7"});
  CHECK(xpath_strings(part_xml(dir / "out.docx", "word/settings.xml"), "count(/w:settings/w:updateFields)") ==
        std::vector<std::string>{"1"});
  CHECK(ooxml_problems(dir / "out.docx").empty());
}

TEST_CASE("The PDF of a rendered report shows its contents and page references with current pages", "[template]") {
  if (!pdf_tools_present()) return;
  ScratchDir dir("fields-pdf");
  write_contents_template(dir / "t.docx");
  write_text(dir / "data.xml", kData);
  const auto r = run_docket("render " + shell_quote((dir / "t.docx").string()) + " " +
                            shell_quote((dir / "data.xml").string()) + " -o " + shell_quote((dir / "out.docx").string()) +
                            " --pdf " + shell_quote((dir / "out.pdf").string()));
  INFO(r.err);
  REQUIRE(r.status == 0);
  const auto text = run_shell("pdftotext -layout -f 1 -l 1 " + shell_quote((dir / "out.pdf").string()) + " -").out;
  INFO(text);
  // Each heading starts a page: the first after the contents is on page 2.
  CHECK(text.find("Alpha section") != std::string::npos);
  for (const char* line : {"Alpha section\\.+ *2\n", "Beta section\\.+ *3\n", "Gamma & delta\\.+ *4\n", "Closing Budget\\.+ *5\n",
                           "Total pages: 5\n", "Target on page 4\n"}) {
    CHECK(std::regex_search(text, std::regex(line)));
  }
  // The DOCX keeps the pages LibreOffice laid the headings out on, and stays valid.
  const auto doc = part_xml(dir / "out.docx", "word/document.xml");
  CHECK(xpath_strings(doc, "//w:hyperlink/w:r[last() - 1]/w:t") == std::vector<std::string>{"2", "3", "4", "5"});
  CHECK(ooxml_problems(dir / "out.docx").empty());
}

TEST_CASE("In a PDF pack a paper's contents give the pack's page numbers, as its footer does", "[template]") {
  if (!pdf_tools_present()) return;
  ScratchDir dir("fields-pack");
  write_contents_template(dir / "t.docx");
  write_text(dir / "data.xml", kData);
  std::filesystem::create_directories(dir / "papers");
  REQUIRE(run_docket("render " + shell_quote((dir / "t.docx").string()) + " " + shell_quote((dir / "data.xml").string()) +
                     " -o " + shell_quote((dir / "papers" / "budget.docx").string()))
              .status == 0);
  write_text(dir / "agenda.xml", R"(<?xml version="1.0" encoding="UTF-8"?>
<agenda xmlns="urn:docket:committee-papers:1" schemaVersion="1.0" xml:lang="en-GB">
  <authority jurisdiction="england">Peterborough City Council</authority>
  <meeting id="pcc-cabinet-2024-01-22">
    <body>Cabinet</body><date>2024-01-22</date><venue><name>Council Chamber</name></venue>
    <contact><name>Democratic Services</name><phone>01733 384628</phone></contact>
  </meeting>
  <publication documentsStartOnOddPage="true"><blankPageText>This page is intentionally left blank</blankPageText></publication>
  <items>
    <item id="item-1" number="1" kind="other"><title>Apologies</title></item>
    <item id="item-2" number="2" kind="other"><title>Budget</title><document href="papers/budget.docx" title="Budget"/></item>
  </items>
</agenda>
)");
  const auto r = run_docket("pack " + shell_quote((dir / "agenda.xml").string()) + " -o " + shell_quote((dir / "pack.docx").string()) +
                            " --pdf " + shell_quote((dir / "pack.pdf").string()));
  INFO(r.err);
  REQUIRE(r.status == 0);
  // The paper's first page (its contents) is the first page of the pack to list them.
  int contents = 0;
  std::string text;
  for (int p = 1; p <= 12 && contents == 0; ++p) {
    text = run_shell("pdftotext -layout -f " + std::to_string(p) + " -l " + std::to_string(p) + " " +
                     shell_quote((dir / "pack.pdf").string()) + " -").out;
    if (text.find("Alpha section") != std::string::npos) contents = p;
  }
  INFO(text);
  REQUIRE(contents > 1);  // after the front sheet
  CHECK(text.find("Page " + std::to_string(contents)) != std::string::npos);  // the pack's footer
  // Each heading starts a page of its own after the contents, so at contents + 1, + 2…
  const char* headings[] = {"Alpha section", "Beta section", "Gamma & delta", "Closing Budget"};
  for (int k = 0; k < 4; ++k) {
    CHECK(std::regex_search(text, std::regex(std::string(headings[k]) + "\\.+ *" + std::to_string(contents + 1 + k) + "\n")));
  }
  CHECK(std::regex_search(text, std::regex("Target on page " + std::to_string(contents + 3) + "\n")));
}
