// DocumentAssembler's error catalogue (document-assembler.md §3.5), one template per error:
// `docket render` exits 1, names the part and paragraph and gives DocumentAssembler's message;
// with --draft the message stands in the document where DocumentAssembler puts it, red
// (w:color FF0000) on yellow (w:highlight), and the document stays valid.
// Templates: fixtures/assembler/error-*.docx, each "Before.", the faulty markup, "After.".
#include <catch2/catch.hpp>

#include <algorithm>

#include "rendered_text.hpp"
#include "test_da_support.hpp"

using namespace docket::test;

namespace {

struct ErrorCase {
  std::string tmpl;                // fixtures/assembler/error-….docx
  std::string position;            // `paragraph N “excerpt”`: "" to leave the position unchecked
  std::string message;             // DocumentAssembler's wording
  std::vector<std::string> draft;  // the draft's paragraph texts: empty to leave them unchecked
};

// The line of the output that reports `c.message`.
std::string reported(const ErrorCase& c) {
  ScratchDir dir("da-error");
  const auto out = dir / "out.docx";
  auto r = render_assembler(c.tmpl, out);
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK_FALSE(std::filesystem::exists(out));
  CHECK(r.err.find("nothing written") != std::string::npos);
  return line_with(r.err, c.message);
}

void check_error(const ErrorCase& c) {
  INFO(c.tmpl);
  const std::string line = reported(c);
  CHECK_FALSE(line.empty());
  CHECK(line.find(c.tmpl + ": word/document.xml: " + c.position) != std::string::npos);
  CHECK(line.find(": error: ") != std::string::npos);

  ScratchDir dir("da-error-draft");
  const auto draft = dir / "draft.docx";
  auto r = render_assembler(c.tmpl, draft, " --draft");
  INFO(r.err);
  CHECK(r.status == 1);
  REQUIRE(std::filesystem::exists(draft));
  const auto marked = error_runs(draft);
  CHECK(std::count(marked.begin(), marked.end(), c.message) >= 1);
  if (!c.draft.empty()) CHECK(paragraph_texts(draft) == c.draft);
}

using Texts = std::vector<std::string>;

const std::string kBefore = "Before.";
const std::string kAfter = "After.";

}  // namespace

TEST_CASE("DocumentAssembler XmlException: markup that is not well-formed XML", "[template][assembler]") {
  // The parser's wording differs from .NET's; the verdict and the prefix are the same.
  ScratchDir dir("da-error-xml");
  const auto draft = dir / "draft.docx";
  auto r = render_assembler("error-xml-exception.docx", draft, " --draft");
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK(line_with(r.err, "error-xml-exception.docx: word/document.xml: paragraph 2 \u201C<# <Content Select=\"./Name\"> #>\u201D: error: XmlException: ")
            .find("Content") != std::string::npos);
  REQUIRE(std::filesystem::exists(draft));
  const auto texts = paragraph_texts(draft);
  REQUIRE(texts.size() == 3);
  CHECK(texts[1].rfind("XmlException: ", 0) == 0);
  CHECK(error_runs(draft) == Texts{texts[1]});
}

TEST_CASE("DocumentAssembler Schema Validation Error: an element that is not markup", "[template][assembler]") {
  check_error({"error-unknown-element.docx", "paragraph 2 \u201C<# <Contents Select=\"./Name\"/> #>\u201D",
               "Schema Validation Error: Invalid XML: Contents is not a valid element",
               {kBefore, "Schema Validation Error: Invalid XML: Contents is not a valid element", kAfter}});
}

TEST_CASE("DocumentAssembler Schema Validation Error: an undeclared attribute", "[template][assembler]") {
  check_error({"error-undeclared-attribute.docx", "paragraph 2 \u201CName: <# <Content Select=\"./Name\" Format=\"upper\"/> #>\u201D",
               "Schema Validation Error: The 'Format' attribute is not declared.",
               {kBefore, "Name: Schema Validation Error: The 'Format' attribute is not declared.", kAfter}});
}

TEST_CASE("DocumentAssembler Schema Validation Error: Select missing", "[template][assembler]") {
  check_error({"error-missing-select.docx", "paragraph 2 \u201CFax: <# <Content Optional=\"true\"/> #>\u201D",
               "Schema Validation Error: The required attribute 'Select' is missing.",
               {kBefore, "Fax: Schema Validation Error: The required attribute 'Select' is missing.", kAfter}});
}

TEST_CASE("DocumentAssembler Schema Validation Error: Optional that is not a boolean", "[template][assembler]") {
  const std::string message =
      "Schema Validation Error: The 'Optional' attribute is invalid - The value 'yes' is invalid according to its "
      "datatype 'http://www.w3.org/2001/XMLSchema:boolean' - The string 'yes' is not a valid Boolean value.";
  check_error({"error-bad-optional.docx", "paragraph 2 \u201C<# <Content Select=\"./Fax\" Optional=\"yes\"/> #>\u201D",
               message, {kBefore, message, kAfter}});
}

