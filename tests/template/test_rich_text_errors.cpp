// Rich text that breaks the subset (fixtures/templates/data/rich-bad.xml) in the same template
// (fixtures/templates/word-rich.docx): each problem named with its element and data line, all
// in one run, and nothing written.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"

using namespace docket::test;

namespace {

Rendered render_bad(const ScratchDir& dir) {
  return render_template(template_fixture("word-rich.docx"), template_fixture("data/rich-bad.xml"), dir / "out.docx");
}

const docket::Diagnostic* find(const Rendered& r, const std::string& message) {
  for (const auto& d : r.diags) {
    if (d.message == message) return &d;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("Elements outside the rich-text subset are errors naming the element and line", "[template]") {
  ScratchDir dir("rich-bad-elements");
  auto r = render_bad(dir);
  INFO(r.messages);
  SECTION("a script element") {
    const auto* d = find(r, "<script> is not allowed in rich text");
    REQUIRE(d != nullptr);
    CHECK(d->code == "template.rich-element");
    CHECK(d->line == 7);
    CHECK(d->file.find("rich-bad.xml") != std::string::npos);
  }
  SECTION("a span inside a paragraph") {
    const auto* d = find(r, "<span> is not allowed in rich text");
    REQUIRE(d != nullptr);
    CHECK(d->line == 8);
  }
  SECTION("a list nested four deep") {
    const auto* d = find(r, "lists in rich text nest at most three levels deep");
    REQUIRE(d != nullptr);
    CHECK(d->code == "template.rich-element");
    CHECK(d->line == 10);
  }
  SECTION("a link that is not a web or email address") {
    const auto* d = find(r, "the link target \u201Cjavascript:alert(1)\u201D is not a web or email address");
    REQUIRE(d != nullptr);
    CHECK(d->line == 9);
  }
}

TEST_CASE("Block rich text in a tag that shares its paragraph is an error at the tag", "[template]") {
  ScratchDir dir("rich-bad-inline");
  auto r = render_bad(dir);
  INFO(r.messages);
  const auto* d = r.first("template.rich-inline");
  REQUIRE(d != nullptr);
  CHECK(d->part == "word/document.xml");
  CHECK(d->paragraph == 3);
  CHECK(d->excerpt == "Inline: {{{ inline }}}.");
}

TEST_CASE("Every rich-text problem is reported in one run and nothing is written", "[template]") {
  ScratchDir dir("rich-bad-all");
  auto r = render_bad(dir);
  INFO(r.messages);
  CHECK(r.diags.error_count() == 5);
  CHECK_FALSE(r.written);
  CHECK_FALSE(std::filesystem::exists(dir / "out.docx"));
}

TEST_CASE("Rich-text attributes are used or reported, never dropped silently", "[template]") {
  ScratchDir dir("rich-attributes");
  write_text(dir / "d.xml",
             "<doc>\n<summary><p style=\"color:red\">Styled</p>\n"
             "<table><tr><th>Area</th><th>Spend</th><th>Change</th></tr>\n"
             "<tr><td colspan=\"2\">Total across both</td><td>5%</td></tr>\n"
             "<tr><td rowspan=\"2\">North</td><td>1</td><td>2</td></tr></table></summary>\n"
             "<inline>x</inline><plain>y</plain></doc>");
  auto r = render_template(template_fixture("word-rich.docx"), dir / "d.xml", dir / "out.docx", true);
  INFO(r.messages);
  SECTION("style= is a warning at its line") {
    const auto* d = find(r, "style=\"color:red\" on <p> is not used: rich text takes the template's styles");
    REQUIRE(d != nullptr);
    CHECK(d->severity == docket::Severity::warning);
    CHECK(d->line == 2);
    CHECK(d->code == "template.rich-attribute");
  }
  SECTION("rowspan= is an error") {
    const auto* d = find(r, "rowspan=\"2\" on <td>: cells that span rows are not supported in rich text");
    REQUIRE(d != nullptr);
    CHECK(d->severity == docket::Severity::error);
    CHECK(d->line == 5);
  }
  SECTION("colspan= spans the columns") {
    const auto doc = part_xml(dir / "out.docx", "word/document.xml");
    CHECK(xpath_strings(doc, "string(//w:tc[w:tcPr/w:gridSpan/@w:val='2'])") == std::vector<std::string>{"Total across both"});
    CHECK(xpath_strings(doc, "count(//w:tbl[.//w:gridSpan]/w:tr[2]/w:tc)") == std::vector<std::string>{"2"});
    CHECK(ooxml_problems(dir / "out.docx").empty());
  }
}
