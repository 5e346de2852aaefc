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

TEST_CASE("A condition opening a repeated row tests each row's item", "[template]") {
  const auto header = row({cell({para("Indicator")}), cell({para("Actual")})});
  SECTION("#if, tags split by spelling marks and revision ids") {
    const auto repeated = row({cell({para({run("{{#each //kpi}}{{#if @sta"), kSpellStart,
                                           run("tus='red'}}{{ na", "", "00D4E5F6"), kSpellEnd, run("me }}")})}),
                               cell({para({run("{{ actual }}{{/i"), run("f}}{{/each}}", kBold, "00B2C3D4")})})});
    CHECK(render_body(table({header, repeated}, 2)) == Lines{"Indicator", "Actual", "Invoices", "71", "Complaints", "12"});
  }
  SECTION("#unless") {
    const auto repeated = row({cell({para("{{#each kpi}}{{#unless @status='red'}}{{ name }}")}),
                               cell({para("{{ actual }}{{/unless}}{{/each}}")})});
    CHECK(render_body(table({header, repeated}, 2)) == Lines{"Indicator", "Actual", "Returns", "99"});
  }
  SECTION("a condition that holds at the root but not for the rows") {
    const auto repeated = row({cell({para("{{#each kpi}}{{#if status='green' or @status='green'}}{{ name }}")}),
                               cell({para("{{ actual }}{{/if}}{{/each}}")})});
    CHECK(render_body(table({header, repeated}, 2)) == Lines{"Indicator", "Actual", "Returns", "99"});
  }
  SECTION("a loop inside a condition on the same row: the condition is the root's") {
    const auto repeated = row({cell({para("{{#if status='green'}}{{#each kpi}}{{ name }}")}),
                               cell({para("{{ actual }}{{/each}}{{/if}}")})});
    CHECK(render_body(table({header, repeated}, 2)) ==
          Lines{"Indicator", "Actual", "Invoices", "71", "Returns", "99", "Complaints", "12"});
  }
}

TEST_CASE("A condition over the second of two repeated rows tests each item", "[template]") {
  const auto first = row({cell({para("{{#each kpi}}{{ name }}")}), cell({para("{{ @status }}")})});
  const auto second = row({cell({para("{{#if @status='red'}}Action: {{ name }}")}), cell({para("{{ actual }}{{/if}}{{/each}}")})});
  CHECK(render_body(table({first, second}, 2)) ==
        Lines{"Invoices", "red", "Action: Invoices", "71", "Returns", "green", "Complaints", "red",
              "Action: Complaints", "12"});
}

TEST_CASE("A condition inside a loop tests the item at run and paragraph level", "[template]") {
  SECTION("run level, the tags split by a bookmark") {
    const auto p = para({run("Red: {{#each kpi}}{{#if @status"), bookmark(7, "red"), run("='red'}}{{ name }} {{/if}}{{/each}}")});
    CHECK(render_body(p) == Lines{"Red: Invoices Complaints "});
  }
  SECTION("paragraph level, both tags opening in one paragraph and closing in another") {
    const auto body = para("{{#each kpi}}{{#if @status='red'}}") + para("{{ name }}") + para("{{/if}}{{/each}}");
    CHECK(render_body(body) == Lines{"Invoices", "Complaints"});
  }
  SECTION("paragraph level, each tag in its own paragraph") {
    const auto body = para("{{#each kpi}}") + para("{{#unless @status='red'}}") + para("{{ name }}") +
                      para("{{/unless}}") + para("{{/each}}");
    CHECK(render_body(body) == Lines{"Returns"});
  }
  SECTION("a paragraph condition inside a cell of a repeated row") {
    const auto body = table({row({cell({para("{{#each kpi}}{{ name }}")}),
                                  cell({para("{{#if @status='red'}}"), para("Late"), para("{{/if}}"), para("{{ actual }}{{/each}}")})})},
                            2);
    CHECK(render_body(body) == Lines{"Invoices", "Late", "71", "Returns", "99", "Complaints", "Late", "12"});
  }
  SECTION("nested loops: a condition on the inner item and on $outer") {
    const std::string data =
        "<c><dir name='Place'><kpi s='red'>A</kpi><kpi s='green'>B</kpi></dir>"
        "<dir name='People'><kpi s='green'>C</kpi></dir></c>";
    const auto body = para("{{#each dir}}") +
                      para("{{ @name }}: {{#each kpi}}{{#if @s='green'}}{{ . }}{{#if $outer/@name='Place'}}*{{/if}}{{/if}}{{/each}}") +
                      para("{{/each}}");
    CHECK(render_body(body, data) == Lines{"Place: B*", "People: C"});
  }
}

TEST_CASE("An absolute path reads from the document root, inside a loop too", "[template]") {
  const auto body = para("{{ /council/name }} has {{ count(//kpi) }}: {{#each kpi sep=\", \"}}{{ name }} of {{ /council/name | upper }}{{/each}}") +
                    para({run("Second: {{ //kpi[2]"), kSpellStart, run("/name }}"), kSpellEnd});
  CHECK(render_body(body) == Lines{"Northfield has 3: Invoices of NORTHFIELD, Returns of NORTHFIELD, Complaints of NORTHFIELD",
                                   "Second: Returns"});
}