TEST_CASE("DocumentAssembler error: content control alias does not match the markup", "[template][assembler]") {
  check_error({"error-alias-mismatch.docx", "paragraph 2 \u201C<Content Select=\"./Name\"/>\u201D",
               "Error: Content control alias does not match metadata element name",
               {kBefore, "Error: Content control alias does not match metadata element name", kAfter}});
}

TEST_CASE("DocumentAssembler error: unmatched metadata in a paragraph with other text", "[template][assembler]") {
  check_error({"error-unmatched-metadata.docx", "paragraph 2 \u201COrders: ",
               "Error: Unmatched metadata can't be in paragraph with other text",
               {kBefore, "Orders: Error: Unmatched metadata can't be in paragraph with other text", "Each order.", kAfter}});
}

TEST_CASE("DocumentAssembler error: Repeat and EndRepeat mismatched at run level", "[template][assembler]") {
  check_error({"error-mismatch-repeat.docx", "paragraph 2 \u201C<Repeat Select=\"./Orders/Order\"/>",
               "Error: Mismatch Repeat / EndRepeat at run level",
               {kBefore, "Error: Mismatch Repeat / EndRepeat at run level", kAfter}});
}

TEST_CASE("DocumentAssembler error: Conditional and EndConditional mismatched at run level", "[template][assembler]") {
  check_error({"error-mismatch-conditional.docx", "paragraph 2 \u201C<Conditional Select=\"./Vip\" Match=\"false\"/>standard",
               "Error: Mismatch Conditional / EndConditional at run level",
               {kBefore, "Error: Mismatch Conditional / EndConditional at run level", kAfter}});
}

TEST_CASE("DocumentAssembler error: an odd number of block markup at run level", "[template][assembler]") {
  check_error({"error-invalid-run-metadata.docx", "paragraph 2 \u201C<Conditional Select=\"./Vip\" Match=\"false\"/><Repeat",
               "Error: Invalid metadata at run level", {kBefore, "Error: Invalid metadata at run level", kAfter}});
}

TEST_CASE("DocumentAssembler error: Table not immediately followed by a table", "[template][assembler]") {
  check_error({"error-table-not-followed.docx", "paragraph 2 \u201C<# <Table Select=\"./Orders/Order\"/> #>\u201D",
               "Table metadata is not immediately followed by a table",
               {kBefore, "Table metadata is not immediately followed by a table", "", "Product", "Quantity",
                "./ProductDescription", "./@Quantity", kAfter}});
}

TEST_CASE("DocumentAssembler error: Repeat without EndRepeat", "[template][assembler]") {
  check_error({"error-repeat-without-end.docx", "paragraph 2 \u201C<# <Repeat Select=\"./Orders/Order\"/> #>\u201D",
               "Repeat does not have matching EndRepeat",
               {kBefore, "Repeat does not have matching EndRepeat", "Each order.", kAfter}});
}

TEST_CASE("DocumentAssembler error: Conditional without EndConditional", "[template][assembler]") {
  check_error({"error-conditional-without-end.docx", "paragraph 2 \u201C<# <Conditional Select=\"./Vip\" Match=\"true\"/> #>\u201D",
               "Conditional does not have matching EndConditional",
               {kBefore, "Conditional does not have matching EndConditional", "VIP.", kAfter}});
}

TEST_CASE("DocumentAssembler error: EndRepeat without Repeat", "[template][assembler]") {
  check_error({"error-endrepeat-without-repeat.docx", "paragraph 2 \u201C<# <EndRepeat/> #>\u201D",
               "Error: EndRepeat without matching Repeat", {kBefore, "Error: EndRepeat without matching Repeat", kAfter}});
}

TEST_CASE("DocumentAssembler error: EndConditional without Conditional", "[template][assembler]") {
  check_error({"error-endconditional-without-conditional.docx", "paragraph 2 \u201C<# <EndConditional/> #>\u201D",
               "Error: EndConditional without matching Conditional",
               {kBefore, "Error: EndConditional without matching Conditional", kAfter}});
}

