// KPI values and risk scores the template derives status and bands from.
#include "data/rules.hpp"
#include "test_rules_support.hpp"
#include "test_support.hpp"

using namespace docket::data::test;

namespace {

// One KPI on one line (the report body, line 12): `inside` comes after name, unit and polarity.
std::string kpi(const std::string& inside, const std::string& ref = " ref=\"184\"") {
  return "<kpis id=\"kpis\"><kpi id=\"k1\"" + ref + "><name>Returns on time</name><unit kind=\"percent\"/>"
         "<polarity>higher-is-better</polarity>" + inside + "</kpi></kpis>";
}

// The column of `element` in the body line `line`.
long column_of(const std::string& line, const std::string& element) {
  return 3 + static_cast<long>(line.find(element));
}

std::string risks(const std::string& matrix, const std::string& risk_children) {
  return "<risks id=\"risks\" matrix=\"" + matrix + "\"><risk id=\"r1\"><description>Costs rise.</description>" +
         risk_children + "</risk></risks>";
}

}  // namespace

TEST_CASE("A percent-of-target tolerance with a target of 0.00 is an error at tolerance", "[data]") {
  const std::string body = kpi(R"(<target value="0.00"/><tolerance basis="percent-of-target" value="10"/><actual value="5"/>)");
  auto d = only(validate_text(report_xml({.body = body})), "rule.tolerance-zero-target");
  CHECK(d.severity == docket::Severity::error);
  CHECK(d.line == kBodyLine);
  CHECK(d.column == column_of(body, "<tolerance"));
  CHECK(d.message == "the tolerance of KPI 184 is 10% of the target, but the target is 0.00, so there is no Amber band");
  CHECK(d.hint == "use basis=\"absolute\" with a value in the KPI's own unit (percentage points for a "
                  "percentage), e.g. <tolerance basis=\"absolute\" value=\"5\"/>");
}

TEST_CASE("Only a target of exactly zero defeats a percent-of-target margin", "[data]") {
  SECTION("-0 is zero") {
    auto d = only(validate_text(report_xml({.body = kpi(R"(<target value="-0"/><tolerance basis="percent-of-target" value="10"/>)")})),
                  "rule.tolerance-zero-target");
    CHECK(d.message == "the tolerance of KPI 184 is 10% of the target, but the target is -0, so there is no Amber band");
  }
  SECTION("0.001 and an absolute tolerance are fine") {
    CHECK(validate_text(report_xml({.body = kpi(R"(<target value="0.001"/><tolerance basis="percent-of-target" value="10"/>)")})).empty());
    CHECK(validate_text(report_xml({.body = kpi(R"(<target value="0"/><tolerance basis="absolute" value="2"/>)")})).empty());
  }
  SECTION("a blue margin, on a KPI known by its name") {
    const std::string body = kpi(R"(<target value="0"/><blueMargin basis="percent-of-target" value="5"/>)", "");
    auto d = only(validate_text(report_xml({.body = body})), "rule.tolerance-zero-target");
    CHECK(d.column == column_of(body, "<blueMargin"));
    CHECK(d.message == "the blue margin of KPI “Returns on time” is 5% of the target, but the target is 0, so there is no Blue band");
  }
}

