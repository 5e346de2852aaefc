// A draft (--draft) shows each problem where it happened: [MISSING: path] when nothing is
// selected, [ERROR: …] when a value cannot be printed or a block cannot be evaluated — in a run,
// a paragraph or a table row, as the block's level asks — and the document stays valid.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"
#include "word_markup.hpp"

using namespace docket::test;
using namespace docket::test::word;

TEST_CASE("A draft marks a value that fails its filter as an error, not as missing", "[template]") {
  ScratchDir dir("draft-marks");
  write_template(para("Date: {{ d | date long }}") + para("Gone: {{ nothing }}") + para("Rich: {{{ r }}}"), dir / "t.docx");
  write_text(dir / "d.xml", "<r><d>not a date</d><r><p>One</p><p>Two</p></r></r>");
  auto r = render_template(dir / "t.docx", dir / "d.xml", dir / "out.docx", true);
  REQUIRE(r.written);
  CHECK(r.count("template.filter-value") == 1);
  CHECK(paragraph_texts(dir / "out.docx") ==
        std::vector<std::string>{"Date: [ERROR: 'not a date' is not a date]", "Gone: [MISSING: nothing]",
                                 "Rich: [ERROR: r has paragraphs, lists or tables]"});
  CHECK(ooxml_problems(dir / "out.docx").empty());
}

TEST_CASE("A draft marks a block that cannot be evaluated at its level", "[template]") {
  ScratchDir dir("draft-blocks");
  const auto body = para("Run: {{#each count(k)}}x{{/each}}.") + para("{{#if $nope}}") + para("Hidden") + para("{{/if}}") +
                    table({row({cell({para("{{#each k sort=\"$nope\"}}{{ . }}")}), cell({para("{{/each}}")})})}, 2);
  write_template(body, dir / "t.docx");
  write_text(dir / "d.xml", "<r><k>1</k><k>2</k></r>");
  auto r = render_template(dir / "t.docx", dir / "d.xml", dir / "out.docx", true);
  REQUIRE(r.written);
  CHECK(r.diags.error_count() == 3);
  CHECK(paragraph_texts(dir / "out.docx") ==
        std::vector<std::string>{"Run: [ERROR: {{#each count(k)}} cannot repeat: it gives a value, not a list of elements].",
                                 "[ERROR: cannot evaluate $nope: undefined variable]",
                                 "[ERROR: {{#each k}} cannot sort or group its items: undefined variable]"});
  CHECK(ooxml_problems(dir / "out.docx").empty());
}
