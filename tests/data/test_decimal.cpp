#include "data/decimal.hpp"

#include <catch2/catch.hpp>
#include <stdexcept>

using docket::data::Decimal;

namespace {
Decimal d(const char* text) {
  auto value = Decimal::parse(text);
  REQUIRE(value.has_value());
  return *value;
}
}  // namespace

TEST_CASE("Decimal reads the xs:decimal forms and writes them back without an exponent", "[data]") {
  CHECK(d("83.3").to_string() == "83.3");
  CHECK(d("-2").to_string() == "-2");
  CHECK(d("+.5").to_string() == "0.5");
  CHECK(d("7.").to_string() == "7");
  CHECK(d("007.50").to_string() == "7.50");
  CHECK(d(" \n12\t").to_string() == "12");
  CHECK(d("90.0").scale() == 1);
  CHECK(d("1250000").to_string() == "1250000");
  CHECK(d("0.000001").to_string() == "0.000001");
}

TEST_CASE("Decimal refuses what is not an xs:decimal", "[data]") {
  const char* bad = GENERATE("1e3", "", ".", "-", "1,000", "--1", "1.2.3", "12%", "£5", "0x10", "NaN");
  CAPTURE(bad);
  CHECK_FALSE(Decimal::parse(bad).has_value());
}

TEST_CASE("Decimal zero is never negative", "[data]") {
  CHECK(d("-0.0").to_string() == "0.0");
  CHECK_FALSE(d("-0").is_negative());
  CHECK((d("1.5") - d("1.5")).to_string() == "0.0");
}

TEST_CASE("Decimal adds, subtracts and multiplies exactly", "[data]") {
  CHECK(d("0.1") + d("0.2") == d("0.3"));
  CHECK((d("0.1") + d("0.2")).to_string() == "0.3");
  CHECK((d("1.5") - d("2.25")).to_string() == "-0.75");
  CHECK((d("-3") - d("-5")).to_string() == "2");
  CHECK((d("12.5") * d("0.4")).to_string() == "5.00");
  CHECK((d("-2.5") * d("4")).to_string() == "-10.0");
  CHECK((-d("4.2")).to_string() == "-4.2");
  CHECK(d("-4.2").abs().to_string() == "4.2");
}

TEST_CASE("Decimal keeps more than 38 digits", "[data]") {
  const Decimal big = d("123456789012345678901234567890123456789.5");
  CHECK((big + d("0.5")).to_string() == "123456789012345678901234567890123456790.0");
  CHECK((big * d("2")).to_string() == "246913578024691357802469135780246913579.0");
  CHECK((d("99999999999999999999") * d("99999999999999999999")).to_string() ==
        "9999999999999999999800000000000000000001");
}

TEST_CASE("Decimal divides to a given scale, truncating toward zero", "[data]") {
  CHECK((d("5") * d("100")).divide(d("6"), 1).to_string() == "83.3");
  CHECK(d("-1").divide(d("3"), 3).to_string() == "-0.333");
  CHECK(d("1").divide(d("8"), 5).to_string() == "0.12500");
  CHECK(d("7.5").divide(d("0.25"), 0).to_string() == "30");
  CHECK(d("850").divide(d("100"), 2).to_string() == "8.50");
  CHECK_THROWS_AS(d("1").divide(d("0.00"), 2), std::domain_error);
}

TEST_CASE("Decimal rounds half-up, away from zero, to a scale", "[data]") {
  CHECK(d("94.5").round_half_up(0).to_string() == "95");
  CHECK(d("94.49").round_half_up(0).to_string() == "94");
  CHECK(d("2.445").round_half_up(2).to_string() == "2.45");
  CHECK(d("89.95").round_half_up(1).to_string() == "90.0");
  CHECK(d("89.94").round_half_up(1).to_string() == "89.9");
  CHECK(d("99.96").round_half_up(1).to_string() == "100.0");
  CHECK(d("-0.5").round_half_up(0).to_string() == "-1");
  CHECK(d("-0.4").round_half_up(0).to_string() == "0");
  CHECK(d("0.05").round_half_up(0).to_string() == "0");
  CHECK(d("0.05").round_half_up(1).to_string() == "0.1");
  CHECK(d("90").round_half_up(1).to_string() == "90.0");
  CHECK(d("0.004").round_half_up(1).to_string() == "0.0");
}

TEST_CASE("Decimal compares numerically, whatever the scale", "[data]") {
  CHECK(d("90") == d("90.000"));
  CHECK(d("-1") < d("0.5"));
  CHECK(d("-2.5") < d("-2.4"));
  CHECK(d("10") > d("9.99"));
  CHECK(d("0") == Decimal());
  CHECK(Decimal::from_integer(-42).to_string() == "-42");
  CHECK(Decimal::from_integer(0).is_zero());
}

TEST_CASE("Decimal trimmed drops trailing zeros after the point", "[data]") {
  CHECK(d("8.50").trimmed().to_string() == "8.5");
  CHECK(d("10.00").trimmed().to_string() == "10");
  CHECK(d("0.000").trimmed().to_string() == "0");
  CHECK(d("120").trimmed().to_string() == "120");
}
