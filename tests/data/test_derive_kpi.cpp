// The KPI rules of domain notes §2.4–2.5, one worked example or boundary per test.
#include <catch2/catch.hpp>

#include "data/derive.hpp"
#include "xml/document.hpp"

using namespace docket;
using namespace docket::data;

namespace {

const StatusScheme& shipped(const char* id) {
  static const SchemeLibrary library;  // read-only after loading; shared by the tests
  Diagnostics diags;
  const StatusScheme* scheme = library.find_scheme(id, diags);
  REQUIRE(diags.empty());
  REQUIRE(scheme != nullptr);
  return *scheme;
}

// A scheme from text, for the configurable rules.
StatusScheme custom_scheme(const std::string& rules) {
  xml::SchemaCache schemas;
  Diagnostics diags;
  auto file = parse_scheme_file("custom.xml",
                                "<schemes xmlns='urn:docket:status-scheme:1'><scheme id='custom'><statuses>"
                                "<status key='blue' label='Blue'/><status key='green' label='Green'/>"
                                "<status key='amber' label='Amber'/><status key='red' label='Red'/>"
                                "<status key='contextual' label='Contextual'/><status key='no-data' label='No Data'/>"
                                "</statuses><rules>" + rules + "</rules></scheme></schemes>",
                                schemas, diags);
  INFO((diags.empty() ? "" : to_text(*diags.begin())));
  REQUIRE(file.has_value());
  return file->schemes.front();
}

KpiStatus kpi(const std::string& body, const StatusScheme& scheme) {
  Diagnostics diags;
  auto doc = xml::parse("<kpi xmlns='urn:docket:committee-papers:1' id='k'><name>K</name>" + body + "</kpi>",
                        "kpi.xml", diags);
  REQUIRE(doc.has_value());
  return derive_kpi(doc->root(), scheme);
}

const std::string percent0 = "<unit kind='percent' precision='0'/>";
const std::string higher = "<polarity>higher-is-better</polarity>";
const std::string lower = "<polarity>lower-is-better</polarity>";
const std::string ten_percent = "<tolerance basis='percent-of-target' value='10'/>";

}  // namespace

TEST_CASE("Cambridgeshire indicator 184, 5 of 6 against 100%, is Red", "[data]") {
  auto r = kpi(percent0 + higher + "<target value='100'/>" + ten_percent +
                   "<actual numerator='5' denominator='6'/>",
               shipped("ccc"));
  CHECK(r.outcome == Outcome::red);
  CHECK(r.status->label == "Red");
  CHECK(r.actual->to_string() == "83");
  CHECK(r.target->to_string() == "100");
  CHECK(r.rule == "Red: 83 is 17 below the target of 100, more than the tolerance of 10 (10% of target)");
}

TEST_CASE("A KPI exactly on target is Green", "[data]") {
  auto r = kpi(percent0 + higher + "<target value='95'/>" + ten_percent + "<actual value='94.5'/>",
               shipped("ccc"));
  CHECK(r.status->label == "Green");
  CHECK(r.rule == "Green: 95 meets the target of 95");
}

TEST_CASE("A gap of exactly minus the tolerance is Amber, and just beyond it Red", "[data]") {
  const std::string lower_days = "<unit kind='days' precision='0'/>" + lower + "<target value='30'/>" + ten_percent;
  auto amber = kpi(lower_days + "<actual value='33.4'/>", shipped("ccc"));
  CHECK(amber.rule == "Amber: 33 is 3 above the target of 30 (lower is better), within the tolerance of 3 (10% of target)");
  auto red = kpi(lower_days + "<actual value='33.5'/>", shipped("ccc"));
  CHECK(red.rule == "Red: 34 is 4 above the target of 30 (lower is better), more than the tolerance of 3 (10% of target)");
}

