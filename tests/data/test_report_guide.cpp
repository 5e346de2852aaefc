// The officers' guide to report data (docs/data/committee-report.md) says what the schema
// and the shipped schemes say: the order of the parts and of each element table, the risk
// matrices with their labels and bands, the schemes with their statuses; and its complete
// examples are valid.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "data/schema_outline.hpp"
#include "data/status_scheme.hpp"
#include "data/validate.hpp"
#include "test_support.hpp"

using namespace docket;
using namespace docket::data;

namespace {

const std::string& guide() {
  static const std::string text = test::read_text(test::source_path("docs/data/committee-report.md"));
  return text;
}

std::vector<std::string> backticked(const std::string& text) {
  std::vector<std::string> out;
  static const std::regex word("`([A-Za-z][A-Za-z0-9:-]*)`");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1].str());
  }
  return out;
}

// The element tables (those with a "required?" column): for each, the first backticked name of
// each row's first cell.
std::vector<std::vector<std::string>> element_tables() {
  std::vector<std::vector<std::string>> tables;
  std::istringstream in(guide());
  bool in_table = false;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("| element | required? |")) {
      tables.emplace_back();
      in_table = true;
      continue;
    }
    if (!in_table || line.starts_with("|---")) continue;
    if (!line.starts_with("| `")) {
      in_table = false;
      continue;
    }
    const auto names = backticked(line.substr(0, line.find(" |", 2)));
    if (!names.empty()) tables.back().push_back(names.front());
  }
  return tables;
}

const SchemaOutline& outline() {
  static const SchemaOutline o(test::source_path("schemas/committee-report.xsd"));
  return o;
}

std::vector<std::string> report_parts() {
  std::vector<std::string> names;
  for (const auto& c : outline().children("Report")) names.push_back(c.name);
  return names;
}

// The shipped scheme files, read.
std::vector<SchemeFile> shipped() {
  std::vector<SchemeFile> files;
  xml::SchemaCache schemas;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(SchemeLibrary::shipped_folder())) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    Diagnostics diags;
    auto file = load_scheme_file(p, schemas, diags);
    REQUIRE(file);
    files.push_back(std::move(*file));
  }
  return files;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

}  // namespace

TEST_CASE("The guide gives the parts of a report in the schema's order", "[data]") {
  const auto at = guide().find("The parts of a report come in this order:");
  REQUIRE(at != std::string::npos);
  const std::string sentence = guide().substr(at, guide().find(". Inside", at) - at);
  CHECK(backticked(sentence) == report_parts());
  SECTION("and its sections on them in that order too") {
    std::vector<std::size_t> at_heading;
    for (const char* h : {"## meta", "## Summary and recommendations", "## Sections", "## Implications", "## Risks", "## KPIs",
                          "## Action plan", "## Background papers", "## Appendices"}) {
      at_heading.push_back(guide().find(std::string("\n") + h));
      CHECK(at_heading.back() != std::string::npos);
    }
    CHECK(std::is_sorted(at_heading.begin(), at_heading.end()));
  }
}

TEST_CASE("Each element table in the guide lists the elements of one schema type, in its order", "[data]") {
  const auto tables = element_tables();
  REQUIRE(tables.size() == 3);  // meta, KPIs, risks
  for (const auto& rows : tables) {
    CAPTURE(joined(rows));
    // The type that declares every element the table names.
    std::string type;
    for (const std::string candidate : {"Meta", "Kpi", "Risk", "Section", "Recommendations", "Paper", "Appendix", "Access"}) {
      bool all = true;
      for (const auto& r : rows) all &= outline().position(candidate, r) >= 0;
      if (all) type = candidate;
    }
    REQUIRE_FALSE(type.empty());
    std::vector<int> positions;
    for (const auto& r : rows) positions.push_back(outline().position(type, r));
    CHECK(std::is_sorted(positions.begin(), positions.end()));
  }
}

TEST_CASE("The guide names every shipped risk matrix with its scale labels and bands", "[data]") {
  for (const auto& file : shipped()) {
    for (const auto& m : file.matrices) {
      std::vector<std::string> bands;
      for (std::size_t b = 0; b < m.bands.size(); ++b) {
        long from = 0, to = 0;
        for (long l = 1; l <= m.size; ++l) {
          for (long i = 1; i <= m.size; ++i) {
            if (m.band_for(l, i) != &m.bands[b]) continue;
            from = from == 0 ? l * i : std::min(from, l * i);
            to = std::max(to, l * i);
          }
        }
        bands.push_back(m.bands[b].label + " (" + std::to_string(from) + "\u2013" + std::to_string(to) + ")");
      }
      const std::string row = "| `" + m.id + "` | " + joined(m.likelihood_labels) + " | " + joined(m.impact_labels) + " | " +
                              joined(bands) + " |";
      CAPTURE(row);
      CHECK(guide().find(row) != std::string::npos);
    }
  }
}

TEST_CASE("The guide names every shipped status scheme with the status keys it takes", "[data]") {
  for (const auto& file : shipped()) {
    for (const auto& scheme : file.schemes) {
      std::vector<std::string> statuses;
      for (const auto& s : scheme.statuses) statuses.push_back("`" + s.key + "` (" + s.label + ")");
      const std::string row = "| `" + scheme.id + "` | " + joined(statuses) + " |";
      CAPTURE(row);
      CHECK(guide().find(row) != std::string::npos);
    }
  }
}

TEST_CASE("Every complete example in the guide is a valid report", "[data]") {
  std::size_t examples = 0;
  for (auto at = guide().find("```xml\n<?xml"); at != std::string::npos; at = guide().find("```xml\n<?xml", at + 1)) {
    const auto body = at + 7;
    const std::string example = guide().substr(body, guide().find("```", body) - body);
    test::ScratchDir dir("guide-example");
    test::write_text(dir / "report.xml", example);
    xml::SchemaCache schemas;
    Diagnostics diags;
    validate_data(dir / "report.xml", {}, schemas, diags);
    std::string listing;
    for (const auto& d : diags) listing += to_text(d) + "\n";
    INFO(listing);
    CHECK_FALSE(diags.has_errors());
    ++examples;
  }
  CHECK(examples >= 2);
}
