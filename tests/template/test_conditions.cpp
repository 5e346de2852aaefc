// Conditions and comments (fixtures/templates/lo-loops.docx): #if/else and #unless at run and
// paragraph level, comments inline and alone in a paragraph.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"

using namespace docket::test;

namespace {

std::vector<std::string> rendered(const ScratchDir& dir) {
  const auto out = dir / "out.docx";
  auto r = render_template(template_fixture("lo-loops.docx"), template_fixture("data/council.xml"), out);
  INFO(r.messages);
  REQUIRE(r.written);
  std::vector<std::string> got;
  for (const auto& p : paragraph_texts(out)) {
    if (!p.empty()) got.push_back(p);
  }
  return got;
}

bool has(const std::vector<std::string>& ps, const std::string& text) {
  return std::find(ps.begin(), ps.end(), text) != ps.end();
}

}  // namespace

TEST_CASE("Paragraph-level conditions keep one branch and drop the tag paragraphs", "[template]") {
  ScratchDir dir("conditions-paragraph");
  const auto ps = rendered(dir);
  auto at = std::find(ps.begin(), ps.end(), "Conditions");
  REQUIRE(at != ps.end());
  const std::vector<std::string> got(at + 1, at + 6);
  const std::vector<std::string> expected = {"Urgent: decide today.", "Open to the public.", "No reference yet.",
                                             "Status: quorate.", "Count: 3 members, seven indicators."};
  CHECK(got == expected);
  SECTION("the branches not taken are gone") {
    CHECK_FALSE(has(ps, "Routine."));
    CHECK_FALSE(has(ps, "Exempt."));
    CHECK_FALSE(has(ps, "No members."));
  }
}

TEST_CASE("Comments are removed from the output", "[template]") {
  ScratchDir dir("conditions-comments");
  const auto ps = rendered(dir);
  SECTION("inline") { CHECK(has(ps, "Before after.")); }
  SECTION("alone in a paragraph: the paragraph goes too") {
    CHECK(ps.at(0) == "Northfield District Council");
    CHECK(ps.at(1) == "Before after.");
  }
  SECTION("nothing of a comment's text survives") {
    for (const auto& p : ps) CHECK(p.find("policy team") == std::string::npos);
  }
}

TEST_CASE("Empty paragraphs are not left where control tags stood", "[template]") {
  ScratchDir dir("conditions-empty");
  const auto out = dir / "out.docx";
  REQUIRE(render_template(template_fixture("lo-loops.docx"), template_fixture("data/council.xml"), out).written);
  const auto all = paragraph_texts(out);
  // The only empty paragraph LibreOffice itself wrote is the one after the table.
  CHECK(std::count(all.begin(), all.end(), std::string()) <= 1);
}
