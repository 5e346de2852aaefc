#include "format_test_helpers.hpp"

using docket::format::FilterCall;
using docket::format::test::apply;

TEST_CASE("number formats a decimal with an ICU pattern", "[format]") {
  CHECK(apply("12345", {"number", {"#,##0.0"}}) == "12,345.0");
  CHECK(apply("-1234.56", {"number", {"#,##0.0"}}) == "-1,234.6");
  CHECK(apply("+.5", {"number", {"0.00"}}) == "0.50");
  CHECK(apply(" 83.3\n", {"number", {"0.0"}}) == "83.3");
  CHECK(apply("7", {"number", {"0.0 'days'"}}) == "7.0 days");
  CHECK(apply("-5", {"number", {"#,##0;(#,##0)"}}) == "(5)");
}

TEST_CASE("number rounds half up, not to even", "[format]") {
  SECTION("a half at the last place") {
    CHECK(apply("2.445", {"number", {"0.00"}}) == "2.45");
    CHECK(apply("2.435", {"number", {"0.00"}}) == "2.44");
    CHECK(apply("0.125", {"number", {"0.00"}}) == "0.13");
  }
  SECTION("away from zero for negative values") {
    CHECK(apply("-2.445", {"number", {"0.00"}}) == "-2.45");
  }
  SECTION("a value that rounds to zero has no minus sign") {
    CHECK(apply("-0.04", {"number", {"0.0"}}) == "0.0");
  }
}

TEST_CASE("integer rounds half up and groups thousands", "[format]") {
  CHECK(apply("0.5", {"integer", {}}) == "1");
  CHECK(apply("1.5", {"integer", {}}) == "2");
  CHECK(apply("2.5", {"integer", {}}) == "3");
  CHECK(apply("2.4999", {"integer", {}}) == "2");
  CHECK(apply("-0.4", {"integer", {}}) == "0");
  CHECK(apply("1234567", {"integer", {}}) == "1,234,567");
}

TEST_CASE("integer keeps every digit of a huge decimal", "[format]") {
  CHECK(apply("12345678901234567890.5", {"integer", {}}) == "12,345,678,901,234,567,891");
  CHECK(apply("9007199254740993", {"integer", {}}) == "9,007,199,254,740,993");
}

TEST_CASE("percent prints a value already in percent units", "[format]") {
  CHECK(apply("22.2", {"percent", {"0"}}) == "22%");
  CHECK(apply("83.33", {"percent", {"1"}}) == "83.3%");
  CHECK(apply("22.5", {"percent", {"0"}}) == "23%");
  CHECK(apply("100", {"percent", {"1"}}) == "100.0%");
  CHECK(apply("0.05", {"percent", {"1"}}) == "0.1%");
  CHECK(apply("-0.04", {"percent", {"1"}}) == "0.0%");
}

TEST_CASE("currency prints pence only when the amount has them", "[format]") {
  SECTION("whole amounts") {
    CHECK(apply("1250000", {"currency", {"GBP"}}) == "£1,250,000");
    CHECK(apply("1250000.00", {"currency", {"GBP"}}) == "£1,250,000");
    CHECK(apply("-300", {"currency", {"GBP"}}) == "-£300");
  }
  SECTION("amounts with pence get the currency's own two decimals") {
    CHECK(apply("1250000.5", {"currency", {"GBP"}}) == "£1,250,000.50");
    CHECK(apply("0.125", {"currency", {"GBP"}}) == "£0.13");
  }
  SECTION("explicit decimals") {
    CHECK(apply("1250000", {"currency", {"GBP", "2"}}) == "£1,250,000.00");
    CHECK(apply("1250000.5", {"currency", {"GBP", "0"}}) == "£1,250,001");
  }
  SECTION("other currencies, code in any case") {
    CHECK(apply("99.5", {"currency", {"eur"}}) == "€99.50");
    CHECK(apply("1000", {"currency", {"USD"}}) == "US$1,000");
  }
}

TEST_CASE("spellout and ordinal write whole numbers in words and ordinals", "[format]") {
  SECTION("spellout") {
    CHECK(apply("43", {"spellout", {}}) == "forty-three");
    CHECK(apply("43.0", {"spellout", {}}) == "forty-three");
    CHECK(apply("0", {"spellout", {}}) == "zero");
    CHECK(apply("118", {"spellout", {}}) == "one hundred and eighteen");
    CHECK(apply("1000005", {"spellout", {}}) == "one million and five");
    CHECK(apply("-43", {"spellout", {}}) == "minus forty-three");
    CHECK(apply("118", {"spellout", {}}, "en-US") == "one hundred eighteen");
    CHECK(apply("43", {"spellout", {}}, "cy-GB") == "pedwar deg tri");
  }
  SECTION("ordinal") {
    CHECK(apply("43", {"ordinal", {}}) == "43rd");
    CHECK(apply("11", {"ordinal", {}}) == "11th");
    CHECK(apply("21", {"ordinal", {}}) == "21st");
    CHECK(apply("1002", {"ordinal", {}}) == "1,002nd");
  }
}
