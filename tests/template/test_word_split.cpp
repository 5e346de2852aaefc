// Tags split the way Word splits them (fixtures/templates/word-split.docx): spelling marks,
// bookmarks, revision ids, bold inside a tag, hyperlink boundaries, smart quotes, tracked
// changes, a text box, headers, footers, notes and the core properties.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"

using namespace docket::test;

namespace {

const auto kTemplate = template_fixture("word-split.docx");
const auto kData = template_fixture("data/council.xml");

std::string render_split(const ScratchDir& dir) {
  const auto out = (dir / "out.docx").string();
  auto r = render_template(kTemplate, kData, out);
  INFO(r.messages);
  REQUIRE(r.written);
  REQUIRE(r.diags.empty());
  return out;
}

}  // namespace

TEST_CASE("Tags that Word split across runs are filled in the body", "[template]") {
  ScratchDir dir("split-body");
  const auto out = render_split(dir);
  const std::vector<std::string> expected = {
      "Northfield District Council",
      "Body: Cabinet",
      "Date: 7 December 2023",
      "Chair: Councillor Ann Ó Briain and Cabinet",
      "Website of Northfield District Council (opens in a new window)",
      "Visit Northfield District Council online",
      "Held: 7 December 2023 at 6.00 pm",
      "Day: Thursday",
      "Ends 30 September 2023.",
      "Starts 1 July 2023.",
      "Box: ",
      "Code NDC",
      "Members: Patel, Jones and Smith.",
      "Source note and end note",
      "Cabinet meeting",
      "End of NORTHFIELD DISTRICT COUNCIL",
      "Member", "Ward", "Patel", "North", "Jones", "East", "Smith", "South",
      "After the table."};
  CHECK(paragraph_texts(out) == expected);
  CHECK(ooxml_problems(out).empty());
}

TEST_CASE("A split tag's value takes the formatting of the run where the tag begins", "[template]") {
  ScratchDir dir("split-format");
  const auto doc = part_xml(render_split(dir), "word/document.xml");
  SECTION("bold in the middle of the tag is not applied") {
    CHECK(xpath_strings(doc, "count(//w:r[w:t='Councillor Ann Ó Briain']/w:rPr/w:b)") == std::vector<std::string>{"0"});
  }
  SECTION("a tag that begins bold inserts bold text") {
    CHECK(xpath_strings(doc, "count(//w:p[starts-with(.,'Chair')]/w:r[w:t='Cabinet']/w:rPr/w:b)") ==
          std::vector<std::string>{"1"});
  }
  SECTION("a tag that begins inside a hyperlink inserts its value in the link") {
    CHECK(xpath_strings(doc, "count(//w:hyperlink//w:t[contains(.,'Northfield District Council')])") ==
          std::vector<std::string>{"1"});
    CHECK(xpath_strings(doc, "count(//w:hyperlink[@r:id='rId40'])") == std::vector<std::string>{"2"});
  }
  SECTION("inline loop items take the item tag's bold; separators the opening tag's plain style") {
    CHECK(xpath_strings(doc, "//w:p[starts-with(.,'Members')]/w:r[w:rPr/w:b]/w:t") ==
          std::vector<std::string>{"Patel", "Jones", "Smith"});
  }
}

TEST_CASE("Marks Word leaves inside tags survive or go as they should", "[template]") {
  ScratchDir dir("split-marks");
  const auto doc = part_xml(render_split(dir), "word/document.xml");
  SECTION("a bookmark inside a tag is kept") {
    CHECK(xpath_strings(doc, "//w:bookmarkStart/@w:name") == std::vector<std::string>{"body"});
    CHECK(xpath_strings(doc, "count(//w:bookmarkEnd)") == std::vector<std::string>{"1"});
  }
  SECTION("Word's _GoBack bookmark is removed") { CHECK(doc.find("_GoBack") == std::string::npos); }
  SECTION("no tag text is left anywhere") {
    CHECK(doc.find("{{") == std::string::npos);
    CHECK(doc.find("}}") == std::string::npos);
  }
  SECTION("the tracked deletion is left as it was") {
    CHECK(xpath_strings(doc, "//w:del//w:delText") == std::vector<std::string>{"xx"});
  }
}

TEST_CASE("A tag in a Word text box is filled in the shape and in its VML fallback", "[template]") {
  ScratchDir dir("split-textbox");
  const auto doc = part_xml(render_split(dir), "word/document.xml");
  CHECK(xpath_strings(doc, "string(//mc:Choice//w:txbxContent)") == std::vector<std::string>{"Code NDC"});
  CHECK(xpath_strings(doc, "string(//mc:Fallback//w:txbxContent)") == std::vector<std::string>{"Code NDC"});
}

TEST_CASE("Tags in Word headers, footers, footnotes and endnotes are filled", "[template]") {
  ScratchDir dir("split-parts");
  const auto out = render_split(dir);
  SECTION("header") {
    CHECK(visible_text(out, "word/header1.xml") == "NORTHFIELD DISTRICT COUNCIL\nCabinet 7 December 2023");
  }
  SECTION("footer") { CHECK(visible_text(out, "word/footer1.xml") == "Page footer: 7th December 2023"); }
  SECTION("footnote") { CHECK(visible_text(out, "word/footnotes.xml") == " Source: Northfield District Council."); }
  SECTION("endnote") { CHECK(visible_text(out, "word/endnotes.xml") == " Reported to cabinet."); }
}

TEST_CASE("The title and subject in docProps/core.xml are filled", "[template]") {
  ScratchDir dir("split-core");
  const auto core = part_xml(render_split(dir), "docProps/core.xml");
  CHECK(xpath_strings(core, "string(//dc:title)") == std::vector<std::string>{"Performance Report – Quarter Two"});
  CHECK(xpath_strings(core, "string(//dc:subject)") == std::vector<std::string>{"Northfield District Council"});
}

TEST_CASE("Literal text between tags in a core property is kept", "[template]") {
  ScratchDir dir("split-core-text");
  const auto core = part_xml(render_split(dir), "docProps/core.xml");
  CHECK(xpath_strings(core, "string(//cp:keywords)") == std::vector<std::string>{"Cabinet, Q3 2023/24"});
}

TEST_CASE("Rendering a Word template twice gives identical bytes", "[template]") {
  ScratchDir a("split-twice-a");
  ScratchDir b("split-twice-b");
  CHECK(read_text(render_split(a)) == read_text(render_split(b)));
}
