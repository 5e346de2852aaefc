// Calculations in tags: a result that is not a finite number is an error naming the tag, in
// render, in check --data and as a visible gap in a draft; never "NaN" or "Infinity" in a report.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"
#include "word_markup.hpp"

using namespace docket::test;

namespace {

const std::string kData = "<report><date>2024-01-15</date><kpi><actual>5</actual></kpi><kpi><actual>n/a</actual></kpi></report>";

struct Case {
  const char* tag;
  const char* message;
};

}  // namespace

TEST_CASE("A calculation that gives no finite number is an error naming the tag", "[template]") {
  const Case cases[] = {
      {"{{ 1 div 0 }}", "cannot print 1 div 0: the result is infinite (a division by zero)"},
      {"{{ -1 div 0 }}", "cannot print -1 div 0: the result is infinite (a division by zero)"},
      {"{{ date + 1 }}", "cannot print date + 1: the result is not a number (arithmetic on a value that is not a "
                         "number, such as a date or empty text; use functions such as add-days() for dates)"},
      {"{{ sum(kpi/actual) | number \"#,##0\" }}", "cannot print sum(kpi/actual): the result is not a number "
                                                    "(arithmetic on a value that is not a number, such as a date or "
                                                    "empty text; use functions such as add-days() for dates)"},
  };
  for (const Case& c : cases) {
    INFO(c.tag);
    ScratchDir dir("arithmetic");
    word::write_lines({std::string("Value: ") + c.tag}, dir / "t.docx");
    write_text(dir / "d.xml", kData);
    auto r = render_template(dir / "t.docx", dir / "d.xml", dir / "out.docx");
    CHECK_FALSE(r.written);
    REQUIRE(r.count("template.not-a-number") == 1);
    CHECK(r.first("template.not-a-number")->message == c.message);
    CHECK(r.first("template.not-a-number")->excerpt == std::string("Value: ") + c.tag);
    // check --data finds it too
    CHECK(check_template(dir / "t.docx", dir / "d.xml").count("template.not-a-number") == 1);
    // a draft shows the gap, not NaN
    auto draft = render_template(dir / "t.docx", dir / "d.xml", dir / "out.docx", true);
    REQUIRE(draft.written);
    const auto text = visible_text(dir / "out.docx");
    CHECK(text.find("NaN") == std::string::npos);
    CHECK(text.find("Infinity") == std::string::npos);
    CHECK(text == std::string("Value: [ERROR: ") + c.message + "]");
  }
}

TEST_CASE("Finite arithmetic prints its number", "[template]") {
  ScratchDir dir("arithmetic-ok");
  word::write_lines({"{{ kpi[1]/actual * 2 }} {{ 7 div 2 }} {{ -0.5 + 0 }}"}, dir / "t.docx");
  write_text(dir / "d.xml", kData);
  auto r = render_template(dir / "t.docx", dir / "d.xml", dir / "out.docx");
  INFO(r.messages);
  REQUIRE(r.written);
  CHECK(visible_text(dir / "out.docx") == "10 3.5 -0.5");
}
