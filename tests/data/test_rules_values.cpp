// The rules' readers for typed values: exact decimal zero, small integers, collapsed tokens.
#include <catch2/catch.hpp>

#include "data/detail/rules_values.hpp"

using namespace docket::data::detail;

TEST_CASE("A decimal is zero by its digits, whatever its sign or places", "[data]") {
  for (const char* zero : {"0", "0.00", "-0", "+.0", "000.000", " 0 ", "0."}) {
    CAPTURE(zero);
    CHECK(decimal_is_zero(zero) == true);
  }
  for (const char* other : {"0.001", "-0.5", "10", "100.00"}) {
    CAPTURE(other);
    CHECK(decimal_is_zero(other) == false);
  }
  for (const char* bad : {"", ".", "-", "1e3", "1,000", "0x0", "NaN"}) {
    CAPTURE(bad);
    CHECK_FALSE(decimal_is_zero(bad).has_value());
  }
}

TEST_CASE("Small integers read xs:integer forms up to nine digits", "[data]") {
  CHECK(small_integer("3") == 3L);
  CHECK(small_integer(" +03 ") == 3L);
  CHECK(small_integer("-12") == -12L);
  CHECK(small_integer("000000000000000007") == 7L);
  CHECK_FALSE(small_integer("1234567890"));
  CHECK_FALSE(small_integer("3.0"));
  CHECK_FALSE(small_integer(""));
}

TEST_CASE("Tokens collapse runs of spaces and trim the ends", "[data]") {
  CHECK(collapse_spaces("  Exclusion of\n   the  Press\t") == "Exclusion of the Press");
  CHECK(collapse_spaces(" \n ").empty());
  CHECK(in_quotes("Background") == "\u201CBackground\u201D");
}
