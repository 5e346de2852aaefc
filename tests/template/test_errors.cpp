// Every kind of template error in one template (fixtures/templates/word-errors.docx), reported
// together in one run, each at its part and paragraph, and nothing written.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"

using namespace docket::test;

namespace {

Rendered render_errors(const ScratchDir& dir) {
  return render_template(template_fixture("word-errors.docx"), template_fixture("data/council.xml"), dir / "out.docx");
}

// The diagnostic with this code at this paragraph of word/document.xml.
const docket::Diagnostic* at(const Rendered& r, const std::string& code, long paragraph,
                             const std::string& part = "word/document.xml") {
  for (const auto& d : r.diags) {
    if (d.code == code && d.paragraph == paragraph && d.part == part) return &d;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("Block nesting errors name both ends", "[template]") {
  ScratchDir dir("errors-blocks");
  auto r = render_errors(dir);
  INFO(r.messages);
  SECTION("open and close at different levels") {
    const auto* d = at(r, "template.block-levels", 4);
    REQUIRE(d != nullptr);
    CHECK(d->message == "\u201C{{#each members/member}}\u201D (paragraph 4) and \u201C{{/each}}\u201D (paragraph 6) are not at the same level");
  }
  SECTION("a close with nothing open") {
    const auto* d = at(r, "template.block-unopened", 7);
    REQUIRE(d != nullptr);
    CHECK(d->excerpt == "{{/if}}");
  }
  SECTION("a close that does not match the open block") {
    const auto* d = at(r, "template.block-mismatch", 11);
    REQUIRE(d != nullptr);
    CHECK(d->message == "\u201C{{/unless}}\u201D (paragraph 11) does not match \u201C{{#if flags}}\u201D (paragraph 9)");
  }
  SECTION("an open block never closed") {
    const auto* d = at(r, "template.block-unclosed", 9);
    REQUIRE(d != nullptr);
    CHECK(d->hint == "add {{/if}} where the block ends");
  }
  SECTION("else outside a condition") { CHECK(at(r, "template.else-misplaced", 8) != nullptr); }
  SECTION("sep on a loop of whole paragraphs") { CHECK(at(r, "template.separator-level", 14) != nullptr); }
}

TEST_CASE("Tag syntax errors say what to type instead", "[template]") {
  ScratchDir dir("errors-syntax");
  auto r = render_errors(dir);
  INFO(r.messages);
  SECTION("a tag opened and not closed") {
    const auto* d = at(r, "template.tag-unclosed", 12);
    REQUIRE(d != nullptr);
    CHECK(d->excerpt == "Unclosed {{ name and more text");
  }
  SECTION("a misspelt block name") {
    const auto* d = at(r, "template.tag-syntax", 13);
    REQUIRE(d != nullptr);
    CHECK(d->hint == "did you mean #each?");
  }
  SECTION("bad XPath") {
    const auto* d = at(r, "template.xpath-syntax", 3);
    REQUIRE(d != nullptr);
    CHECK(d->excerpt == "Bad path: {{ name[ }}");
  }
}

TEST_CASE("Filter errors name the filter and suggest the nearest one", "[template]") {
  ScratchDir dir("errors-filters");
  auto r = render_errors(dir);
  INFO(r.messages);
  SECTION("an unknown filter, next to a split tag that is fine") {
    REQUIRE(r.count("template.filter") == 4);
    const auto* d = at(r, "template.filter", 2);
    REQUIRE(d != nullptr);
    CHECK(d->message == "unknown filter 'uper'");
    CHECK(d->hint.rfind("did you mean 'upper'?", 0) == 0);
    CHECK(d->excerpt == "Title: {{ title | upper }} and {{ title | uper }}");
  }
  SECTION("a bad date pattern") { CHECK(at(r, "template.filter", 17) != nullptr); }
  SECTION("a missing argument") {
    const auto* d = at(r, "template.filter", 19);
    REQUIRE(d != nullptr);
    CHECK(d->message == "percent takes the number of decimals, e.g. percent 0");
  }
  SECTION("in a header, named by its part") {
    const auto* d = at(r, "template.filter", 1, "word/header1.xml");
    REQUIRE(d != nullptr);
    CHECK(d->hint.rfind("did you mean 'title'?", 0) == 0);
  }
}

TEST_CASE("Data errors are found in the same run as template errors", "[template]") {
  ScratchDir dir("errors-data");
  auto r = render_errors(dir);
  INFO(r.messages);
  SECTION("a value that selects nothing") {
    const auto* d = at(r, "template.selects-nothing", 1);
    REQUIRE(d != nullptr);
    CHECK(d->message == "nme selects nothing");
    CHECK(d->excerpt == "Dear {{ nme }},");
  }
  SECTION("a value a filter cannot read") {
    const auto* d = at(r, "template.filter-value", 18);
    REQUIRE(d != nullptr);
    CHECK(d->message.find("7/12/2023") != std::string::npos);
  }
}

TEST_CASE("A template with errors writes nothing", "[template]") {
  ScratchDir dir("errors-nothing");
  auto r = render_errors(dir);
  CHECK_FALSE(r.written);
  CHECK_FALSE(std::filesystem::exists(dir / "out.docx"));
  CHECK(r.diags.error_count() == 15);
}

TEST_CASE("Template diagnostics print as FILE: PART: paragraph N “text”: message", "[template]") {
  ScratchDir dir("errors-format");
  auto r = render_errors(dir);
  const auto* d = at(r, "template.block-unopened", 7);
  REQUIRE(d != nullptr);
  const std::string text = docket::to_text(*d);
  const std::string file = template_fixture("word-errors.docx").string();
  CHECK(text.rfind(file + ": word/document.xml: paragraph 7 \u201C{{/if}}\u201D: ", 0) == 0);
}
