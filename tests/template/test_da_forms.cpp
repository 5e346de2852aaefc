// OpenXmlPowerTools DocumentAssembler templates render to the text DocumentAssembler gives them:
// every authoring form of /work/shared/spec/document-assembler.md §3.6 (paragraph-level and
// run-level <# … #>, markup split by Word, content controls at block, run and cell level,
// Table, nested Repeat, Optional, Conditional, markup in every part, mixed with docket tags).
// Templates: fixtures/assembler/ (scripts/make-assembler-fixtures.py); data: data/customer.xml.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_da_support.hpp"

using namespace docket::test;

namespace {

// Renders `tmpl` and returns its paragraph texts; the render must succeed.
std::vector<std::string> rendered(const ScratchDir& dir, const std::string& tmpl, const std::string& part = "word/document.xml") {
  const auto out = dir / "out.docx";
  if (!std::filesystem::exists(out)) {
    auto r = render_assembler(tmpl, out);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.find(": error: ") == std::string::npos);
    CHECK(r.err.find(": warning: ") == std::string::npos);
  }
  return paragraph_texts(out, part);
}

std::string body_xml(const ScratchDir& dir) { return part_xml(dir / "out.docx", "word/document.xml"); }

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("DocumentAssembler paragraph-level markup: Content, nested Repeat with Optional, Conditional", "[template][assembler]") {
  ScratchDir dir("da-paragraph");
  const Texts expected = {"Eric White",
                          "Orders",
                          "Order 1001: Bicycle",
                          "Frame",
                          "Wheels",
                          "Order 1002: Helmet",
                          "Helmet",
                          "Order 1003: Inner tube",  // Items is empty: the inner Repeat is Optional
                          "",                        // Content Optional="true" selecting nothing
                          "Deliver to the side door.\nRing twice.",
                          "High-value customer.",  // Match="True"
                          "Blue Sky Airlines",      // spaces around the markup are not text
                          "End."};
  CHECK(rendered(dir, "forms-paragraph.docx") == expected);
  SECTION("block-level Content keeps its paragraph's properties") {
    const auto xml = body_xml(dir);
    CHECK(xpath_strings(xml, "string(/w:document/w:body/w:p[1]/w:pPr/w:pStyle/@w:val)") == Texts{"Heading1"});
    CHECK(xpath_strings(xml, "//w:p[w:pPr/w:pStyle/@w:val='ListBullet']") == Texts{"Frame", "Wheels", "Helmet"});
    CHECK(xpath_strings(xml, "count(//w:p[w:pPr/w:ind/@w:left='720']//w:br)") == Texts{"1"});
  }
}

TEST_CASE("DocumentAssembler run-level markup: several in a paragraph, smart quotes, split by Word", "[template][assembler]") {
  ScratchDir dir("da-run");
  const Texts expected = {"Dear Eric White of Blue Sky Airlines,",
                          "Customer 1.",                      // “ ” typed by Word
                          "Company: Blue Sky Airlines.",      // w:proofErr and three rsids inside
                          "Name: Eric White",                 // a bookmark inside
                          "Product: Bicycle",                 // bold in the middle
                          "Company: Blue Sky Airlines",       // begins in a bold run
                          "Fax: []",                          // Optional="true"
                          "Notes: Deliver to the side door.\nRing twice.",
                          "Address: [  12 High Street  ]",
                          "Box: ",
                          "Blue Sky Airlines",  // in the text box
                          "End."};
  CHECK(rendered(dir, "forms-run.docx") == expected);
  SECTION("the value takes the properties of the run where <# begins") {
    const auto xml = body_xml(dir);
    CHECK(xpath_strings(xml, "count(//w:r[w:t='Bicycle']/w:rPr/w:b)") == Texts{"0"});
    CHECK(xpath_strings(xml, "count(//w:p[starts-with(., 'Company: Blue')][not(contains(., '.'))]/w:r[w:t='Blue Sky Airlines']/w:rPr/w:b)") ==
          Texts{"1"});
  }
  SECTION("a two-line value is one run per line, the second after a break") {
    CHECK(xpath_strings(body_xml(dir), "count(//w:p[starts-with(., 'Notes:')]//w:br)") == Texts{"1"});
  }
}

TEST_CASE("DocumentAssembler content controls at block, run and cell level, with and without alias", "[template][assembler]") {
  ScratchDir dir("da-controls");
  const Texts expected = {"Eric White",  // block control, alias Content
                          "Order 1001: Bicycle",
                          "Order 1002: Helmet",
                          "Order 1003: Inner tube",
                          "High-value customer.",  // block controls without alias
                          "Products: Bicycle, Helmet, Inner tube.",  // run-level Repeat, substring() separators
                          "Status: standard.",                       // run-level Conditional
                          "Field",
                          "Value",
                          "Customer",
                          "Eric White",  // a control wrapping the cell
                          "Company",
                          "Blue Sky Airlines",
                          "Reference: <Content Select=\"./Name\"/>",  // another alias: left alone
                          "Stamp: Draft",                              // not markup: left alone
                          "End."};
  CHECK(rendered(dir, "forms-controls.docx") == expected);
  SECTION("markup controls are replaced; the others stay") {
    const auto xml = body_xml(dir);
    CHECK(xpath_strings(xml, "//w:sdt") == Texts{"<Content Select=\"./Name\"/>", "Draft"});
    CHECK(xpath_strings(xml, "string(/w:document/w:body/w:p[1]/w:pPr/w:pStyle/@w:val)") == Texts{"Heading1"});
    CHECK(xpath_strings(xml, "count(//w:tc[not(w:tcPr)])") == Texts{"0"});  // the cells keep their properties
  }
}

