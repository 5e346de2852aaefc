// The order of a loop's items: sort= by value for numbers (decimals and negatives included),
// alphabetical for text, numbers before text, empty keys last; several keys, each with its own
// order=; group-by= with $group; and every option given twice or out of place is an error.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"
#include "word_markup.hpp"

using namespace docket::test;
using namespace docket::test::word;

namespace {

std::string values(std::initializer_list<const char*> vs) {
  std::string data = "<r>";
  for (const char* v : vs) data += std::string("<v>") + v + "</v>";
  return data + "</r>";
}

Rendered render_lines(const ScratchDir& dir, const std::vector<std::string>& paragraphs, const std::string& data) {
  write_template([&] {
    std::string body;
    for (const auto& p : paragraphs) body += p;
    return body;
  }(), dir / "t.docx");
  write_text(dir / "d.xml", data);
  return render_template(dir / "t.docx", dir / "d.xml", dir / "out.docx");
}

std::string rendered(const std::vector<std::string>& paragraphs, const std::string& data) {
  ScratchDir dir("loop-order");
  auto r = render_lines(dir, paragraphs, data);
  INFO(r.messages);
  REQUIRE(r.written);
  CHECK(r.diags.empty());
  return visible_text(dir / "out.docx");
}

const std::string kNumbers = values({"-5", "-40", "9.9", "98.2", "98.05", "98.15", "100"});

const std::string kKpis =
    "<r><kpi dir='Place' p='2'><n>Waste</n><a>71.5</a></kpi><kpi dir='People' p='1'><n>Care</n><a>88</a></kpi>"
    "<kpi dir='Place' p='1'><n>Roads</n><a>93</a></kpi><kpi dir='Resources' p='2'><n>Tax</n><a>97.25</a></kpi>"
    "<kpi dir='People' p='2'><n>Schools</n><a>101</a></kpi></r>";

}  // namespace

TEST_CASE("sort= orders decimals and negatives by their value", "[template]") {
  SECTION("ascending, the tag split by a spelling mark") {
    const auto p = para({run("{{#each v so"), kSpellStart, run("rt=\".\" sep=\" \"}}{{ . }}{{/each}}", "", "00D4E5F6"), kSpellEnd});
    CHECK(rendered({p}, kNumbers) == "-40 -5 9.9 98.05 98.15 98.2 100");
  }
  SECTION("descending") {
    CHECK(rendered({para("{{#each v sort=\".\" order=\"descending\" sep=\" \"}}{{ . }}{{/each}}")}, kNumbers) ==
          "100 98.2 98.15 98.05 9.9 -5 -40");
  }
  SECTION("equal values (98.5 and 98.50) keep the data's order") {
    CHECK(rendered({para("{{#each v sort=\".\" sep=\" \"}}{{ . }}{{/each}}")}, values({"98.50", "7", "98.5", "1"})) ==
          "1 7 98.50 98.5");
  }
}

TEST_CASE("sort= puts numbers before text and empty values last, in either order", "[template]") {
  const auto data = values({"10", "n/a", "", "2", "Abbey", " ", "-1"});
  CHECK(rendered({para("{{#each v sort=\".\" sep=\"|\"}}{{ . }}{{/each}}")}, data) == "-1|2|10|Abbey|n/a|| ");
  CHECK(rendered({para("{{#each v sort=\".\" order=\"descending\" sep=\"|\"}}{{ . }}{{/each}}")}, data) ==
        "n/a|Abbey|10|2|-1|| ");
}

TEST_CASE("Several sort= keys, each with its own order=", "[template]") {
  const auto p = para("{{#each kpi sort=\"@dir\" sort=\"a\" order=\"descending\" sep=\", \"}}{{ @dir }} {{ a }}{{/each}}");
  CHECK(rendered({p}, kKpis) == "People 101, People 88, Place 93, Place 71.5, Resources 97.25");
  const auto q = para("{{#each kpi sort=\"@p\" order=\"descending\" sort=\"n\" sep=\", \"}}{{ n }}{{/each}}");
  CHECK(rendered({q}, kKpis) == "Schools, Tax, Waste, Care, Roads");
}

TEST_CASE("group-by= repeats once per distinct value, with its members in $group", "[template]") {
  SECTION("paragraph loops: groups in order of first appearance, members in data order") {
    const std::vector<std::string> ps = {para("{{#each kpi group-by=\"@dir\"}}"),
                                         para("{{ @dir }} ({{ count($group) }}, best {{ max($group/a) }})"),
                                         para("{{#each $group sep=\", \"}}{{ n }}{{/each}}"), para("{{/each}}")};
    CHECK(rendered(ps, kKpis) == "Place (2, best 93)\nWaste, Roads\nPeople (2, best 101)\nCare, Schools\nResources (1, best 97.25)\nTax");
  }
  SECTION("groups sorted by their key, descending") {
    CHECK(rendered({para("{{#each kpi group-by=\"@dir\" sort=\"@dir\" order=\"descending\" sep=\"; \"}}{{ @dir }}: "
                         "{{#each $group sort=\"n\" sep=\", \"}}{{ n }}{{/each}}{{/each}}")},
                   kKpis) == "Resources: Tax; Place: Roads, Waste; People: Care, Schools");
  }
  SECTION("a table: a group heading row, then a row per member") {
    const auto body = table({row({cell({para("Indicator")}), cell({para("Actual")})}),
                             row({cell({para("{{#each kpi group-by=\"@p\" sort=\"@p\"}}Priority {{ @p }}")}), cell({para("")})}),
                             row({cell({para("{{#each $group}}{{ n }}")}), cell({para("{{ a }}{{/each}}{{/each}}")})})},
                            2);
    CHECK(rendered({body}, kKpis) ==
          "Indicator\nActual\nPriority 1\nCare\n88\nRoads\n93\nPriority 2\nWaste\n71.5\nTax\n97.25\nSchools\n101");
  }
}

TEST_CASE("A loop option given twice, or an order= with nothing to reverse, is an error", "[template]") {
  struct Case {
    const char* tag;
    const char* message;
  };
  const Case cases[] = {
      {"{{#each v sep=\", \" sep=\"; \"}}{{ . }}{{/each}}", "a second sep="},
      {"{{#each v group-by=\"a\" group-by=\"b\"}}{{ . }}{{/each}}", "a second group-by="},
      {"{{#each v order=\"descending\"}}{{ . }}{{/each}}", "order= needs a sort= to reverse"},
      {"{{#each v sort=\".\" order=\"descending\" order=\"ascending\"}}{{ . }}{{/each}}", "a second order= for sort=\".\""},
      {"{{#each v sort=\".\" order=\"down\"}}{{ . }}{{/each}}", "order=\"down\" is not an order"},
      {"{{#if v sort=\".\"}}x{{/if}}", "sort, order, group-by, sep and last belong to #each, not #if"},
  };
  for (const Case& c : cases) {
    INFO(c.tag);
    ScratchDir dir("loop-options");
    auto r = render_lines(dir, {para(c.tag)}, kNumbers);
    CHECK_FALSE(r.written);
    REQUIRE(r.has("template.tag-syntax"));
    const std::string message = r.first("template.tag-syntax")->message;
    CHECK(message.substr(message.find(": ") + 2) == c.message);
  }
}