TEST_CASE("DocumentAssembler XPathException: a Select that is not XPath", "[template][assembler]") {
  // The XPath library's wording differs from .NET's; docket finds it when loading.
  SECTION("in Content, at run level") {
    ScratchDir dir("da-error-xpath");
    const auto draft = dir / "draft.docx";
    auto r = render_assembler("error-xpath-syntax.docx", draft, " --draft");
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK_FALSE(line_with(r.err, "error-xpath-syntax.docx: word/document.xml: paragraph 2 \u201CName: <# <Content Select=\"./Name[\"/> #>\u201D: "
                                 "error: \u201C./Name[\u201D is not a valid XPath expression")
                     .empty());
    REQUIRE(std::filesystem::exists(draft));
    const auto marked = error_runs(draft);
    REQUIRE(marked.size() == 1);
    CHECK(marked[0].rfind("XPathException: ", 0) == 0);
    CHECK(paragraph_texts(draft) == Texts{kBefore, "Name: " + marked[0], kAfter});
  }
  SECTION("in Repeat, at block level: the error paragraph replaces the Repeat") {
    ScratchDir dir("da-error-xpath-repeat");
    const auto draft = dir / "draft.docx";
    auto r = render_assembler("error-xpath-syntax-repeat.docx", draft, " --draft");
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK_FALSE(line_with(r.err, "paragraph 2 \u201C<# <Repeat Select=\"./Orders/Order[@Number = ]\"/> #>\u201D: error: "
                                 "\u201C./Orders/Order[@Number = ]\u201D is not a valid XPath expression")
                     .empty());
    REQUIRE(std::filesystem::exists(draft));
    const auto marked = error_runs(draft);
    REQUIRE(marked.size() == 1);
    CHECK(marked[0].rfind("XPathException: ", 0) == 0);
    CHECK(paragraph_texts(draft) == Texts{kBefore, marked[0], kAfter});
  }
}

// Content reports a failed evaluation as an XPathException (DocumentAssembler's
// ContentReplacementTransform catches what EvaluateXPathToString throws); Conditional and
// table cells give the bare message (below).
TEST_CASE("DocumentAssembler XPathException: Content selects nothing", "[template][assembler]") {
  check_error({"error-no-results.docx", "paragraph 2 \u201CFax: <# <Content Select=\"./Fax\"/> #>\u201D",
               "XPathException: XPath expression (./Fax) returned no results",
               {kBefore, "Fax: XPathException: XPath expression (./Fax) returned no results", kAfter}});
}

TEST_CASE("DocumentAssembler XPathException: Content selects more than one node", "[template][assembler]") {
  check_error({"error-more-than-one-node.docx",
               "paragraph 2 \u201CProduct: <# <Content Select=\"./Orders/Order/ProductDescription\"/> #>\u201D",
               "XPathException: XPath expression (./Orders/Order/ProductDescription) returned more than one node",
               {kBefore, "Product: XPathException: XPath expression (./Orders/Order/ProductDescription) returned more than one node",
                kAfter}});
}

TEST_CASE("DocumentAssembler Conditional whose Select gives nothing reports it, without prefix", "[template][assembler]") {
  check_error({"error-conditional-no-results.docx", "paragraph 2 \u201C<# <Conditional Select=\"./Fax\" Match=\"none\"/> #>\u201D",
               "XPath expression (./Fax) returned no results",
               {kBefore, "XPath expression (./Fax) returned no results", kAfter}});
}

TEST_CASE("DocumentAssembler table cell whose XPath gives nothing: the error in that cell of each row", "[template][assembler]") {
  const std::string message = "XPath expression (./Price) returned no results";
  check_error({"error-table-cell-no-results.docx", "paragraph 6", message,
               {kBefore, "Product", "Price", "Bicycle", message, "Helmet", message, "Inner tube", message, kAfter}});
}

TEST_CASE("DocumentAssembler error: Repeat selects no data", "[template][assembler]") {
  check_error({"error-repeat-no-data.docx", "paragraph 2 \u201C<# <Repeat Select=\"./Returns/Return\"/> #>\u201D",
               "Repeat: Select returned no data", {kBefore, "Repeat: Select returned no data", kAfter}});
}

TEST_CASE("DocumentAssembler error: Conditional with neither Match nor NotMatch", "[template][assembler]") {
  check_error({"error-conditional-neither.docx", "paragraph 2", "Conditional: Must specify either Match or NotMatch",
               {kBefore, "Conditional: Must specify either Match or NotMatch", kAfter}});
}

TEST_CASE("DocumentAssembler error: Conditional with both Match and NotMatch", "[template][assembler]") {
  check_error({"error-conditional-both.docx", "paragraph 2", "Conditional: Cannot specify both Match and NotMatch",
               {kBefore, "Conditional: Cannot specify both Match and NotMatch", kAfter}});
}

