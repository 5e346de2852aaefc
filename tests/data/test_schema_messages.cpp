// Schema messages that say what to do: an element out of order named as such, the required
// element named first, and every value a setting may take listed.
#include <catch2/catch.hpp>

#include "data/validate.hpp"
#include "test_rules_support.hpp"
#include "test_support.hpp"

using namespace docket;
using namespace docket::data;
namespace rules = docket::data::test;

namespace {

Diagnostics validate(const std::string& xml) {
  docket::test::ScratchDir dir("schema-messages");
  docket::test::write_text(dir / "report.xml", xml);
  xml::SchemaCache schemas;
  Diagnostics diags;
  validate_data(dir / "report.xml", {}, schemas, diags);
  return diags;
}

const Diagnostic& first_error(const Diagnostics& diags) {
  INFO(rules::listing(diags));
  REQUIRE(diags.has_errors());
  for (const auto& d : diags) {
    if (d.severity == Severity::error) return d;
  }
  FAIL("no error");
  throw;
}

constexpr const char* kOrder =
    "<report> holds, in this order: <meta>, <summary>, <recommendations>, <section>, <implications>, <risks>, <kpis>, "
    "<actionPlan>, <backgroundPapers>, <appendices>";

}  // namespace

TEST_CASE("An element after one that should follow it is out of order, and the message says where it goes", "[data]") {
  const std::string kpis = "<kpis id='k'><kpi id='k1'><name>A</name><unit kind='count'/><polarity>none</polarity></kpi></kpis>";
  const std::string risks = "<risks id='r' matrix='cbc-4x4'><risk id='r1'><description>D</description><likelihood score='1'/>"
                            "<impact score='1'/></risk></risks>";
  const auto d = first_error(validate(rules::report_xml({.body = kpis + "\n  " + risks})));
  CHECK(d.code == "data.out-of-order");
  CHECK(d.line == rules::kBodyLine + 1);
  CHECK(d.message == "<risks> is out of order in <report>: it must come before <kpis>");
  CHECK(d.hint == std::string("move <risks> up to before <kpis>; ") + kOrder);
}

TEST_CASE("A required element that comes too late is out of order, pointed at where it is", "[data]") {
  const auto d = first_error(validate(rules::report_xml(
      {.background = "<appendices><appendix><title>Data</title></appendix></appendices>",
       .appendices = "<backgroundPapers none='true'/>"})));
  CHECK(d.code == "data.out-of-order");
  CHECK(d.line == rules::kBodyLine + 2);
  CHECK(d.message == "<backgroundPapers> is out of order in <report>: it must come before <appendices>");
}

TEST_CASE("A missing element is named before the optional ones that may also come there", "[data]") {
  const auto d = first_error(validate(rules::report_xml(
      {.background = "<appendices><appendix><title>Data</title></appendix></appendices>"})));
  CHECK(d.code == "data.missing-element");
  CHECK(d.message == "<report> is missing <backgroundPapers> before <appendices>");
  CHECK(d.hint ==
        "add <backgroundPapers> before <appendices> (<section>, <implications>, <risks>, <kpis> or <actionPlan> may also "
        "come there)");
}

TEST_CASE("A section kind or implication type that is not known lists the known ones", "[data]") {
  const auto d = first_error(validate(rules::report_xml({.body = "<section kind='backgrund'><heading>B</heading></section>"})));
  CHECK(d.message == "\u2018backgrund\u2019 is not a valid value for the kind attribute of <section>");
  CHECK(d.hint ==
        "did you mean background? (use origin, purpose, background, key-issues, main-issues, supporting-information, detail, "
        "timescales, policy-justification, implementation-timetable, corporate-priorities, alignment-with-ambitions, "
        "consultation, anticipated-outcomes, alternative-options, publicity, performance-summary, kpi-commentary, "
        "action-plan or other, or your council's own written x-\u2026 (x-ward-members))");
  SECTION("implications") {
    const auto i = first_error(validate(rules::report_xml(
        {.body = "<implications><implication type='finance' none='true'/></implications>"})));
    CHECK(i.hint.starts_with("use financial, legal, equalities, climate, risk, crime-disorder"));
  }
}

TEST_CASE("A stated status that is not a key lists the statuses of the KPI set's scheme", "[data]") {
  const auto d = first_error(validate(rules::report_xml(
      {.body = "<kpis id='k' statusScheme='ccc'><kpi id='k1'><name>A</name><unit kind='count'/><polarity>none</polarity>"
               "<statedStatus>Red</statedStatus></kpi></kpis>"})));
  CHECK(d.message == "\u2018Red\u2019 is not a valid value for <statedStatus>");
  CHECK(d.hint == "did you mean red? (use blue, green, amber, red, contextual, baseline, in-development, suspended or no-data)");
}

TEST_CASE("A Schedule 12A paragraph out of range names the paragraphs of each country", "[data]") {
  const auto d = first_error(validate(rules::report_xml(
      {.meta = "<access status='exempt'><paragraph>19</paragraph><publicInterest>x</publicInterest></access>"})));
  CHECK(d.message == "\u201819\u2019 is out of range for <paragraph>");
  CHECK(d.hint == "use a paragraph of Schedule 12A: 1 to 7 in England (Part 1), 12 to 18 in Wales (Part 4)");
}
