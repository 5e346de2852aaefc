// Scheme files: the shipped ones, and finding schemes and matrices by id.
#include <catch2/catch.hpp>
#include <filesystem>

#include "data/status_scheme.hpp"
#include "test_support.hpp"

using namespace docket;
using namespace docket::data;

namespace {

std::string keys(const StatusScheme& scheme) {
  std::string out;
  for (const Status& s : scheme.statuses) out += s.key + (s.summary == SummaryRow::when_used ? "? " : " ");
  return out;
}

}  // namespace

TEST_CASE("Every shipped scheme file loads without a problem", "[data]") {
  xml::SchemaCache schemas;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(test::source_path("schemas/status-schemes"))) {
    CAPTURE(entry.path().filename().string());
    Diagnostics diags;
    auto file = load_scheme_file(entry.path(), schemas, diags);
    CHECK(diags.empty());
    CHECK(file.has_value());
    ++files;
  }
  CHECK(files == 6);
}

TEST_CASE("The ccc scheme has S2's eight statuses in order, and No Data only when used", "[data]") {
  const SchemeLibrary library;
  Diagnostics diags;
  const StatusScheme* ccc = library.find_scheme("ccc", diags);
  REQUIRE(ccc != nullptr);
  CHECK(keys(*ccc) == "blue green amber red contextual baseline in-development suspended no-data? ");
  CHECK(ccc->find(Outcome::in_development)->label == "In Development");
  CHECK(ccc->rules.tolerance->basis == MarginBasis::percent_of_target);
  CHECK(ccc->rules.tolerance->value.to_string() == "10");
  CHECK(ccc->rules.blue_margin->value.to_string() == "5");
  CHECK(ccc->rules.denominator == Denominator::all);
  CHECK(ccc->find(Outcome::red)->fill->to_hex() == "C00000");
  CHECK(ccc->find(Outcome::red)->text_colour.to_hex() == "FFFFFF");
  CHECK(ccc->find(Outcome::amber)->text_colour.to_hex() == "000000");
}

TEST_CASE("A status is found by key or label, however it is cased and joined", "[data]") {
  const SchemeLibrary library;
  Diagnostics diags;
  const StatusScheme* ccc = library.find_scheme("ccc", diags);
  REQUIRE(ccc != nullptr);
  CHECK(ccc->find_word("in-development")->label == "In Development");
  CHECK(ccc->find_word(" IN_DEVELOPMENT ")->key == "in-development");
  CHECK(ccc->find_word("Green")->key == "green");
  CHECK(ccc->find_word("purple") == nullptr);
  CHECK(ccc->find_word("") == nullptr);
}

TEST_CASE("The cbc-4x4 matrix is found in cbc.xml and bands every product", "[data]") {
  const SchemeLibrary library;
  Diagnostics diags;
  const RiskMatrix* m = library.find_matrix("cbc-4x4", diags);
  REQUIRE(m != nullptr);
  CHECK(m->file == (SchemeLibrary::shipped_folder() / "cbc.xml").string());
  std::string bands;
  for (long l = 1; l <= 4; ++l) {
    for (long i = 1; i <= 4; ++i) bands += m->band_for(l, i)->label.substr(0, 1);
    bands += ' ';
  }
  CHECK(bands == "LLLL LLMM LMHH LMHH ");
  CHECK(m->likelihood_labels[1] == "Unlikely");
  CHECK(m->impact_labels[1] == "Significant");
  CHECK(m->band_for(5, 1) == nullptr);
  CHECK(m->band_for(0, 1) == nullptr);
  CHECK(library.find_matrix("default-5x5", diags)->band_for(1, 5)->label == "Medium");
  CHECK(library.find_matrix("cbc-9x9", diags) == nullptr);
  CHECK(library.find_scheme("../ccc", diags) == nullptr);
  CHECK(diags.empty());
}

TEST_CASE("A matrix may place its bands cell by cell, not symmetrically", "[data]") {
  xml::SchemaCache schemas;
  Diagnostics diags;
  auto file = parse_scheme_file(
      "cells.xml",
      "<schemes xmlns='urn:docket:status-scheme:1'><matrix id='m-2x2' size='2'>"
      "<likelihood score='1' label='Low'/><likelihood score='2' label='High'/>"
      "<impact score='1' label='Small'/><impact score='2' label='Big'/>"
      "<band key='ok' label='Acceptable'/><band key='act' label='Act now' fill='C00000'/>"
      "<cell likelihood='1' impact='1' band='ok'/><cell likelihood='1' impact='2' band='act'/>"
      "<cell likelihood='2' impact='1' band='ok'/><cell likelihood='2' impact='2' band='act'/>"
      "</matrix></schemes>",
      schemas, diags);
  REQUIRE(file.has_value());
  const RiskMatrix& m = file->matrices.front();
  CHECK(m.band_for(1, 2)->label == "Act now");
  CHECK(m.band_for(2, 1)->label == "Acceptable");
  CHECK(m.band_for(1, 2)->text_colour.to_hex() == "FFFFFF");
}

TEST_CASE("Outcome tokens read and write as data spells them", "[data]") {
  CHECK(outcome_token(Outcome::in_development) == "in-development");
  CHECK(parse_outcome("no-data") == Outcome::no_data);
  CHECK_FALSE(parse_outcome("purple").has_value());
  CHECK(is_rag(Outcome::blue));
  CHECK_FALSE(is_rag(Outcome::contextual));
}

TEST_CASE("The example scheme file in the officers' guide is a valid scheme file", "[data]") {
  const std::string guide = test::read_text(test::source_path("docs/data/status-schemes.md"));
  const auto start = guide.find("```xml\n<?xml");
  REQUIRE(start != std::string::npos);
  const auto body = start + std::string("```xml\n").size();
  const std::string example = guide.substr(body, guide.find("```", body) - body);
  xml::SchemaCache schemas;
  Diagnostics diags;
  auto file = parse_scheme_file("status-schemes.md", example, schemas, diags);
  CHECK(diags.empty());
  REQUIRE(file.has_value());
  CHECK(file->schemes.front().id == "abc");
  CHECK(file->matrices.front().band_for(2, 2)->label == "Low");
}
