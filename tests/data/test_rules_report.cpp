// Report header rules: key decision, period against its dates and the meeting, background
// papers.
#include "test_rules_support.hpp"

using namespace docket::data::test;

namespace {

constexpr long kPeriodLine = 7;
const std::string kOpen = "<access status=\"open\"/>";

std::string period(const std::string& attributes) { return "<period " + attributes + "/>"; }

}  // namespace

TEST_CASE("A key decision without a forward plan reference is a warning at keyDecision", "[data]") {
  SECTION("no forwardPlanRef") {
    auto d = only(validate_text(report_xml({.meta = "<keyDecision value=\"true\"/>" + kOpen})),
                  "rule.key-decision-forward-plan");
    CHECK(d.severity == docket::Severity::warning);
    CHECK(d.line == kMetaLine);
    CHECK(d.column == 5);
    CHECK(d.message == "this report is a key decision, but has no forwardPlanRef");
    CHECK(d.hint == "give the decision's reference in the forward plan (the notice of key decisions), "
                    "e.g. <forwardPlanRef>KEY/18DEC23/03</forwardPlanRef> after <keyDecision>; a key "
                    "decision must be published there 28 clear days before it is taken");
  }
  SECTION("a forwardPlanRef that is not applicable") {
    auto d = only(validate_text(report_xml({.meta = "<keyDecision value=\"1\"/><forwardPlanRef applicable=\"false\"/>" + kOpen})),
                  "rule.key-decision-forward-plan");
    CHECK(d.message == "this report is a key decision, but its forwardPlanRef says applicable=\"false\"");
  }
  SECTION("an empty forwardPlanRef") {
    auto d = only(validate_text(report_xml({.meta = "<keyDecision value=\"true\"/><forwardPlanRef> </forwardPlanRef>" + kOpen})),
                  "rule.key-decision-forward-plan");
    CHECK(d.message == "this report is a key decision, but its forwardPlanRef is empty");
  }
  SECTION("a reference, or not a key decision") {
    CHECK(validate_text(report_xml({.meta = "<keyDecision value=\"true\"/><forwardPlanRef>KEY/18DEC23/03</forwardPlanRef>" + kOpen})).empty());
    CHECK(validate_text(report_xml({.meta = "<keyDecision value=\"false\"/>" + kOpen})).empty());
  }
}

TEST_CASE("A period's quarter must match its dates", "[data]") {
  auto d = only(validate_text(report_xml({.period = period(R"(financialYear="2023" quarter="3" start="2023-07-01" end="2023-09-30")")})),
                "rule.period-quarter-mismatch");
  CHECK(d.severity == docket::Severity::error);
  CHECK(d.line == kPeriodLine);
  CHECK(d.column == 5);
  CHECK(d.message == "the period says quarter 3 of 2023/24, but runs 1 July – 30 September 2023, which "
                     "is quarter 2 of 2023/24");
  CHECK(d.hint == "quarter 3 of 2023/24 runs 1 October – 31 December 2023: for these dates write "
                  "quarter=\"2\", or correct the dates");
}

TEST_CASE("Quarter 4 runs from January to March of the next calendar year", "[data]") {
  SECTION("Q4 2022/23 is January to March 2023") {
    CHECK(validate_text(report_xml({.period = period(R"(financialYear="2022" quarter="4" start="2023-01-01" end="2023-03-31")")})).empty());
  }
  SECTION("Q4 2023/24 is not January to March 2023") {
    auto d = only(validate_text(report_xml({.period = period(R"(financialYear="2023" quarter="4" start="2023-01-01" end="2023-03-31")")})),
                  "rule.period-quarter-mismatch");
    CHECK(d.message == "the period says quarter 4 of 2023/24, but runs 1 January – 31 March 2023, "
                       "which is quarter 4 of 2022/23");
    CHECK(d.hint == "quarter 4 of 2023/24 runs 1 January – 31 March 2024: for these dates write "
                    "financialYear=\"2022\", or correct the dates");
  }
}

