// `docket check` without data: tag paths that no report (or agenda) of docket's schemas can
// select are reported from the schema alone, read in the context of the loops around them.
#include <catch2/catch.hpp>

#include "test_support.hpp"
#include "word_markup.hpp"

using namespace docket::test;

namespace {

// The warnings `docket check` gives for a template of this body, each "message | hint".
std::vector<std::string> body_warnings(const std::string& body) {
  ScratchDir dir("check-paths");
  word::write_template(body, dir / "t.docx");
  const auto r = run_docket("check " + shell_quote((dir / "t.docx").string()));
  std::vector<std::string> out;
  std::size_t at = 0;
  while ((at = r.err.find("warning: ", at)) != std::string::npos) {
    const auto end = r.err.find('\n', at);
    const auto hint_at = r.err.find("  hint: ", end);
    const auto hint_end = r.err.find('\n', hint_at);
    out.push_back(r.err.substr(at + 9, end - at - 9) + " | " + r.err.substr(hint_at + 8, hint_end - hint_at - 8));
    at = end;
  }
  return out;
}

// The same for a template of these lines, one paragraph each.
std::vector<std::string> path_warnings(const std::vector<std::string>& lines) {
  std::string body;
  for (const auto& line : lines) body += word::para(line);
  return body_warnings(body);
}

// The opening of a report template: the lines a report's front matter fills.
const std::vector<std::string> kReportHead = {"{{ meta/title }}", "{{ meta/reference }}", "{{ meta/meeting/date }}",
                                              "{{ meta/authority }}", "{{ meta/period }}"};

std::vector<std::string> report_lines(std::vector<std::string> lines) {
  lines.insert(lines.begin(), kReportHead.begin(), kReportHead.end());
  return lines;
}

}  // namespace

TEST_CASE("check without data names a path no report can hold, and the path meant", "[template]") {
  CHECK(path_warnings(report_lines({"{{ meta/titel }}", "{{ /report/meta/titel }}", "{{ /reprot/meta/title }}",
                       "{{ count(kpis/kpii) }}"})) ==
        std::vector<std::string>{
            "‘meta/titel’ selects nothing in any report: a <meta> has no <titel> | did you mean meta/title?",
            "‘/report/meta/titel’ selects nothing in any report: a <meta> has no <titel> | did you mean /report/meta/title?",
            "‘/reprot’ selects nothing in any report: a document of this kind starts with <report>, not <reprot> | did you "
            "mean /report?",
            "‘kpis/kpii’ selects nothing in any report: a <kpis> has no <kpii> | did you mean kpis/kpi?"});
}

TEST_CASE("check without data reads tags inside a loop against the loop's item", "[template]") {
  CHECK(path_warnings(report_lines({"{{#each kpis/kpi}}", "{{ name }} {{ nme }} {{ @statsu }}", "{{/each}}",
                       "{{#each kpis/kpi}}{{#if name}}{{ nam }}{{/if}}{{/each}}",
                       "{{#each kpis/kpi}}x{{else}}{{ meta/titel }}{{/each}}"})) ==
        std::vector<std::string>{
            "‘nme’ selects nothing in any report: a <kpi> has no <nme> | did you mean name?",
            "‘@statsu’ selects nothing in any report: a <kpi> has no attribute statsu | it may hold @id, @ref",
            "‘nam’ selects nothing in any report: a <kpi> has no <nam> | did you mean name?",
            "‘meta/titel’ selects nothing in any report: a <meta> has no <titel> | did you mean meta/title?"});
}

TEST_CASE("check without data reads the cells of a table-row loop against the row's item", "[template]") {
  std::string body;
  for (const auto& line : kReportHead) body += word::para(line);
  const auto cell = [](const std::string& text) { return word::cell({word::para(text)}); };
  // The first row repeats as a header, as an accessible table's must (check says so otherwise).
  const std::string header = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("Name") + cell("Actual") + cell("Target") + "</w:tr>";
  body += word::table({header,
                       word::row({cell("{{#each kpis/kpi}}{{ name }}"), cell("{{ actul/@value }}"),
                                  cell("{{ target/@value }}{{/each}}")})},
                      3);
  CHECK(body_warnings(body) ==
        std::vector<std::string>{"‘actul’ selects nothing in any report: a <kpi> has no <actul> | did you mean actual?"});
}

TEST_CASE("check without data reads sort keys, filters in brackets and #unless paths", "[template]") {
  CHECK(path_warnings(report_lines({"{{#each kpis/kpi sort=\"actul\"}}{{ name }}{{/each}}",
                       "{{#each kpis/kpi[actul > 3]}}{{ name }}{{/each}}", "{{#unless meta/titel}}none{{/unless}}"})) ==
        std::vector<std::string>{
            "‘actul’ selects nothing in any report: a <kpi> has no <actul> | did you mean actual?",
            "‘actul’ selects nothing in any report: a <kpi> has no <actul> | did you mean actual?",
            "‘meta/titel’ selects nothing in any report: a <meta> has no <titel> | did you mean meta/title?"});
}

TEST_CASE("check without data reads an agenda template against the agenda schema", "[template]") {
  CHECK(path_warnings({"{{ meeting/body }}", "{{ meeting/date }}", "{{ authority }}", "{{ meeting/vanue/name }}"}) ==
        std::vector<std::string>{
            "‘meeting/vanue’ selects nothing in any agenda: a <meeting> has no <vanue> | did you mean meeting/venue?"});
}

TEST_CASE("check without data leaves alone a template written for other data", "[template]") {
  // Most of its tags outside loops name what no report or agenda has: data in no namespace.
  CHECK(path_warnings({"{{ name }}", "{{ members/member }}", "{{ meeting/date }}"}).empty());
}

TEST_CASE("check without data finds no unknown path in docket's own templates", "[template]") {
  for (const char* name : {"committee-report.docx", "agenda-front-sheet.docx", "exempt-notice.docx",
                           "committee-report-charnwood.docx"}) {
    const auto r = run_docket("check " + shell_quote(source_path("templates/" + std::string(name)).string()));
    INFO(name << "\n" << r.err);
    CHECK(r.err.find("selects nothing") == std::string::npos);
  }
}

TEST_CASE("check without data follows a path through // to the elements it can reach", "[template]") {
  CHECK(path_warnings(report_lines({"{{#each //kpi}}{{ name }} {{ nme }}{{/each}}", "{{ count(//kpii) }}",
                                    "{{#each kpis//kpi}}{{ target/@value }}{{/each}}", "{{ count(meta//titel) }}",
                                    "{{ count(//kpi[actul > 3]) }}", "{{ count(//*) }} {{ count(//@id) }} {{ //report/meta/title }}"})) ==
        std::vector<std::string>{
            "‘nme’ selects nothing in any report: a <kpi> has no <nme> | did you mean name?",
            "‘//kpii’ selects nothing in any report: no <kpii> is anywhere in a report | did you mean //kpi?",
            "‘meta//titel’ selects nothing in any report: no <titel> is anywhere in a <meta> | did you mean meta//title?",
            "‘actul’ selects nothing in any report: a <kpi> has no <actul> | did you mean actual?"});
}
