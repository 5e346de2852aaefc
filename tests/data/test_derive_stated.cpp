// Stated values against derived ones, through validation as `docket validate` runs it.
#include <catch2/catch.hpp>
#include <fstream>

#include "data/derive.hpp"
#include "data/stated_values.hpp"
#include "data/validate.hpp"
#include "test_support.hpp"

using namespace docket;
using namespace docket::data;

namespace {

struct Found {
  Diagnostics all;
  std::vector<Diagnostic> mine;  // the stated-value and scheme diagnostics
};

bool is_mine(const Diagnostic& d) {
  return d.code == "rule.kpi-stated-status" || d.code == "rule.risk-stated-score" ||
         d.code == "rule.scheme-unknown" || d.code.rfind("scheme.", 0) == 0;
}

Found validate(const std::filesystem::path& path, ValidateOptions options = {}) {
  xml::SchemaCache schemas;
  Found found;
  validate_data(path, options, schemas, found.all);
  for (const Diagnostic& d : found.all) {
    if (is_mine(d)) found.mine.push_back(d);
  }
  return found;
}

// Manifest rows: file → {line, code}.
std::vector<std::vector<std::string>> manifest() {
  std::ifstream in(test::source_path("fixtures/invalid/MANIFEST.tsv"));
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    for (std::size_t start = 0;;) {
      const auto tab = line.find('\t', start);
      cells.push_back(line.substr(start, tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(cells);
  }
  return rows;
}

}  // namespace

TEST_CASE("A stated KPI status that differs from the derived one warns at its line", "[data]") {
  Found found = validate(test::source_path("fixtures/invalid/kpi-stated-status-disagrees.xml"));
  REQUIRE(found.mine.size() == 1);
  const Diagnostic& d = found.mine.front();
  CHECK(d.severity == Severity::warning);
  CHECK(d.code == "rule.kpi-stated-status");
  CHECK(d.line == 26);
  CHECK(d.column == 7);
  CHECK(d.message == "the stated status is Green, but the derived status is Red (Red: 83 is 17 below the "
                     "target of 100, more than the tolerance of 10 (10% of target))");
}

TEST_CASE("A stated KPI status its scheme does not have is named with the scheme's statuses", "[data]") {
  test::ScratchDir dir("stated-unknown");
  std::string text = test::read_text(test::source_path("fixtures/invalid/kpi-stated-status-disagrees.xml"));
  text.replace(text.find("<statedStatus>green<"), 20, "<statedStatus>bleu<");
  const auto path = dir / "report.xml";
  test::write_text(path, text);
  Found found = validate(path);
  REQUIRE(found.mine.size() == 1);
  const Diagnostic& d = found.mine.front();
  CHECK(d.code == "rule.kpi-stated-status");
  CHECK(d.line == 26);
  CHECK(d.message == "\u2018bleu\u2019 is not a status of the default status scheme; the derived status is Red (Red: 83 is "
                     "17 below the target of 100, more than the tolerance of 10 (10% of target))");
  CHECK(d.hint == "use red, amber, green, blue, contextual, baseline, in-development, suspended or no-data "
                  "(docs/data/status-schemes.md), or leave statedStatus out");
}

TEST_CASE("A stated risk score and band that differ from the matrix warn at their line", "[data]") {
  Found found = validate(test::source_path("fixtures/invalid/risk-stated-score-disagrees.xml"));
  REQUIRE(found.mine.size() == 1);
  const Diagnostic& d = found.mine.front();
  CHECK(d.severity == Severity::warning);
  CHECK(d.code == "rule.risk-stated-score");
  CHECK(d.line == 23);
  CHECK(d.message == "the stated score is 6 (Medium), but likelihood 2 × impact 2 = Low (4)");
}

TEST_CASE("No other fixture gets a stated-value or scheme diagnostic", "[data]") {
  for (const auto& row : manifest()) {
    REQUIRE(row.size() >= 4);
    CAPTURE(row[0]);
    if (row[0] == "doctype-billion-laughs.xml") continue;  // refused before validation
    Found found = validate(test::source_path("fixtures/invalid/" + row[0]));
    if (is_mine({.code = row[3]})) {
      REQUIRE(found.mine.size() == 1);
      CHECK(found.mine.front().code == row[3]);
      CHECK(std::to_string(found.mine.front().line) == row[2]);
    } else {
      CHECK(found.mine.empty());
    }
  }
  for (const char* report : {"s2-cambridgeshire-q4-2022-23.xml", "s3-charnwood-q2-2023-24.xml",
                             "pcc-city-market-regeneration.xml"}) {
    CAPTURE(report);
    CHECK(validate(test::source_path(std::string("fixtures/reports/") + report)).mine.empty());
  }
}

TEST_CASE("A scheme file given with --scheme is read before the shipped ones", "[data]") {
  test::ScratchDir dir("derive-scheme-override");
  // Defines "default" with its own words for the statuses.
  test::write_text(dir / "ours.xml",
                   "<schemes xmlns='urn:docket:status-scheme:1'>\n<scheme id='default'><statuses>"
                   "<status key='green' label='On track'/><status key='amber' label='Watch'/>"
                   "<status key='red' label='Off track'/><status key='contextual' label='Context'/>"
                   "<status key='no-data' label='No data yet'/></statuses></scheme></schemes>\n");
  Found found = validate(test::source_path("fixtures/invalid/kpi-stated-status-disagrees.xml"),
                         {.scheme = dir / "ours.xml"});
  REQUIRE(found.mine.size() == 1);
  CHECK(found.mine.front().message ==
        "the stated status is On track, but the derived status is Off track (Off track: 83 is 17 below "
        "the target of 100, more than the tolerance of 10 (10% of target))");
  SECTION("and its problems are errors at its own lines") {
    test::write_text(dir / "broken.xml",
                     "<schemes xmlns='urn:docket:status-scheme:1'>\n<scheme id='default'><statuses>\n"
                     "<status key='green'/></statuses></scheme></schemes>\n");
    Found broken = validate(test::source_path("fixtures/reports/s3-charnwood-q2-2023-24.xml"),
                            {.scheme = dir / "broken.xml"});
    REQUIRE(broken.mine.size() == 1);
    CHECK(broken.mine.front().file == (dir / "broken.xml").string());
    CHECK(broken.mine.front().line == 3);
    CHECK(broken.mine.front().code == "scheme.label-missing");
  }
}

TEST_CASE("docket validate takes --scheme", "[data]") {
  test::ScratchDir dir("derive-scheme-cli");
  test::write_text(dir / "empty.xml", "<schemes xmlns='urn:docket:status-scheme:1'/>\n");
  auto r = test::run_docket("validate " + test::shell_quote(test::source_path(
                                              "fixtures/invalid/risk-stated-score-disagrees.xml").string()) +
                            " --scheme " + test::shell_quote((dir / "empty.xml").string()));
  CHECK(r.status == 0);
  CHECK(r.err.find("23:7: warning: the stated score is 6 (Medium), but likelihood 2 × impact 2 = Low (4)") !=
        std::string::npos);
}

TEST_CASE("Data in no namespace is used as it is: its kpis and risks need no scheme", "[data]") {
  test::ScratchDir dir("stated-no-namespace");
  test::write_text(dir / "d.xml",
                   "<report><kpis><kpi><statedStatus>Red</statedStatus></kpi></kpis>"
                   "<risks><risk><stated overallScore='9'/></risk></risks></report>");
  Found found = validate(dir / "d.xml");
  INFO(found.all.size());
  CHECK(found.all.empty());
}
