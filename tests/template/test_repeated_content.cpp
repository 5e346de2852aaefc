// What repetition must keep unique or valid (fixtures/templates/word-lists.docx): bookmark ids
// and names, drawing ids (pictures and text boxes), rows repeated in pairs, conditional rows,
// loops inside table cells and headers that may leave a container empty.
#include <catch2/catch.hpp>

#include <set>

#include "rendered_text.hpp"
#include "test_support.hpp"

using namespace docket::test;

namespace {

std::string render_lists(const ScratchDir& dir) {
  const auto out = (dir / "out.docx").string();
  auto r = render_template(template_fixture("word-lists.docx"), template_fixture("data/council.xml"), out);
  INFO(r.messages);
  REQUIRE(r.written);
  REQUIRE(r.diags.empty());
  return out;
}

bool unique(const std::vector<std::string>& v) { return std::set<std::string>(v.begin(), v.end()).size() == v.size(); }

}  // namespace

TEST_CASE("Bookmarks repeated by a loop get fresh ids and numbered names", "[template]") {
  ScratchDir dir("repeat-bookmarks");
  const auto doc = part_xml(render_lists(dir), "word/document.xml");
  const auto ids = xpath_strings(doc, "//w:bookmarkStart/@w:id");
  CHECK(ids.size() == 3);
  CHECK(unique(ids));
  CHECK(xpath_strings(doc, "//w:bookmarkStart/@w:name") == std::vector<std::string>{"member_1", "member_2", "member_3"});
  // Each start has its end, with the same id.
  CHECK(xpath_strings(doc, "//w:bookmarkEnd/@w:id") == ids);
}

TEST_CASE("Pictures and text boxes repeated by a loop get unique drawing ids", "[template]") {
  ScratchDir dir("repeat-drawings");
  const auto out = render_lists(dir);
  const auto doc = part_xml(out, "word/document.xml");
  const auto ids = xpath_strings(doc, "//wp:docPr/@id");
  CHECK(ids.size() == 6);
  CHECK(unique(ids));
  CHECK(xpath_strings(doc, "count(//pic:pic)") == std::vector<std::string>{"3"});
  CHECK(xpath_strings(doc, "//mc:Choice//w:txbxContent") == std::vector<std::string>{"Box 1", "Box 2", "Box 3"});
  CHECK(xpath_strings(doc, "//mc:Fallback//w:txbxContent") == std::vector<std::string>{"Box 1", "Box 2", "Box 3"});
  CHECK(ooxml_problems(out).empty());
}

TEST_CASE("A row loop spanning two rows repeats them as a pair", "[template]") {
  ScratchDir dir("repeat-row-pairs");
  const auto doc = part_xml(render_lists(dir), "word/document.xml");
  CHECK(xpath_strings(doc, "//w:tbl[1]/w:tr/w:tc") ==
        std::vector<std::string>{"Name", "Ward", "Patel", "Ward", "North", "1 of 3", "Jones", "Ward", "East",
                                 "2 of 3", "Smith", "Ward", "South", "3 of 3"});
}

TEST_CASE("Row-level conditions keep or drop their rows", "[template]") {
  ScratchDir dir("repeat-row-conditions");
  const auto doc = part_xml(render_lists(dir), "word/document.xml");
  CHECK(xpath_strings(doc, "//w:tbl[3]/w:tr/w:tc") == std::vector<std::string>{"Case", "Answer", "Urgent", "Yes"});
}

TEST_CASE("A paragraph loop inside a table cell repeats there, and an empty one leaves a paragraph", "[template]") {
  ScratchDir dir("repeat-cells");
  const auto out = render_lists(dir);
  const auto doc = part_xml(out, "word/document.xml");
  CHECK(xpath_strings(doc, "//w:tbl[4]/w:tr[2]/w:tc[1]/w:p") == std::vector<std::string>{"Patel", "Jones", "Smith"});
  // A cell must end with a paragraph, even when its loop selected nothing.
  CHECK(xpath_strings(doc, "count(//w:tbl[4]/w:tr[2]/w:tc[2]/w:p)") == std::vector<std::string>{"1"});
  CHECK(ooxml_problems(out).empty());
}

TEST_CASE("A header whose only loop selects nothing still holds a paragraph", "[template]") {
  ScratchDir dir("repeat-header");
  const auto out = render_lists(dir);
  const auto header = part_xml(out, "word/header1.xml");
  CHECK(xpath_strings(header, "count(/w:hdr/w:p)") == std::vector<std::string>{"1"});
  CHECK(visible_text(out, "word/header1.xml").empty());
}

TEST_CASE("Rendering a template with repeated ids twice gives identical bytes", "[template]") {
  ScratchDir a("repeat-twice-a");
  ScratchDir b("repeat-twice-b");
  CHECK(read_text(render_lists(a)) == read_text(render_lists(b)));
}

TEST_CASE("A table with a row loop, inside a paragraph loop, repeats whole for each item", "[template]") {
  ScratchDir dir("repeat-nested-tables");
  const auto out = render_lists(dir);
  const auto doc = part_xml(out, "word/document.xml");
  CHECK(xpath_strings(doc, "//w:p[w:pPr/w:pStyle/@w:val='Heading3']") ==
        std::vector<std::string>{"Place services", "People services", "Corporate services"});
  CHECK(xpath_strings(doc, "//w:tbl[position() >= 5]/w:tr/w:tc") ==
        std::vector<std::string>{"Service", "Indicators", "Waste", "2", "Highways", "1",
                                 "Service", "Indicators", "Libraries", "1",
                                 "Service", "Indicators", "Finance", "2", "Audit", "1"});
  CHECK(xpath_strings(doc, "count(//w:tbl[position() >= 5]/w:tr[w:trPr/w:tblHeader])") ==
        std::vector<std::string>{"3"});
}

TEST_CASE("Content controls repeated by a loop get fresh ids", "[template]") {
  ScratchDir dir("repeat-content-controls");
  const auto doc = part_xml(render_lists(dir), "word/document.xml");
  CHECK(xpath_strings(doc, "//w:sdt/w:sdtContent") == std::vector<std::string>{"North", "East", "South"});
  const auto ids = xpath_strings(doc, "//w:sdt/w:sdtPr/w:id/@w:val");
  CHECK(ids.size() == 3);
  CHECK(unique(ids));
}