// DocumentAssembler throws (an uncaught exception) where Repeat's Select gives a value or
// attributes; docket reports it in place (docs/document-assembler.md).
TEST_CASE("A Repeat whose Select gives a value or attributes is an error at its position", "[template][assembler]") {
  check_error({"error-repeat-value.docx", "paragraph 2 \u201C<# <Repeat Select=\"count(./Orders/Order)\"/> #>\u201D",
               "Repeat: Select must select elements, but count(./Orders/Order) gives a value",
               {kBefore, "Repeat: Select must select elements, but count(./Orders/Order) gives a value", kAfter}});
  check_error({"error-repeat-attributes.docx", "paragraph 2 \u201C<# <Repeat Select=\"./Orders/Order/@Number\"/> #>\u201D",
               "Repeat: Select must select elements, but ./Orders/Order/@Number selects other nodes",
               {kBefore, "Repeat: Select must select elements, but ./Orders/Order/@Number selects other nodes", kAfter}});
}

// A Table without a prototype row is replaced by its message, as DocumentAssembler does.
TEST_CASE("DocumentAssembler replaces a Table without a prototype row by its error paragraph", "[template][assembler]") {
  check_error({"error-table-no-prototype.docx", "paragraph 2 \u201C<# <Table Select=\"./Orders/Order\"/> #>\u201D",
               "Table does not contain a prototype row", {kBefore, "Table does not contain a prototype row", kAfter}});
}

// Difference (docs/document-assembler.md): when a Table's Select finds nothing, DocumentAssembler
// replaces the whole table by the message; docket's draft keeps the header row (and any footer
// rows) and puts the message in a row where the data would have gone.
TEST_CASE("A draft shows a Table that selects nothing as its header and the message in a row", "[template][assembler]") {
  check_error({"error-table-no-data.docx", "paragraph 2 \u201C<# <Table Select=\"./Returns/Return\"/> #>\u201D",
               "Table Select returned no data", {kBefore, "Product", "Quantity", "Table Select returned no data", kAfter}});
}

TEST_CASE("DocumentAssembler errors name the paragraph where the markup is written", "[template][assembler]") {
  SECTION("Conditional Match/NotMatch: the markup's paragraph, not the first one inside the block") {
    check_error({"error-conditional-neither.docx", "paragraph 2 \u201C<# <Conditional Select=\"./Vip\"/> #>\u201D",
                 "Conditional: Must specify either Match or NotMatch", {}});
  }
  SECTION("a table cell's XPath: the cell's own paragraph") {
    check_error({"error-table-cell-no-results.docx", "paragraph 6 \u201C./Price\u201D",
                 "XPath expression (./Price) returned no results", {}});
  }
  SECTION("unmatched metadata: the excerpt shows the markup") {
    check_error({"error-unmatched-metadata.docx", "paragraph 2 \u201COrders: <# <Repeat Select=\"./Orders/Order\"/> #>\u201D",
                 "Error: Unmatched metadata can't be in paragraph with other text", {}});
  }
}

// DocumentAssembler's schema declares Content (and Table, Repeat, Conditional) with an empty
// content model, so text or child elements inside are a schema error.
TEST_CASE("DocumentAssembler Schema Validation Error: text inside Content", "[template][assembler]") {
  check_error({"error-content-with-text.docx", "paragraph 2",
               "Schema Validation Error: The element 'Content' cannot contain text. Content model is empty.",
               {kBefore, "Name: Schema Validation Error: The element 'Content' cannot contain text. Content model is empty.",
                kAfter}});
}

// DocumentAssembler reads only “ and ” as plain quotes, so markup quoted with ‘ ’ is not XML
// (XmlException); so does docket, which keeps ’ in values such as Match="Children’s Services".
TEST_CASE("DocumentAssembler XmlException: markup quoted with single typographic quotes", "[template][assembler]") {
  ScratchDir dir("da-error-single-quotes");
  auto r = render_assembler("error-single-smart-quotes.docx", dir / "out.docx");
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK_FALSE(line_with(r.err, "paragraph 2 \u201CName: <# <Content Select=\u2018./Name\u2019/> #>\u201D: error: XmlException: ").empty());
}

TEST_CASE("Drafts of every DocumentAssembler error are valid documents", "[template][assembler]") {
  ScratchDir dir("da-error-drafts");
  std::vector<std::filesystem::path> drafts;
  for (const auto& entry : std::filesystem::directory_iterator(assembler_fixture(""))) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("error-", 0) != 0) continue;
    const auto draft = dir / name;
    auto r = render_assembler(name, draft, " --draft");
    INFO(name + "\n" + r.err);
    CHECK((r.status == 0 || r.status == 1));
    CHECK(std::filesystem::exists(draft));
    if (std::filesystem::exists(draft)) drafts.push_back(draft);
  }
  CHECK(drafts.size() >= 28);
  std::sort(drafts.begin(), drafts.end());
  CHECK(ooxml_problems_of(drafts).empty());
}
