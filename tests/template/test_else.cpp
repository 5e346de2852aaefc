// {{else if …}} chains and {{else}} branches: for #if and #unless at run, paragraph and row
// level, and for a loop that selects nothing. Tags are split the way Word splits them.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"
#include "word_markup.hpp"

using namespace docket::test;
using namespace docket::test::word;

namespace {

const std::string kData =
    "<r><kpi s='red'><n>Waste</n></kpi><kpi s='amber'><n>Roads</n></kpi><kpi s='green'><n>Tax</n></kpi>"
    "<kpi s='blue'><n>Care</n></kpi></r>";

Rendered render_body(const ScratchDir& dir, const std::string& body, const std::string& data = kData) {
  write_template(body, dir / "t.docx");
  write_text(dir / "d.xml", data);
  return render_template(dir / "t.docx", dir / "d.xml", dir / "out.docx");
}

std::string rendered(const std::string& body, const std::string& data = kData) {
  ScratchDir dir("else");
  auto r = render_body(dir, body, data);
  INFO(r.messages);
  REQUIRE(r.written);
  CHECK(r.diags.empty());
  CHECK(ooxml_problems(dir / "out.docx").empty());
  return visible_text(dir / "out.docx");
}

}  // namespace

TEST_CASE("else if chains pick the first condition that holds", "[template]") {
  SECTION("run level, tags split by spelling marks and a change of revision") {
    const auto p = para({run("{{#each kpi sep=\", \"}}{{ n }}: {{#if @s='red'}}act now{{el"), kSpellStart,
                         run("se if @s='amber'}}watch", "", "00D4E5F6"), kSpellEnd,
                         run("{{else if @s='green'}}on track{{else}}no target{{/if}}{{/each}}", "", "00B2C3D4")});
    CHECK(rendered(p) == "Waste: act now, Roads: watch, Tax: on track, Care: no target");
  }
  SECTION("paragraph level") {
    const auto body = para("{{#each kpi}}") + para("{{#if @s='red'}}") + para("{{ n }} is red") +
                      para("{{else if @s='green'}}") + para("{{ n }} is green") + para("{{else}}") + para("{{ n }} is neither") +
                      para("{{/if}}") + para("{{/each}}");
    CHECK(rendered(body) == "Waste is red\nRoads is neither\nTax is green\nCare is neither");
  }
  SECTION("an #unless chain, without a final else") {
    CHECK(rendered(para("{{#each kpi sep=\" \"}}{{#unless @s='green'}}{{ n }}{{else if $last}}last{{/unless}}{{/each}}")) ==
          "Waste Roads  Care");
  }
  SECTION("table rows: each branch starts a row") {
    const auto body = table({row({cell({para("{{#each kpi}}{{#if @s='red'}}{{ n }}")}), cell({para("Red")})}),
                             row({cell({para("{{else if @s='amber'}}{{ n }}")}), cell({para("Amber")})}),
                             row({cell({para("{{else}}{{ n }}")}), cell({para("Other{{/if}}{{/each}}")})})},
                            2);
    CHECK(rendered(body) == "Waste\nRed\nRoads\nAmber\nTax\nOther\nCare\nOther");
  }
}

TEST_CASE("A loop's else shows when the loop selects nothing", "[template]") {
  const std::string none = "<r/>";
  SECTION("run level") {
    const auto p = para("Red: {{#each kpi[@s='red'] sep=\", \"}}{{ n }}{{else}}none{{/each}}.");
    CHECK(rendered(p) == "Red: Waste.");
    CHECK(rendered(p, none) == "Red: none.");
  }
  SECTION("paragraph level") {
    const auto body = para("{{#each kpi}}") + para("{{ n }}") + para("{{else}}") + para("There are no indicators.") + para("{{/each}}");
    CHECK(rendered(body) == "Waste\nRoads\nTax\nCare");
    CHECK(rendered(body, none) == "There are no indicators.");
  }
  SECTION("table rows: the else row replaces the repeated rows") {
    const auto body = table({row({cell({para("Indicator")}), cell({para("Status")})}),
                             row({cell({para("{{#each kpi[@s='red']}}{{ n }}")}), cell({para("{{ @s }}")})}),
                             row({cell({para("{{else}}No red indicators this quarter.")}), cell({para("{{/each}}")})})},
                            2);
    CHECK(rendered(body) == "Indicator\nStatus\nWaste\nred");
    CHECK(rendered(body, none) == "Indicator\nStatus\nNo red indicators this quarter.");
  }
}

TEST_CASE("A misplaced else is an error naming the block", "[template]") {
  struct Case {
    std::string body;
    std::string message;
  };
  const std::vector<Case> cases = {
      {para("{{else}}"), "{{else}} is not inside a block"},
      {para("{{#if kpi}}a{{else}}b{{else if kpi}}c{{/if}}"),
       "{{else if …}} after the {{else}} of \u201C{{#if kpi}}\u201D (paragraph 1)"},
      {table({row({cell({para("{{#each kpi}}{{ n }}")}), cell({para("x {{else}} y{{/each}}")})})}, 2),
       "\u201C{{else}}\u201D (paragraph 2) is not at the start of a row of \u201C{{#each kpi}}\u201D (paragraph 1)"},
  };
  for (const auto& c : cases) {
    INFO(c.body);
    ScratchDir dir("else-errors");
    auto r = render_body(dir, c.body);
    CHECK_FALSE(r.written);
    REQUIRE(r.has("template.else-misplaced"));
    CHECK(r.first("template.else-misplaced")->message == c.message);
  }
}

TEST_CASE("else if typos are reported, not read as a value", "[template]") {
  for (const char* tag : {"{{elseif kpi}}", "{{else unless kpi}}", "{{elif kpi}}"}) {
    INFO(tag);
    ScratchDir dir("else-typos");
    auto r = render_body(dir, para(std::string("{{#if kpi}}a") + tag + "b{{/if}}"));
    REQUIRE(r.has("template.tag-syntax"));
    CHECK(r.first("template.tag-syntax")->message ==
          "\u201C" + std::string(tag) + "\u201D: \u201C" + std::string(tag).substr(2, std::string(tag).size() - 4) +
              "\u201D is not an else tag");
  }
}

TEST_CASE("check --data says an #unless whose path selects nothing always holds", "[template]") {
  ScratchDir dir("unless-check");
  write_template(para("{{#unless meta/urgency}}Not urgent.{{/unless}}") + para("{{#if meta/urgency}}Urgent.{{/if}}") +
                     para("{{#if kpi}}{{else if meta/flag}}flag{{/if}}"),
                 dir / "t.docx");
  write_text(dir / "d.xml", "<r><meta/></r>");
  auto r = check_template(dir / "t.docx", dir / "d.xml");
  std::vector<std::string> messages;
  for (const auto& d : r.diags) messages.push_back(d.message);
  CHECK(messages == std::vector<std::string>{"meta/urgency selects nothing in this data, so {{#unless}} always holds",
                                             "meta/urgency selects nothing in this data, so {{#if}} never holds",
                                             "kpi selects nothing in this data, so {{#if}} never holds",
                                             "meta/flag selects nothing in this data, so {{else if}} never holds"});
}
