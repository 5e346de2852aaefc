// The invalid-data corpus (fixtures/invalid/MANIFEST.tsv) and the valid fixtures, through the
// library exactly as `docket validate` runs it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <vector>

#include "data/validate.hpp"
#include "support/error.hpp"
#include "test_rules_support.hpp"
#include "test_support.hpp"
#include "xml/schema.hpp"

namespace fs = std::filesystem;
using docket::test::source_path;
using docket::data::test::listing;

namespace {

struct ManifestRow {
  std::string file;
  std::string severity;
  long line = 0;
  std::string code;
  int exit = 0;
};

std::vector<ManifestRow> read_manifest() {
  std::ifstream in(source_path("fixtures/invalid/MANIFEST.tsv"));
  std::vector<ManifestRow> rows;
  std::string line;
  std::getline(in, line);  // the header row
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::istringstream fields(line);
    ManifestRow row;
    std::string number, exit;
    std::getline(fields, row.file, '\t');
    std::getline(fields, row.severity, '\t');
    std::getline(fields, number, '\t');
    std::getline(fields, row.code, '\t');
    std::getline(fields, exit, '\t');
    row.line = std::stol(number);
    row.exit = std::stoi(exit);
    rows.push_back(row);
  }
  return rows;
}


// Diagnostics a fixture gives besides its manifest row, each for a reason the fixture
// cannot avoid. The README asks for exactly one per file; these are the exceptions.
const std::map<std::string, std::set<std::string>> kKnownExtras = {
    // The meeting is a Cabinet with a Part II item and no 28-day notice of the private
    // meeting, so the 28-day rule fires as well (see the report on this fixture).
    {"agenda-part-ii-without-exclusion.xml", {"rule.private-notice-28-day"}},
};

struct Outcome {
  docket::Diagnostics diags;
  std::optional<docket::UnsafeInput> refused;
};

Outcome validate(const fs::path& file) {
  Outcome outcome;
  docket::xml::SchemaCache schemas;
  try {
    docket::data::validate_data(file, {}, schemas, outcome.diags);
  } catch (const docket::UnsafeInput& e) {
    outcome.refused = e;
  }
  return outcome;
}

std::vector<fs::path> files_in(const fs::path& folder, const std::string& prefix = "") {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".xml" && name.starts_with(prefix)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("The invalid-fixture manifest lists every file in the folder once", "[data]") {
  std::multiset<std::string> listed;
  for (const auto& row : read_manifest()) listed.insert(row.file);
  std::multiset<std::string> present;
  for (const auto& file : files_in(source_path("fixtures/invalid"))) present.insert(file.filename().string());
  CHECK(listed == present);
}

TEST_CASE("Every invalid fixture gives the diagnostic its manifest row names", "[data]") {
  for (const auto& row : read_manifest()) {
    DYNAMIC_SECTION(row.file) {
      const Outcome outcome = validate(source_path("fixtures/invalid/" + row.file));
      if (row.exit == 4) {
        REQUIRE(outcome.refused.has_value());
        CHECK(outcome.refused->line() == row.line);
        CHECK(outcome.refused->code() == row.code);
        continue;
      }
      REQUIRE_FALSE(outcome.refused.has_value());
      INFO("diagnostics:\n" << listing(outcome.diags));
      const auto severity = row.severity == "error" ? docket::Severity::error : docket::Severity::warning;
      const auto matches = [&](const docket::Diagnostic& d) {
        return d.code == row.code && d.severity == severity && d.line == row.line;
      };
      CHECK(std::count_if(outcome.diags.begin(), outcome.diags.end(), matches) == 1);
      CHECK(outcome.diags.has_errors() == (row.exit == 1));
      const auto extras = kKnownExtras.count(row.file) ? kKnownExtras.at(row.file) : std::set<std::string>{};
      for (const auto& d : outcome.diags) {
        CAPTURE(d.code, d.line);
        CHECK((matches(d) || extras.count(d.code) == 1));
      }
    }
  }
}

TEST_CASE("Every valid fixture gives no errors and no rule warnings", "[data]") {
  // Known gap in a fixture, reported rather than hidden: the S0 report's text never
  // mentions its Appendix 1, so rule.appendix-not-referenced warns about it.
  const std::map<std::string, std::string> known_gaps = {
      {"s0-peterborough-q2-2023-24.xml", "rule.appendix-not-referenced"}};
  auto files = files_in(source_path("fixtures/reports"));
  for (const auto& agenda : files_in(source_path("fixtures"), "agenda-")) files.push_back(agenda);
  REQUIRE(files.size() >= 8);
  for (const auto& file : files) {
    const std::string name = file.filename().string();
    DYNAMIC_SECTION(name) {
      const Outcome outcome = validate(file);
      INFO("diagnostics:\n" << listing(outcome.diags));
      REQUIRE_FALSE(outcome.refused.has_value());
      CHECK_FALSE(outcome.diags.has_errors());
      for (const auto& d : outcome.diags) {
        if (known_gaps.count(name) && known_gaps.at(name) == d.code) {
          WARN(name << ": known fixture gap, " << d.code << " at line " << d.line);
          continue;
        }
        CAPTURE(d.code, d.line, d.message);
        CHECK_FALSE(d.code.starts_with("rule."));
      }
    }
  }
}

TEST_CASE("An unknown element inserted at line N is reported at line N", "[data]") {
  // Each insertion puts <bogus/> on a new line straight after the first line holding `after`.
  struct Insertion {
    const char* fixture;
    const char* after;
  };
  const Insertion insertions[] = {
      {"reports/s2-cambridgeshire-q4-2022-23.xml", "<meta>"},
      {"reports/s2-cambridgeshire-q4-2022-23.xml", "<kpi id="},
      {"reports/s0-peterborough-q2-2023-24.xml", "<recommendations"},
      {"reports/s0-peterborough-q2-2023-24.xml", "<section kind=\"background\""},
      {"reports/s0-peterborough-q2-2023-24.xml", "<ol>"},
      {"reports/s3-charnwood-q2-2023-24.xml", "<risk id="},
      {"reports/pcc-city-market-regeneration.xml", "<appendices"},
      {"agenda-pcc-cabinet-2023-12-18.xml", "<items>"},
      {"agenda-pcc-cabinet-2023-12-18.xml", "<item id=\"item-10\""},
      {"agenda-pcc-cabinet-2023-12-18.xml", "<membership"},
  };
  for (const auto& insertion : insertions) {
    DYNAMIC_SECTION(insertion.fixture << " after " << insertion.after) {
      std::istringstream in(docket::test::read_text(source_path(std::string("fixtures/") + insertion.fixture)));
      std::string text;
      long line_number = 0;
      long inserted_at = 0;
      for (std::string line; std::getline(in, line);) {
        text += line + "\n";
        ++line_number;
        if (inserted_at == 0 && line.find(insertion.after) != std::string::npos) {
          text += "<bogus/>\n";
          inserted_at = ++line_number;
        }
      }
      REQUIRE(inserted_at > 0);
      docket::test::ScratchDir dir("bogus");
      docket::test::write_text(dir / "data.xml", text);
      const Outcome outcome = validate(dir / "data.xml");
      INFO("inserted at line " << inserted_at << "; diagnostics:\n" << listing(outcome.diags));
      CHECK(std::any_of(outcome.diags.begin(), outcome.diags.end(), [&](const docket::Diagnostic& d) {
        return d.code == "data.unknown-element" && d.line == inserted_at;
      }));
    }
  }
}