TEST_CASE("An actual needs a value or a complete fraction", "[data]") {
  auto check = [](const std::string& actual, const std::string& message) {
    const std::string body = kpi(actual);
    auto d = only(validate_text(report_xml({.body = body})), "rule.kpi-actual");
    CHECK(d.severity == docket::Severity::error);
    CHECK(d.line == kBodyLine);
    CHECK(d.column == column_of(body, "<actual"));
    CHECK(d.message == message);
  };
  SECTION("a numerator alone") { check(R"(<actual numerator="5"/>)", "the actual of KPI 184 has a numerator (5) but no denominator"); }
  SECTION("a denominator alone") { check(R"(<actual denominator="6"/>)", "the actual of KPI 184 has a denominator (6) but no numerator"); }
  SECTION("nothing") { check(R"(<actual asAt="2023-09-30"/>)", "the actual of KPI 184 has no value"); }
  SECTION("both forms") {
    check(R"(<actual value="83" numerator="5" denominator="6"/>)",
          "the actual of KPI 184 gives both value and a numerator or denominator");
  }
  SECTION("either form alone is fine") {
    CHECK(validate_text(report_xml({.body = kpi(R"(<actual value="83"/>)")})).empty());
    CHECK(validate_text(report_xml({.body = kpi(R"(<actual numerator="5" denominator="6"/>)")})).empty());
  }
}

TEST_CASE("A denominator of 0.0 is refused even where the schema has not run", "[data]") {
  // The schema's PositiveDecimal already refuses 0, so call the rules directly.
  docket::test::ScratchDir dir("rules-denominator");
  docket::test::write_text(dir / "data.xml", report_xml({.body = kpi(R"(<actual numerator="0" denominator="0.0"/>)")}));
  docket::Diagnostics diags;
  auto data = docket::data::load_data(dir / "data.xml", diags);
  REQUIRE(data);
  docket::data::check_rules(*data, diags);
  auto d = only(diags, "rule.kpi-actual");
  CHECK(d.message == "the actual of KPI 184 has a denominator of 0.0, so its value cannot be worked out");
}

TEST_CASE("Risk scores must lie on the matrix's scale", "[data]") {
  SECTION("likelihood 5 on a 4x4 matrix") {
    const std::string body = risks("cbc-4x4", R"(<likelihood score="5"/><impact score="4"/>)");
    auto d = only(validate_text(report_xml({.body = body})), "rule.risk-score-out-of-scale");
    CHECK(d.severity == docket::Severity::error);
    CHECK(d.line == kBodyLine);
    CHECK(d.column == column_of(body, "<likelihood"));
    CHECK(d.message == "likelihood 5 is outside the 1–4 scale of the cbc-4x4 matrix (risk r1)");
    CHECK(d.hint == "score likelihood from 1 to 4 on this matrix, or name the matrix the council uses "
                    "in matrix=\"…\" on <risks>");
  }
  SECTION("impact 4 on a 3x3 matrix") {
    auto d = only(validate_text(report_xml({.body = risks("x-3x3", R"(<likelihood score="3"/><impact score="4"/>)")})),
                  "rule.risk-score-out-of-scale");
    CHECK(d.message == "impact 4 is outside the 1–3 scale of the x-3x3 matrix (risk r1)");
  }
  SECTION("an assessment names its stage") {
    auto d = only(validate_text(report_xml({.body = risks("pcc-5x5",
                                                          R"(<assessment stage="inherent"><likelihood score="5"/><impact score="6"/></assessment>)")})),
                  "rule.risk-score-out-of-scale");
    CHECK(d.message == "inherent impact 6 is outside the 1–5 scale of the pcc-5x5 matrix (risk r1)");
  }
  SECTION("the top of each scale is fine") {
    CHECK(validate_text(report_xml({.body = risks("cbc-4x4", R"(<likelihood score="4"/><impact score="4"/>)")})).empty());
    CHECK(validate_text(report_xml({.body = risks("pcc-5x5", R"(<likelihood score="5"/><impact score="5"/>)")})).empty());
  }
}

TEST_CASE("An unknown matrix is left to the scheme check: its scores are not judged", "[data]") {
  const std::string body = "<risks id=\"risks\" matrix=\"corporate\">"
                           "<risk id=\"r1\"><description>A.</description><likelihood score=\"6\"/><impact score=\"5\"/></risk></risks>";
  auto diags = validate_text(report_xml({.body = body}));
  INFO(listing(diags));
  CHECK(diags.empty());  // validate says "there is no risk matrix" (test_derive_report.cpp)
}
