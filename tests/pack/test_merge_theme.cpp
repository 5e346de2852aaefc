#include <catch2/catch.hpp>

#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

TEST_CASE("A document with another theme keeps its theme's fonts", "[pack]") {
  test::ScratchDir dir("merge-theme");
  Diagnostics diags;
  auto pack = dir / "pack.docx";
  pack::merge_documents({test::source("report-python-docx.docx"), test::source("other-theme.docx")}, pack, {}, diags);
  CHECK(test::ooxml_problems(pack) == "");
  CHECK(diags.empty());
  auto document = test::parse_part(pack, "word/document.xml");
  auto styles = test::parse_part(pack, "word/styles.xml");
  auto look = [&](const std::string& text) { return test::styled_look(styles, test::paragraph_with(document, text)); };
  // The pack's theme is the report's: its references stay theme references.
  CHECK(look("Corporate performance report")["font"] == "theme:majorHAnsi");
  CHECK(look("This report sets out")["font"] == "theme:minorHAnsi");
  // The other document's are written out with its own theme's typefaces.
  CHECK(look("Budget consultation 2024/25")["font"] == "DejaVu Serif");
  CHECK(look("The consultation ran from")["font"] == "Liberation Mono");
  CHECK(look("Budget consultation 2024/25")["color"] == "365F91");
  for (xmlNode* c : test::elements(styles, "color")) {
    const xmlNode* style = c->parent->parent;
    if (test::w_attribute(style, "styleId") == "Heading1-2") CHECK(test::w_attribute(c, "themeColor") == "");
  }
}