TEST_CASE("Lower-is-better KPIs better than target by more than the blue margin are Blue", "[data]") {
  auto r = kpi("<unit kind='days' precision='1'/>" + lower + "<target value='8.5'/>" + ten_percent +
                   "<actual value='7.64'/>",
               shipped("ccc"));
  CHECK(r.rule == "Blue: 7.6 is 0.9 below the target of 8.5 (lower is better), more than the blue margin of 0.425 (5% of target)");
  auto green = kpi(percent0 + higher + "<target value='90'/>" + ten_percent + "<actual value='92.3'/>", shipped("ccc"));
  CHECK(green.rule == "Green: 92 is 2 above the target of 90, within the blue margin of 4.5 (5% of target)");
}

TEST_CASE("Rounding to the precision first can change the status", "[data]") {
  const std::string rest = higher + "<target value='90'/><actual value='89.94'/>";
  auto at_1 = kpi("<unit kind='percent' precision='1'/>" + rest, shipped("default"));
  CHECK(at_1.rule == "Red: 89.9 is 0.1 below the target of 90.0, and no tolerance is set");
  auto at_0 = kpi("<unit kind='percent' precision='0'/>" + rest, shipped("default"));
  CHECK(at_0.rule == "Green: 90 meets the target of 90");
  const std::string close = higher + "<target value='90'/><actual value='89.95'/>";
  CHECK(kpi("<unit kind='percent' precision='2'/>" + close, shipped("default")).outcome == Outcome::red);
  CHECK(kpi("<unit kind='percent' precision='1'/>" + close, shipped("default")).outcome == Outcome::green);
}

TEST_CASE("A percent-of-target tolerance uses the size of a negative target", "[data]") {
  const std::string base = "<unit kind='number' precision='0'/>" + higher + "<target value='-20'/>" + ten_percent;
  CHECK(kpi(base + "<actual value='-21'/>", shipped("default")).rule ==
        "Amber: -21 is 1 below the target of -20, within the tolerance of 2 (10% of target)");
  CHECK(kpi(base + "<actual value='-23'/>", shipped("default")).rule ==
        "Red: -23 is 3 below the target of -20, more than the tolerance of 2 (10% of target)");
  CHECK(kpi(base + "<actual value='-19'/>", shipped("default")).outcome == Outcome::green);
}

TEST_CASE("An expected range is Green from edge to edge, Blue beyond the good end", "[data]") {
  const std::string base = "<unit kind='number' precision='0'/>" + higher +
                           "<expectedRange lower='40' upper='50'/><tolerance basis='absolute' value='2'/>";
  CHECK(kpi(base + "<actual value='40'/>", shipped("default")).rule == "Green: 40 is within the expected range of 40 to 50");
  CHECK(kpi(base + "<actual value='50'/>", shipped("default")).outcome == Outcome::green);
  CHECK(kpi(base + "<actual value='51'/>", shipped("default")).rule ==
        "Blue: 51 is 1 above the expected range of 40 to 50, which is better than expected");
  CHECK(kpi(base + "<actual value='38'/>", shipped("default")).rule ==
        "Amber: 38 is 2 below the expected range of 40 to 50, within the tolerance of 2");
  CHECK(kpi(base + "<actual value='37'/>", shipped("default")).rule ==
        "Red: 37 is 3 below the expected range of 40 to 50, more than the tolerance of 2");
  SECTION("a scheme may count beyond the good end as Green") {
    CHECK(kpi(base + "<actual value='51'/>", shipped("lcc")).rule ==
          "Green: 51 is 1 above the expected range of 40 to 50, which is better than expected");
  }
}

TEST_CASE("A two-sided in-range KPI is Amber or Red by its distance from the nearer limit", "[data]") {
  const std::string base = "<unit kind='number' precision='0'/><polarity>in-range</polarity>"
                           "<expectedRange lower='40' upper='50'/>" + ten_percent;
  CHECK(kpi(base + "<actual value='54'/>", shipped("default")).rule ==
        "Amber: 54 is 4 above the expected range of 40 to 50, within the tolerance of 5 (10% of the upper limit)");
  CHECK(kpi(base + "<actual value='56'/>", shipped("default")).outcome == Outcome::red);
  CHECK(kpi(base + "<actual value='36'/>", shipped("default")).rule ==
        "Amber: 36 is 4 below the expected range of 40 to 50, within the tolerance of 4 (10% of the lower limit)");
  CHECK(kpi(base + "<actual value='35'/>", shipped("default")).outcome == Outcome::red);
}

