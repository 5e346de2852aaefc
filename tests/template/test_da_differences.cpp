// Where docket differs from DocumentAssembler on purpose (docs/document-assembler.md, "What is
// different"), and DocumentAssembler quirks that docket keeps because templates rely on them.
// Templates: fixtures/assembler/forms-differences.docx, tracked.docx, quirk-*.docx, error-*.docx.
#include <catch2/catch.hpp>

#include <algorithm>

#include "rendered_text.hpp"
#include "test_da_support.hpp"

using namespace docket::test;

namespace {

using Texts = std::vector<std::string>;

Texts rendered(const ScratchDir& dir, const std::string& tmpl) {
  const auto out = dir / "out.docx";
  auto r = render_assembler(tmpl, out);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return paragraph_texts(out);
}

RunResult check_without_data(const std::string& tmpl) {
  return run_docket_bounded("check " + shell_quote(assembler_fixture(tmpl).string()));
}

}  // namespace

TEST_CASE("docket means what DocumentAssembler intends where DocumentAssembler has a bug", "[template][assembler]") {
  ScratchDir dir("da-differences");
  const Texts texts = rendered(dir, "forms-differences.docx");
  REQUIRE(texts.size() == 7);
  SECTION("(a) a run-level Repeat or Conditional in <# #> text pairs with its end as written") {
    CHECK(texts[0] == "Products: Bicycle; Helmet; Inner tube; ");
    CHECK(texts[1] == "Status: high value.");
  }
  SECTION("(b) a text() selection prints the text") { CHECK(texts[2] == "Name: Eric White"); }
  SECTION("(c) typographic quotes in paragraph-level markup read as plain quotes") { CHECK(texts[3] == "Blue Sky Airlines"); }
  SECTION("(h) lines of a value are separated by breaks, also in a paragraph without properties") {
    CHECK(texts[4] == "Deliver to the side door.\nRing twice.");
  }
  SECTION("a table cell whose content renders nothing keeps an empty paragraph") {
    CHECK(texts[5] == "");
    CHECK(xpath_strings(part_xml(dir / "out.docx", "word/document.xml"), "count(//w:tc[not(w:p)])") == Texts{"0"});
  }
  CHECK(texts[6] == "End.");
}

TEST_CASE("(i) leading and trailing spaces of a value are kept", "[template][assembler]") {
  ScratchDir dir("da-spaces");
  const Texts texts = rendered(dir, "forms-run.docx");
  CHECK(std::count(texts.begin(), texts.end(), "Address: [  12 High Street  ]") == 1);
  CHECK(xpath_strings(part_xml(dir / "out.docx", "word/document.xml"), "string(//w:t[. = '  12 High Street  ']/@xml:space)") ==
        Texts{"preserve"});
}

TEST_CASE("(d) a DocumentAssembler template with tracked revisions is an error naming the part", "[template][assembler]") {
  ScratchDir dir("da-tracked");
  const auto out = dir / "out.docx";
  auto r = render_assembler("tracked.docx", out);
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK_FALSE(std::filesystem::exists(out));
  CHECK_FALSE(line_with(r.err, "tracked.docx: word/document.xml: error: the template has tracked changes").empty());
  SECTION("docket check says so without data") {
    auto c = check_without_data("tracked.docx");
    CHECK(c.status == 1);
    CHECK((c.out + c.err).find("tracked changes") != std::string::npos);
  }
}

TEST_CASE("(g) XPath syntax and Conditional mistakes are found when loading, by docket check without data", "[template][assembler]") {
  auto xpath = check_without_data("error-xpath-syntax.docx");
  INFO(xpath.out + xpath.err);
  CHECK(xpath.status == 1);
  CHECK((xpath.out + xpath.err).find("paragraph 2 \u201CName: <# <Content Select=\"./Name[\"/> #>\u201D: error: \u201C./Name[\u201D is not a valid XPath expression") !=
        std::string::npos);
  auto conditional = check_without_data("error-conditional-both.docx");
  INFO(conditional.out + conditional.err);
  CHECK(conditional.status == 1);
  CHECK((conditional.out + conditional.err).find("error: Conditional: Cannot specify both Match and NotMatch") != std::string::npos);
}

TEST_CASE("(j) a Table whose table has fewer than two rows is found by docket check without data", "[template][assembler]") {
  auto r = check_without_data("error-table-no-prototype.docx");
  INFO(r.out + r.err);
  CHECK(r.status == 1);
  CHECK((r.out + r.err).find("error: Table does not contain a prototype row") != std::string::npos);
}

// DocumentAssembler replaces only “ ” (not ‘ ’), so an apostrophe typed by Word in a
// Match value stays a ’ and matches the data. docket does the same.
TEST_CASE("DocumentAssembler keeps a typographic apostrophe in a Match value", "[template][assembler]") {
  ScratchDir dir("da-quirk-apostrophe");
  CHECK(rendered(dir, "quirk-apostrophe.docx") == Texts{"Children\u2019s Services: kept"});
}

// .NET's String.Trim() removes a no-break space, so DocumentAssembler sees
// "<# <Repeat …/> #>\u00A0" as paragraph-level markup, and so does docket (not as run-level
// markup beside other text).
TEST_CASE("DocumentAssembler trims a no-break space around paragraph-level markup", "[template][assembler]") {
  ScratchDir dir("da-quirk-nbsp");
  CHECK(rendered(dir, "quirk-nbsp.docx") == Texts{"Order 1001", "Order 1002", "Order 1003"});
}
