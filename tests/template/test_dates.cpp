// Date arithmetic and UK working days in tags: the deadlines of a committee cycle (call-in
// ends five working days after a decision, an agenda goes out five clear working days before
// the meeting), counted with the bank holidays of England and Wales, Scotland or Northern
// Ireland.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"
#include "word_markup.hpp"

using namespace docket::test;

namespace {

const std::string kData =
    "<report><decided>2023-12-21</decided><meeting>2023-12-18T18:30:00</meeting><published>2023-12-08</published>"
    "<due>2024-01-31</due><note>soon</note></report>";

struct Case {
  const char* tag;
  const char* text;
};

std::string render_one(const std::string& tag, Rendered* result = nullptr) {
  ScratchDir dir("dates");
  word::write_lines({tag}, dir / "t.docx");
  write_text(dir / "d.xml", kData);
  auto r = render_template(dir / "t.docx", dir / "d.xml", dir / "out.docx");
  if (result != nullptr) *result = r;
  return r.written ? visible_text(dir / "out.docx") : "(not written) " + r.messages;
}

Rendered check_template_with(const std::string& tag) {
  ScratchDir dir("dates-check");
  word::write_lines({tag}, dir / "t.docx");
  write_text(dir / "d.xml", kData);
  return check_template(dir / "t.docx", dir / "d.xml");
}

}  // namespace

TEST_CASE("Date functions add days, months and years and compare dates", "[template]") {
  const Case cases[] = {
      {"{{ add-days(decided, 28) | date \"d MMMM y\" }}", "18 January 2024"},
      {"{{ add-days(meeting, -1) }}", "2023-12-17"},
      {"{{ add-months(due, 1) }}", "2024-02-29"},
      {"{{ add-months(due, -2) }}", "2023-11-30"},
      {"{{ add-years('2024-02-29', 1) }}", "2025-02-28"},
      {"{{ days-between(published, meeting) }}", "10"},
      {"{{ days-between(meeting, published) }}", "-10"},
      {"{{ compare-dates(meeting, decided) }} {{ compare-dates(due, due) }} {{ compare-dates(due, meeting) }}",
       "-1 0 1"},
      {"{{#if compare-dates(decided, meeting) > 0}}after the meeting{{/if}}", "after the meeting"},
  };
  for (const Case& c : cases) {
    INFO(c.tag);
    CHECK(render_one(c.tag) == c.text);
  }
}

TEST_CASE("Working days skip weekends and the bank holidays of the division named", "[template]") {
  const Case cases[] = {
      // Thursday 21 December 2023: Christmas, Boxing Day and New Year's Day are skipped.
      {"{{ add-working-days(decided, 5) }}", "2024-01-02"},
      {"{{ add-working-days(decided, 5, 'england-and-wales') }}", "2024-01-02"},
      // 2 January is a bank holiday in Scotland too.
      {"{{ add-working-days(decided, 5, 'scotland') }}", "2024-01-03"},
      {"{{ add-working-days('2024-01-03', -2, 'scotland') }}", "2023-12-28"},
      {"{{ add-working-days(decided, 0) }}", "2023-12-21"},
      // Five clear working days before Monday 18 December: out by Friday 8 December.
      {"{{ clear-working-days-before(meeting, 5) | date \"EEEE d MMMM\" }}", "Friday 8 December"},
      {"{{ working-days-between(published, meeting) }}", "5"},
      {"{{ working-days-between(meeting, published) }}", "-5"},
      {"{{ working-days-between('2023-12-22', '2023-12-27') }}", "0"},
      // Easter Monday 2024 is not a bank holiday in Scotland.
      {"{{ is-working-day('2024-04-01') }} {{ is-working-day('2024-04-01', 'scotland') }}", "false true"},
      // St Patrick's Day (Sunday 17 March 2024, so Monday 18th) in Northern Ireland only.
      {"{{ is-working-day('2024-03-18', 'northern-ireland') }} {{ is-working-day('2024-03-18') }}", "false true"},
  };
  for (const Case& c : cases) {
    INFO(c.tag);
    CHECK(render_one(c.tag) == c.text);
  }
}

