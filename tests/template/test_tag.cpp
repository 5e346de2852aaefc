// Reading one tag's text: what kind of tag it is, its expression, options and filters.
#include <catch2/catch.hpp>

#include "template/tag.hpp"

using namespace docket::tmpl;

namespace {

Tag parsed(const std::string& text) {
  auto result = parse_tag(text);
  if (auto* error = std::get_if<TagSyntaxError>(&result)) FAIL(text << ": " << error->message);
  return std::get<Tag>(result);
}

TagSyntaxError refused(const std::string& text) {
  auto result = parse_tag(text);
  REQUIRE(std::holds_alternative<TagSyntaxError>(result));
  return std::get<TagSyntaxError>(result);
}

}  // namespace

TEST_CASE("An absolute path is a value, not a closing tag", "[template]") {
  for (const char* text : {"{{ /council/name }}", "{{/council/name}}", "{{ //kpi }}", "{{//kpi[1]/name}}",
                           "{{ /each/name }}", "{{ /report }}", "{{ /if[1] }}", "{{ /council/name | upper }}"}) {
    INFO(text);
    const Tag tag = parsed(text);
    CHECK(tag.kind == TagKind::value);
  }
  CHECK(parsed("{{ /council/name | upper }}").expression == "/council/name");
  CHECK(parsed("{{//kpi[1]/name}}").expression == "//kpi[1]/name");
}

TEST_CASE("A slash and a block name close the block", "[template]") {
  for (const char* text : {"{{/each}}", "{{ /if }}", "{{/ unless}}"}) {
    INFO(text);
    CHECK(parsed(text).kind == TagKind::close);
  }
  CHECK(refused("{{/each kpi}}").message == "a closing tag takes nothing after its name");
}

TEST_CASE("A slash and a typo of a block name is a closing tag that says how to write the path", "[template]") {
  const auto error = refused("{{/eahc}}");
  CHECK(error.message == "\u201C/eahc\u201D is not a block");
  CHECK(error.hint == "did you mean /each? (to insert the value at the path /eahc, write {{ /eahc ? }})");
  CHECK(parsed("{{ /eahc ? }}").kind == TagKind::value);
}
