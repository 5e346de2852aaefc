// OpenXmlPowerTools DocumentAssembler markup (fixtures/templates/word-assembler.docx): the
// template language accepts <# <Content Select="…"/> #>, Repeat/EndRepeat and
// Conditional/EndConditional text blocks alongside its own tags, with their meaning there.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"

using namespace docket::test;

// The whole DocumentAssembler corpus is tested in test_da_*.cpp (fixtures/assembler/).
TEST_CASE("DocumentAssembler Content, Repeat and Conditional blocks are filled", "[template][assembler]") {
  ScratchDir dir("assembler");
  const auto out = dir / "out.docx";
  auto r = render_template(template_fixture("word-assembler.docx"), template_fixture("data/council.xml"), out);
  INFO(r.messages);
  REQUIRE(r.written);
  const std::vector<std::string> expected = {"Council: Northfield District Council",
                                             "Room: []",
                                             "Member: Patel (North)",
                                             "Member: Jones (East)",
                                             "Member: Smith (South)",
                                             "Urgent.",
                                             "End."};
  std::vector<std::string> got;
  for (const auto& p : paragraph_texts(out)) {
    if (!p.empty()) got.push_back(p);
  }
  CHECK(got == expected);
  CHECK(ooxml_problems(out).empty());
}

TEST_CASE("docket check counts DocumentAssembler blocks as tags", "[template][assembler]") {
  auto r = run_docket("check " + shell_quote(template_fixture("word-assembler.docx").string()));
  INFO(r.out + r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find(": 0 tag(s)") == std::string::npos);
}