TEST_CASE("A date function given something it cannot use is an error naming the function", "[template]") {
  const std::string kCalendar = source_path("schemas/bank-holidays/uk.xml").string();
  const std::pair<std::string, std::string> cases[] = {
      {"{{ add-days(note, 1) }}", "template.xpath-error | cannot evaluate add-days(note, 1): add-days(): \u201Csoon\u201D is not a date (write dates as 2023-12-07) | correct the value or the arguments, as docs/template-language.md describes for the function"},
      {"{{ add-days(due, 1.5) }}", "template.xpath-error | cannot evaluate add-days(due, 1.5): add-days(): the number of days or months must be a whole number | correct the value or the arguments, as docs/template-language.md describes for the function"},
      {"{{ add-working-days(due, 5, 'wales') }}", "template.xpath-error | cannot evaluate add-working-days(due, 5, 'wales'): add-working-days(): \u201Cwales\u201D is not a division of the bank holiday calendar (it has england-and-wales, scotland, northern-ireland) | correct the value or the arguments, as docs/template-language.md describes for the function"},
      {"{{ add-working-days('2035-01-02', 5) }}", "template.xpath-error | cannot evaluate add-working-days('2035-01-02', 5): add-working-days(): the bank holiday calendar " + kCalendar + " covers 2018-01-01 to 2030-12-31, not 2035-01-03 | correct the value or the arguments, as docs/template-language.md describes for the function"},
      {"{{ clear-working-days-before(meeting, -1) }}", "template.xpath-error | cannot evaluate clear-working-days-before(meeting, -1): clear-working-days-before(): the number of clear working days cannot be negative | correct the value or the arguments, as docs/template-language.md describes for the function"},
      {"{{ days-between(due) }}", "template.xpath-error | cannot evaluate days-between(due): days-between(): takes 2 arguments, not 1 | correct the value or the arguments, as docs/template-language.md describes for the function"},
  };
  for (const auto& [tag, text] : cases) {
    INFO(tag);
    Rendered r;
    render_one(tag, &r);
    CHECK_FALSE(r.written);
    REQUIRE(r.diags.size() == 1);
    CHECK(check_template_with(tag).count("template.xpath-error") == 1);
    CHECK(r.diags.items()[0].code + " | " + r.diags.items()[0].message + " | " + r.diags.items()[0].hint == text);
  }
}

TEST_CASE("render and check --bank-holidays count in a council's own calendar", "[template]") {
  ScratchDir dir("dates-calendar");
  word::write_lines({"Call-in ends {{ add-working-days(decided, 1, 'ours') }}."}, dir / "t.docx");
  write_text(dir / "d.xml", "<report><decided>2024-08-02</decided></report>");
  write_text(dir / "ours.xml",
             "<bankHolidays xmlns=\"urn:docket:bank-holidays:1\" from=\"2024-01-01\" to=\"2024-12-31\">"
             "<division id=\"ours\" name=\"Our borough\"><holiday date=\"2024-08-05\">Show day</holiday></division>"
             "</bankHolidays>");
  const std::string files = shell_quote((dir / "t.docx").string()) + " " + shell_quote((dir / "d.xml").string());
  const std::string calendar = " --bank-holidays " + shell_quote((dir / "ours.xml").string());
  auto r = run_docket("render " + files + " -o " + shell_quote((dir / "out.docx").string()) + calendar);
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(visible_text(dir / "out.docx") == "Call-in ends 2024-08-06.");
  CHECK(run_docket("check " + shell_quote((dir / "t.docx").string()) + " --data " +
                   shell_quote((dir / "d.xml").string()) + calendar).status == 0);
  // docket's own calendar has no such division
  auto own = run_docket("check " + shell_quote((dir / "t.docx").string()) + " --data " + shell_quote((dir / "d.xml").string()));
  CHECK(own.status == 1);
  CHECK(own.err.find("\u201Cours\u201D is not a division of the bank holiday calendar") != std::string::npos);
  // a calendar that is not one is an error before anything is written
  write_text(dir / "bad.xml", "<holidays/>");
  auto bad = run_docket("render " + files + " -o " + shell_quote((dir / "bad.docx").string()) + " --bank-holidays " +
                        shell_quote((dir / "bad.xml").string()));
  CHECK(bad.status == 1);
  CHECK(bad.err.find("this is not a bank holiday calendar") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "bad.docx"));
}
