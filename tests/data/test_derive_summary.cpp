// The summary table of domain notes §2.6: largest-remainder percentages that sum to 100.
#include <catch2/catch.hpp>

#include "data/derive.hpp"

using namespace docket;
using namespace docket::data;

namespace {

using Percents = std::vector<long>;

const StatusScheme& shipped(const char* id, const SchemeLibrary& library) {
  Diagnostics diags;
  const StatusScheme* scheme = library.find_scheme(id, diags);
  REQUIRE(diags.empty());
  REQUIRE(scheme != nullptr);
  return *scheme;
}

// One entry per KPI, by status key.
std::vector<const Status*> kpis_with(const StatusScheme& scheme, const std::vector<std::string>& keys) {
  std::vector<const Status*> out;
  for (const auto& key : keys) out.push_back(scheme.find_word(key));
  return out;
}

}  // namespace

TEST_CASE("Largest remainder turns 1/1/1 into 34/33/33", "[data]") {
  CHECK(largest_remainder_percentages({1, 1, 1}) == Percents{34, 33, 33});
}

TEST_CASE("Largest remainder turns 2/2/2/1 into 29/29/28/14, where naive rounding gives 101", "[data]") {
  // Exact shares 28.57, 28.57, 28.57, 14.29: floors sum to 98, so the two largest
  // remainders (the first two of three equal ones, by row order) get one more.
  CHECK(largest_remainder_percentages({2, 2, 2, 1}) == Percents{29, 29, 28, 14});
}

TEST_CASE("Largest remainder reproduces the S2 summary 22/17/22/17/0/11/11/0", "[data]") {
  CHECK(largest_remainder_percentages({4, 3, 4, 3, 0, 2, 2, 0}) == Percents{22, 17, 22, 17, 0, 11, 11, 0});
}

TEST_CASE("Largest remainder gives 100 to a single category and nothing for no counts", "[data]") {
  CHECK(largest_remainder_percentages({0, 5, 0}) == Percents{0, 100, 0});
  CHECK_FALSE(largest_remainder_percentages({0, 0}).has_value());
  CHECK_FALSE(largest_remainder_percentages({}).has_value());
}

TEST_CASE("The S2 summary lists every ccc status in order with counts and percentages", "[data]") {
  const SchemeLibrary library;
  const auto& ccc = shipped("ccc", library);
  std::vector<std::string> keys;
  for (auto [key, n] : {std::pair{"blue", 4}, {"green", 3}, {"amber", 4}, {"red", 3}, {"baseline", 2},
                        {"in-development", 2}}) {
    keys.insert(keys.end(), static_cast<std::size_t>(n), key);
  }
  const KpiSummary s = summarise(ccc, kpis_with(ccc, keys));
  std::vector<std::string> rows;
  for (const auto& row : s.rows) {
    rows.push_back(row.status->label + " " + std::to_string(row.count) + " " + row.percent);
  }
  CHECK(rows == std::vector<std::string>{"Blue 4 22", "Green 3 17", "Amber 4 22", "Red 3 17", "Contextual 0 0",
                                         "Baseline 2 11", "In Development 2 11", "Suspended 0 0"});
  CHECK(s.total == 18);
  CHECK(s.denominator == 18);
  CHECK(s.total_percent == "100");
}

TEST_CASE("A summary of no KPIs prints an en dash for every percentage, total included", "[data]") {
  const SchemeLibrary library;
  const KpiSummary s = summarise(shipped("ccc", library), {});
  REQUIRE(s.rows.size() == 8);  // No Data appears only when used
  for (const auto& row : s.rows) {
    CHECK(row.count == 0);
    CHECK(row.percent == "\u2013");
  }
  CHECK(s.total == 0);
  CHECK(s.total_percent == "\u2013");
}

TEST_CASE("A rag-rated summary divides by the rated KPIs and leaves the others blank", "[data]") {
  const SchemeLibrary library;
  const auto& lcc = shipped("lcc", library);
  const KpiSummary s = summarise(lcc, kpis_with(lcc, {"green", "green", "red", "contextual", "no-data"}));
  std::vector<std::string> rows;
  for (const auto& row : s.rows) rows.push_back(row.status->key + " " + std::to_string(row.count) + " " + row.percent);
  CHECK(rows == std::vector<std::string>{"green 2 67", "amber 0 0", "red 1 33", "contextual 1 ", "no-data 1 "});
  CHECK(s.total == 5);
  CHECK(s.denominator == 3);
  CHECK(s.total_percent == "100");
  SECTION("and with nothing rated, the rated rows and the total show an en dash") {
    const KpiSummary none = summarise(lcc, kpis_with(lcc, {"contextual"}));
    CHECK(none.rows[0].percent == "\u2013");
    CHECK(none.rows[3].percent == "");
    CHECK(none.total_percent == "\u2013");
  }
}
