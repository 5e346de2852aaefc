// Where each block is evaluated: a condition inside a loop tests the loop's current item, at
// every level a block can sit (run, paragraph, table row, nested), whatever order the tags
// share a paragraph or a row in. Templates are Word-like: tags split by spelling marks,
// bookmarks and revision ids.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"
#include "word_markup.hpp"

using namespace docket::test;
using namespace docket::test::word;

namespace {

const std::string kKpis =
    "<council><name>Northfield</name><status>green</status>"
    "<kpi status='red'><name>Invoices</name><actual>71</actual></kpi>"
    "<kpi status='green'><name>Returns</name><actual>99</actual></kpi>"
    "<kpi status='red'><name>Complaints</name><actual>12</actual></kpi></council>";

// Renders `body` against `data`; returns the non-empty paragraphs.
std::vector<std::string> render_body(const std::string& body, const std::string& data = kKpis) {
  ScratchDir dir("block-context");
  write_template(body, dir / "t.docx");
  write_text(dir / "d.xml", data);
  auto r = render_template(dir / "t.docx", dir / "d.xml", dir / "out.docx");
  INFO(r.messages);
  REQUIRE(r.written);
  CHECK(r.diags.empty());
  CHECK(ooxml_problems(dir / "out.docx").empty());
  std::vector<std::string> got;
  for (const auto& p : paragraph_texts(dir / "out.docx")) {
    if (!p.empty()) got.push_back(p);
  }
  return got;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("A row loop whose tags stand alone at the two ends of one row repeats the row", "[template]") {
  // The smallest template that once read a freed marker (AddressSanitizer, valgrind).
  const auto body = table({row({cell({para("{{#each item}}{{ name }}")}), cell({para("{{/each}}")})})}, 2);
  CHECK(render_body(body, "<r><item><name>A</name></item><item><name>B</name></item></r>") == Lines{"A", "B"});
}
