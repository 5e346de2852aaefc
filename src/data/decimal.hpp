#pragma once
// Exact decimal numbers for KPI arithmetic. Data values are xs:decimal strings ("83.3",
// "-2", "1250000"); comparing them after a trip through binary floating point can put a KPI
// on the wrong side of a boundary (0.1 + 0.2 != 0.3), so docket never does. A Decimal is a
// sign, any number of digits and a scale (digits after the point); every operation except
// division is exact, and division truncates at a scale the caller chooses.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docket::data {

class Decimal {
 public:
  /// Zero, scale 0.
  Decimal() = default;

  /// Reads the xs:decimal lexical form: optional sign, digits with an optional point, at
  /// least one digit ("83.3", "-2", "+.5", "7."), surrounding XML whitespace allowed. The
  /// scale is the number of digits written after the point, so "90.0" has scale 1. Returns
  /// nullopt for anything else, including exponents ("1e3"), "", "." and "1,000".
  static std::optional<Decimal> parse(std::string_view text);
  /// An integer, scale 0.
  static Decimal from_integer(long long value);

  /// Digits after the decimal point (never negative).
  int scale() const noexcept { return scale_; }
  bool is_zero() const noexcept { return digits_.empty(); }
  /// True for values below zero (zero is never negative, whatever its sign was written as).
  bool is_negative() const noexcept { return negative_; }

  Decimal abs() const;
  Decimal operator-() const;
  /// Exact; the result's scale is the larger of the two scales.
  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  /// Exact; the result's scale is the sum of the two scales.
  friend Decimal operator*(const Decimal& a, const Decimal& b);

  /// This value divided by `divisor`, truncated toward zero at `scale` digits after the
  /// point (scale ≥ 0). Throws std::domain_error when `divisor` is zero. To round a quotient
  /// half-up to s places, divide to s + 1 places and round that: truncating one digit
  /// further never changes a half-up result.
  Decimal divide(const Decimal& divisor, int scale) const;
  /// Rounded to `scale` digits after the point, halves away from zero as people round by
  /// hand and as ICU's HALFUP mode prints: 94.5 → 95, 2.445 → 2.45 (scale 2 → 2.45),
  /// -0.5 → -1. A larger scale pads with zeros (90 → 90.0 at scale 1).
  Decimal round_half_up(int scale) const;
  /// The same value without trailing zeros after the point: 8.50 → 8.5, 10.00 → 10.
  Decimal trimmed() const;

  /// Plain decimal notation, never an exponent, keeping the scale: "83", "90.0", "-0.05".
  /// Zero is "0" (at scale 1 "0.0"), never "-0".
  std::string to_string() const;

  /// Numeric comparison: 90 == 90.0.
  friend bool operator==(const Decimal& a, const Decimal& b);
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);

 private:
  using Digits = std::vector<std::uint8_t>;  // magnitude, least significant digit first
  Decimal(bool negative, Digits digits, int scale);
  static Decimal aligned_sum(const Decimal& a, const Decimal& b, bool subtract);

  bool negative_ = false;
  Digits digits_;  // no leading (most significant) zeros; empty for zero
  int scale_ = 0;
};

}  // namespace docket::data
