#include "format/status_word.hpp"
#include "format_test_helpers.hpp"

using docket::format::FilterCall;
using docket::format::normalise_status_word;
using docket::format::test::apply;

TEST_CASE("upper and lower map case with the locale's rules", "[format]") {
  SECTION("upper") {
    CHECK(apply("Tuesday, 28 November 2023", {"upper", {}}) == "TUESDAY, 28 NOVEMBER 2023");
    CHECK(apply("straße", {"upper", {}}) == "STRASSE");
    CHECK(apply("istanbul", {"upper", {}}, "tr") == "İSTANBUL");
  }
  SECTION("lower") {
    CHECK(apply("POLICY AND PERFORMANCE BOARD", {"lower", {}}) == "policy and performance board");
    CHECK(apply("ÀRDAN", {"lower", {}}) == "àrdan");
  }
  SECTION("an empty value stays empty") { CHECK(apply("", {"upper", {}}).empty()); }
}

TEST_CASE("title capitalises each word and keeps existing capitals", "[format]") {
  CHECK(apply("performance report – quarter two", {"title", {}}) ==
        "Performance Report – Quarter Two");
  CHECK(apply("KPI summary for the NHS trust", {"title", {}}) == "KPI Summary For The NHS Trust");
  CHECK(apply("in-development", {"title", {}}) == "In-Development");
}

TEST_CASE("default replaces only an empty value", "[format]") {
  const FilterCall call{"default", {"None"}};
  CHECK(apply("", call) == "None");
  CHECK(apply(" \n\t", call) == "None");
  CHECK(apply("Not applicable.", call) == "Not applicable.");
  CHECK(apply("0", call) == "0");
}

TEST_CASE("rag prints the status word in its print form", "[format]") {
  SECTION("the same word however the data spells it") {
    const char* red = GENERATE("red", "Red", "RED", " red\n");
    CHECK(apply(red, {"rag", {}}) == "Red");
  }
  SECTION("words of two parts") {
    CHECK(apply("in-development", {"rag", {}}) == "In Development");
    CHECK(apply("In Development", {"rag", {}}) == "In Development");
    CHECK(apply("IN_DEVELOPMENT", {"rag", {}}) == "In Development");
    CHECK(apply("no-data", {"rag", {}}) == "No Data");
  }
  SECTION("the rest of the default scheme") {
    CHECK(apply("blue", {"rag", {}}) == "Blue");
    CHECK(apply("green", {"rag", {}}) == "Green");
    CHECK(apply("AMBER", {"rag", {}}) == "Amber");
    CHECK(apply("baseline", {"rag", {}}) == "Baseline");
    CHECK(apply("contextual", {"rag", {}}) == "Contextual");
    CHECK(apply("Suspended", {"rag", {}}) == "Suspended");
  }
  SECTION("a council's own words pass through unchanged") {
    CHECK(apply("green star", {"rag", {}}) == "green star");
    CHECK(apply("Expected range", {"rag", {}}) == "Expected range");
  }
}

TEST_CASE("normalise_status_word ignores case, separators and spacing", "[format]") {
  CHECK(normalise_status_word("  no   data ") == "No Data");
  CHECK(normalise_status_word("No_Data") == "No Data");
  CHECK(normalise_status_word("nodata") == "nodata");
  CHECK(normalise_status_word("") == "");
}
