// How DocumentAssembler's Content prints what its Select gives (document-assembler.md §3.4):
// a node's text, booleans as True/False, numbers as .NET's Double.ToString() prints them in the
// invariant culture. Templates: fixtures/assembler/forms-values.docx and quirk-*.docx.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_da_support.hpp"

using namespace docket::test;

namespace {

std::vector<std::string> rendered(const ScratchDir& dir, const std::string& tmpl, const std::string& extra = "") {
  const auto out = dir / "out.docx";
  auto r = render_assembler(tmpl, out, extra);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return paragraph_texts(out);
}

}  // namespace

TEST_CASE("DocumentAssembler Content prints booleans, numbers, nodes and strings as DocumentAssembler does", "[template][assembler]") {
  ScratchDir dir("da-values");
  const std::vector<std::string> expected = {"True: True",
                                             "False: False",
                                             "Third: 0.6666666666666666",
                                             "Big: 1E+15",
                                             "Fifteen digits: 123456789012345",
                                             "Whole: 3000",
                                             "Sum: 3175.5",
                                             "Negative: -300",
                                             "Small: 0.0001",
                                             "Not a number: NaN",
                                             "Count: 3",
                                             "Text node: Eric White",  // DocumentAssembler prints garbage here
                                             "Attribute: 1002",
                                             "String: Eric White (Blue Sky Airlines)",
                                             "Element: Bicycle",
                                             "End."};
  CHECK(rendered(dir, "forms-values.docx") == expected);
}

TEST_CASE("DocumentAssembler numbers print in the invariant culture whatever the locale", "[template][assembler]") {
  ScratchDir dir("da-values-locale");
  const auto texts = rendered(dir, "forms-values.docx", " --locale de-DE");
  REQUIRE(texts.size() > 6);
  CHECK(texts[2] == "Third: 0.6666666666666666");
  CHECK(texts[6] == "Sum: 3175.5");
}

// .NET switches to E notation below 1E-04 (scientific when the decimal exponent is below -4,
// so 0.0001 prints 0.0001 and 0.00001 prints 1E-05).
TEST_CASE("DocumentAssembler prints 0.00001 as 1E-05", "[template][assembler]") {
  ScratchDir dir("da-quirk-tiny");
  CHECK(rendered(dir, "quirk-tiny-number.docx") == std::vector<std::string>{"Tiny: 1E-05"});
}

// DocumentAssembler's data is an XElement loaded without whitespace, so an element's
// value is its descendants' text without the indentation between child elements.
TEST_CASE("DocumentAssembler prints an element with children as their text, without indentation", "[template][assembler]") {
  ScratchDir dir("da-quirk-element");
  CHECK(rendered(dir, "quirk-element-value.docx") == std::vector<std::string>{"Items: FrameWheels"});
}

// Block-level Content takes the first w:rPr of the paragraph's runs
// (para.Elements(W.r).Elements(W.rPr).FirstOrDefault()), here the bold one after "<# <Content …/>".
TEST_CASE("DocumentAssembler block-level Content takes the first run properties of its paragraph", "[template][assembler]") {
  ScratchDir dir("da-quirk-rpr");
  REQUIRE(rendered(dir, "quirk-first-run-properties.docx") == std::vector<std::string>{"Eric White"});
  CHECK(xpath_strings(part_xml(dir / "out.docx", "word/document.xml"), "count(//w:r[w:t='Eric White']/w:rPr/w:b)") ==
        std::vector<std::string>{"1"});
}