TEST_CASE("DocumentAssembler Table: header kept, prototype row per element, footer rows in the outer context", "[template][assembler]") {
  ScratchDir dir("da-table");
  const Texts expected = {"Orders",
                          "Product", "Quantity", "Value", "Note",
                          "Bicycle", "2", "3000", "",        // ./ProductDescription ./@Quantity ./OrderValue (empty)
                          "Helmet", "1", "150", "",
                          "Inner tube", "5", "25.5", "",
                          "Total", "8", "3175.5", "",        // Content with sum(…) over the customer
                          "Orders", "3", "", "",
                          "Items per order",
                          "Order 1001", "Item", "Frame", "Wheels",  // a Table inside a Repeat
                          "Order 1002", "Item", "Helmet",
                          "End."};
  CHECK(rendered(dir, "forms-table.docx") == expected);
  SECTION("cells keep the prototype's run properties; its bookmark is not repeated") {
    const auto xml = body_xml(dir);
    CHECK(xpath_strings(xml, "//w:tbl[1]/w:tr/w:tc[1]//w:r[w:rPr/w:b]/w:t") == Texts{"Bicycle", "Helmet", "Inner tube"});
    CHECK(xpath_strings(xml, "count(//w:bookmarkStart)") == Texts{"0"});
    CHECK(xpath_strings(xml, "count(//w:tbl[1]/w:tr)") == Texts{"6"});
  }
}

TEST_CASE("DocumentAssembler Conditional: Match and NotMatch compare the value as text", "[template][assembler]") {
  ScratchDir dir("da-conditional");
  const Texts expected = {"Match: kept",          // "True" = "True"; Match="true" does not match (case)
                          "NotMatch: kept",       // "false" ≠ "true"; NotMatch="false" removes
                          "Boolean XPath: kept",  // count(…) > 2 prints True
                          "No fax: kept",         // boolean(./Fax) prints False
                          "Number: kept",         // count(…) prints 3
                          "Large order.",         // ./OrderValue[text()] > 2000 for the first order only
                          "Outer: kept",          // the nested Conditional is removed
                          "End."};
  CHECK(rendered(dir, "forms-conditional.docx") == expected);
}

TEST_CASE("DocumentAssembler markup in a header, a footer, a footnote and an endnote", "[template][assembler]") {
  ScratchDir dir("da-parts");
  CHECK(rendered(dir, "forms-parts.docx") ==
        Texts{"Body: Eric White", "Orders are counted in a footnote and listed in an endnote."});
  CHECK(rendered(dir, "forms-parts.docx", "word/header1.xml") == Texts{"Blue Sky Airlines", "Customer 1"});
  CHECK(rendered(dir, "forms-parts.docx", "word/footer1.xml") == Texts{"Priority customer", "Prepared for Eric White"});
  CHECK(rendered(dir, "forms-parts.docx", "word/footnotes.xml") == Texts{"", "", " Orders: 3."});
  CHECK(rendered(dir, "forms-parts.docx", "word/endnotes.xml") ==
        Texts{"", "", " Orders:", "Order 1001", "Order 1002", "Order 1003"});
}

TEST_CASE("DocumentAssembler markup and docket tags work together", "[template][assembler]") {
  ScratchDir dir("da-mixed");
  const Texts expected = {"Dear Eric White, of Blue Sky Airlines,",
                          "1. Bicycle (3,000.00)",  // $number and a filter inside a DocumentAssembler Repeat
                          "2. Helmet (150.00)",
                          "3. Inner tube (25.50)",
                          "Products: Bicycle, Helmet and Inner tube.",
                          "Eric White is a high-value customer.",  // DocumentAssembler Content inside {{#if}}
                          "End."};
  CHECK(rendered(dir, "forms-mixed.docx") == expected);
}

TEST_CASE("A DocumentAssembler template made in LibreOffice renders", "[template][assembler]") {
  ScratchDir dir("da-lo");
  const Texts expected = {"Eric White",
                          "Dear Eric White, of Blue Sky Airlines.",  // italic inside, bold around the markup
                          "Bicycle (order 1001)",
                          "Helmet (order 1002)",
                          "Inner tube (order 1003)",
                          "A high-value customer.",
                          "Product", "Value",
                          "Bicycle", "3000",
                          "Helmet", "150",
                          "Inner tube", "25.5",
                          "Total", "3175.5",
                          "End."};
  CHECK(rendered(dir, "lo-assembler.docx") == expected);
  CHECK(rendered(dir, "lo-assembler.docx", "word/header1.xml") == Texts{"Orders of Blue Sky Airlines"});
}

TEST_CASE("Templates DocumentAssembler assembles without error render into valid documents, the same bytes each time",
          "[template][assembler]") {
  ScratchDir dir("da-valid");
  std::vector<std::filesystem::path> outputs;
  for (const char* tmpl : {"forms-paragraph.docx", "forms-run.docx", "forms-controls.docx", "forms-table.docx",
                           "forms-conditional.docx", "forms-values.docx", "forms-parts.docx", "forms-mixed.docx",
                           "forms-differences.docx", "lo-assembler.docx"}) {
    INFO(tmpl);
    const auto first = dir / (std::string("1-") + tmpl);
    const auto second = dir / (std::string("2-") + tmpl);
    auto r1 = render_assembler(tmpl, first);
    auto r2 = render_assembler(tmpl, second);
    INFO(r1.err + r2.err);
    CHECK(r1.status == 0);
    CHECK(r2.status == 0);
    if (!std::filesystem::exists(first) || !std::filesystem::exists(second)) continue;
    CHECK(read_text(first) == read_text(second));
    outputs.push_back(first);
  }
  CHECK(ooxml_problems_of(outputs).empty());
}
