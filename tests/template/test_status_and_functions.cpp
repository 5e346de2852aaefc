// Status cells in a Word-made table (fixtures/templates/word-status.docx) and docket's XPath
// extension functions (fixtures/templates/word-functions.docx), with data/council.xml.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"

using namespace docket::test;

namespace {

using Strings = std::vector<std::string>;

std::string render_status(const ScratchDir& dir) {
  const auto out = (dir / "out.docx").string();
  auto r = render_template(template_fixture("word-status.docx"), template_fixture("data/council.xml"), out);
  INFO(r.messages);
  REQUIRE(r.written);
  return out;
}

}  // namespace

TEST_CASE("A Word status table prints each status word and shades its cell", "[template]") {
  ScratchDir dir("status-word");
  const auto doc = part_xml(render_status(dir), "word/document.xml");
  CHECK(xpath_strings(doc, "//w:tr[position() > 1]/w:tc[2]") ==
        Strings{"Green", "Amber", "Red", "Blue", "Green", "In Development", "No Data"});
  CHECK(xpath_strings(doc, "//w:tr[position() > 1]/w:tc[2]/w:tcPr/w:shd/@w:fill") ==
        Strings{"00B050", "FFC000", "C00000", "0070C0", "00B050", "D9D9D9", "D9D9D9"});
  CHECK(xpath_strings(doc, "count(//w:tr[1]/w:tc[2]/w:tcPr/w:shd)") == Strings{"0"});
}

TEST_CASE("A Word status cell's text is white on dark fills and black on light ones", "[template]") {
  ScratchDir dir("status-word-colour");
  const auto out = render_status(dir);
  const auto doc = part_xml(out, "word/document.xml");
  CHECK(xpath_strings(doc, "//w:tr[position() > 1]/w:tc[2]//w:r/w:rPr/w:color/@w:val") ==
        Strings{"000000", "000000", "FFFFFF", "FFFFFF", "000000", "000000", "000000"});
  CHECK(ooxml_problems(out).empty());
}

TEST_CASE("rag-status() gives Red, Amber or Green from actual, target, polarity and tolerance",
          "[template]") {
  ScratchDir dir("functions");
  const auto out = dir / "out.docx";
  auto r = render_template(template_fixture("word-functions.docx"), template_fixture("data/council.xml"), out);
  INFO(r.messages);
  REQUIRE(r.written);
  CHECK(paragraph_texts(out) == Strings{"Higher, above target: Green", "Higher, in the band: Amber",
                                        "Higher, below the band: Red", "Lower, below target: Green",
                                        "Lower, in the band: Amber", "From data: Green",
                                        "Quarter: Q3 2023/24, year 2023/24"});
}