TEST_CASE("A quarter must run from its first day to its last", "[data]") {
  SECTION("a day short") {
    auto d = only(validate_text(report_xml({.period = period(R"(financialYear="2023" quarter="2" start="2023-07-01" end="2023-09-29")")})),
                  "rule.period-quarter-mismatch");
    CHECK(d.message == "the period says quarter 2 of 2023/24, but runs 1 July – 29 September 2023, "
                       "which is not a whole quarter");
    CHECK(d.hint == "quarter 2 of 2023/24 runs 1 July – 30 September 2023: a quarter runs from its "
                    "first day to its last; correct the dates, or leave quarter out for a period "
                    "that is not a whole quarter");
  }
  SECTION("without a financial year the quarter is read from the start date") {
    auto d = only(validate_text(report_xml({.period = period(R"(quarter="3" start="2023-07-01" end="2023-09-30")")})),
                  "rule.period-quarter-mismatch");
    CHECK(d.message == "the period says quarter 3, but runs 1 July – 30 September 2023, which is "
                       "quarter 2 of 2023/24");
  }
}

TEST_CASE("A period with only a financial year must lie within it", "[data]") {
  CHECK(validate_text(report_xml({.period = period(R"(financialYear="2023" start="2023-09-01" end="2023-09-30")")})).empty());
  auto d = only(validate_text(report_xml({.period = period(R"(financialYear="2023" start="2023-01-01" end="2023-03-31")")})),
                "rule.period-quarter-mismatch");
  CHECK(d.message == "the period says financial year 2023/24, but runs 1 January – 31 March 2023, "
                     "which is in 2022/23");
  CHECK(d.hint == "2023/24 runs 1 April 2023 – 31 March 2024: financialYear is the year the financial "
                  "year starts (2023 for 2023/24); correct it or the dates");
}

TEST_CASE("A period that ends before it starts is an error", "[data]") {
  auto d = only(validate_text(report_xml({.period = period(R"(start="2023-09-30" end="2023-07-01")")})),
                "rule.period-end-before-start");
  CHECK(d.line == kPeriodLine);
  CHECK(d.message == "the period ends (1 July 2023) before it starts (30 September 2023)");
}

TEST_CASE("The meeting should come after the end of the period", "[data]") {
  SECTION("before the end") {
    auto d = only(validate_text(report_xml({.meeting_date = "2023-09-15"})), "rule.meeting-before-period-end");
    CHECK(d.severity == docket::Severity::warning);
    CHECK(d.line == 5);
    CHECK(d.column == 5 + static_cast<long>(std::string("<meeting><body>Cabinet</body>").size()));
    CHECK(d.message == "the meeting (15 September 2023) is before the end of the period reported on "
                       "(30 September 2023)");
  }
  SECTION("on the last day") {
    auto d = only(validate_text(report_xml({.meeting_date = "2023-09-30"})), "rule.meeting-before-period-end");
    CHECK(d.message == "the meeting (30 September 2023) is on the last day of the period reported on "
                       "(30 September 2023)");
  }
  SECTION("the day after") {
    CHECK(validate_text(report_xml({.meeting_date = "2023-10-01"})).empty());
  }
}

TEST_CASE("Background papers cannot be both none and listed", "[data]") {
  auto d = only(validate_text(report_xml({.background = "<backgroundPapers none=\"true\"><paper><title>Strategy"
                                                        "</title></paper><paper><title>Plan</title></paper></backgroundPapers>"})),
                "rule.background-papers-none-with-papers");
  CHECK(d.line == kBodyLine + 1);
  CHECK(d.column == 3);
  CHECK(d.message == "backgroundPapers says none=\"true\" but lists 2 papers");
  CHECK(d.hint == "remove none=\"true\" to list the papers, or remove the <paper> elements if the "
                  "report relied on no background papers");
}