TEST_CASE("Overrides come first, then missing data, then missing targets", "[data]") {
  const auto& ccc = shipped("ccc");
  auto overridden = kpi(percent0 + higher + "<target value='90'/><actual value='10'/>"
                                            "<statusOverride>in-development</statusOverride>", ccc);
  CHECK(overridden.rule == "In Development: set by statusOverride (in-development)");
  CHECK(overridden.status->key == "in-development");
  CHECK(overridden.actual->to_string() == "10");
  CHECK(kpi(percent0 + higher + "<target value='90'/>", ccc).rule == "No Data: no actual value is given");
  CHECK(kpi(percent0 + higher + "<actual value='64'/>", ccc).rule == "Contextual: no target or expected range is set");
  CHECK(kpi(percent0 + "<polarity>none</polarity><target value='5'/><actual value='7'/>", ccc).rule ==
        "Contextual: the polarity is none, so neither direction is better");
  CHECK(kpi(percent0 + "<polarity>none</polarity><actual value='7'/><statusOverride>baseline</statusOverride>", ccc)
            .status->label == "Baseline");
}

TEST_CASE("Boundary rules can be set by the scheme", "[data]") {
  const auto strict = custom_scheme("<tolerance basis='absolute' value='5'/><blueMargin basis='absolute' value='3'/>"
                                    "<boundaries onTarget='amber' atTolerance='red' atBlueMargin='blue'/>");
  const std::string base = "<unit kind='number' precision='0'/>" + higher + "<target value='50'/>";
  CHECK(kpi(base + "<actual value='50'/>", strict).rule ==
        "Amber: 50 equals the target of 50, and this scheme rates Green only when better than target");
  CHECK(kpi(base + "<actual value='45'/>", strict).rule ==
        "Red: 45 is 5 below the target of 50, reaching the tolerance of 5");
  CHECK(kpi(base + "<actual value='53'/>", strict).rule ==
        "Blue: 53 is 3 above the target of 50, reaching the blue margin of 3");
  CHECK(kpi(base + "<actual value='51'/>", strict).outcome == Outcome::green);
}

TEST_CASE("Direction of travel compares with the scheme's comparator, by polarity", "[data]") {
  const std::string base = "<unit kind='percent' precision='0'/>";
  const auto& ccc = shipped("ccc");
  CHECK(kpi(base + higher + "<target value='85'/><actual value='93.4'/><previous period='Q3' value='91'/>", ccc)
            .direction == "Improving");
  CHECK(kpi(base + lower + "<target value='85'/><actual value='93'/><previous period='Q3' value='91'/>", ccc)
            .direction == "Worsening");
  CHECK(kpi(base + higher + "<target value='85'/><actual value='90.6'/><previous period='Q3' value='91.4'/>", ccc)
            .direction == "No change");
  CHECK_FALSE(kpi(base + higher + "<target value='85'/><actual value='93'/>", ccc).direction.has_value());
  CHECK_FALSE(kpi(base + "<polarity>none</polarity><actual value='9'/><previous period='Q3' value='4'/>", ccc)
                  .direction.has_value());
  SECTION("same period last year, when the scheme says so") {
    const std::string both = base + higher + "<target value='85'/><actual value='90'/>"
                             "<previous period='Q1' value='80'/>"
                             "<previous period='Q2 last year' value='95' comparison='same-period-last-year'/>";
    CHECK(kpi(both, shipped("hbc")).direction == "Worsening");
    CHECK(kpi(both, ccc).direction == "Improving");
  }
  SECTION("changes within epsilon are no change") {
    const auto loose = custom_scheme("<directionOfTravel epsilon='2'/>");
    CHECK(kpi(base + higher + "<target value='85'/><actual value='90'/><previous period='Q1' value='88'/>", loose)
              .direction == "No change");
    CHECK(kpi(base + higher + "<target value='85'/><actual value='90'/><previous period='Q1' value='87'/>", loose)
              .direction == "Improving");
  }
}
