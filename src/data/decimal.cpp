// Schoolbook arithmetic on base-10 digit vectors. KPI values have a handful of digits, so
// clarity beats speed; the only quadratic step is long division.
#include "data/decimal.hpp"

#include <algorithm>
#include <stdexcept>

namespace docket::data {

namespace {

using Digits = std::vector<std::uint8_t>;

void trim_leading(Digits& d) {
  while (!d.empty() && d.back() == 0) d.pop_back();
}

// × 10^n: n zeros in front of the least significant digit.
Digits shifted(Digits d, int n) {
  if (!d.empty() && n > 0) d.insert(d.begin(), static_cast<std::size_t>(n), 0);
  return d;
}

int compare(const Digits& a, const Digits& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (std::size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Digits add(const Digits& a, const Digits& b) {
  Digits out;
  int carry = 0;
  for (std::size_t i = 0; i < std::max(a.size(), b.size()) || carry; ++i) {
    int sum = carry + (i < a.size() ? a[i] : 0) + (i < b.size() ? b[i] : 0);
    out.push_back(static_cast<std::uint8_t>(sum % 10));
    carry = sum / 10;
  }
  return out;
}

// a − b for a ≥ b.
Digits subtract(const Digits& a, const Digits& b) {
  Digits out(a);
  int borrow = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    int d = out[i] - borrow - (i < b.size() ? b[i] : 0);
    borrow = d < 0 ? 1 : 0;
    out[i] = static_cast<std::uint8_t>(d + 10 * borrow);
  }
  trim_leading(out);
  return out;
}

Digits multiply(const Digits& a, const Digits& b) {
  if (a.empty() || b.empty()) return {};
  std::vector<int> acc(a.size() + b.size(), 0);
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = 0; j < b.size(); ++j) acc[i + j] += a[i] * b[j];
  }
  Digits out;
  int carry = 0;
  for (int v : acc) {
    v += carry;
    out.push_back(static_cast<std::uint8_t>(v % 10));
    carry = v / 10;
  }
  for (; carry > 0; carry /= 10) out.push_back(static_cast<std::uint8_t>(carry % 10));
  trim_leading(out);
  return out;
}

// ⌊a / b⌋ for b ≠ 0, by long division one digit at a time.
Digits quotient(const Digits& a, const Digits& b) {
  Digits q(a.size(), 0);
  Digits rest;
  for (std::size_t i = a.size(); i-- > 0;) {
    rest.insert(rest.begin(), a[i]);
    trim_leading(rest);
    std::uint8_t digit = 0;
    while (compare(rest, b) >= 0) {
      rest = subtract(rest, b);
      ++digit;
    }
    q[i] = digit;
  }
  trim_leading(q);
  return q;
}

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

Decimal::Decimal(bool negative, Digits digits, int scale)
    : negative_(negative), digits_(std::move(digits)), scale_(scale) {
  trim_leading(digits_);
  if (digits_.empty()) negative_ = false;
}

std::optional<Decimal> Decimal::parse(std::string_view text) {
  while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
  bool negative = false;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  Digits digits;
  int scale = 0;
  bool point = false;
  bool any_digit = false;
  for (char c : text) {
    if (c == '.' && !point) {
      point = true;
    } else if (c >= '0' && c <= '9') {
      digits.insert(digits.begin(), static_cast<std::uint8_t>(c - '0'));
      any_digit = true;
      if (point) ++scale;
    } else {
      return std::nullopt;
    }
  }
  if (!any_digit) return std::nullopt;
  return Decimal(negative, std::move(digits), scale);
}

Decimal Decimal::from_integer(long long value) {
  // Through unsigned so that the most negative value has a magnitude too.
  unsigned long long magnitude = value < 0 ? 0ull - static_cast<unsigned long long>(value)
                                           : static_cast<unsigned long long>(value);
  Digits digits;
  for (; magnitude > 0; magnitude /= 10) digits.push_back(static_cast<std::uint8_t>(magnitude % 10));
  return Decimal(value < 0, std::move(digits), 0);
}

Decimal Decimal::abs() const { return Decimal(false, digits_, scale_); }

Decimal Decimal::operator-() const { return Decimal(!negative_, digits_, scale_); }

Decimal Decimal::aligned_sum(const Decimal& a, const Decimal& b, bool subtract_b) {
  const int scale = std::max(a.scale_, b.scale_);
  const Digits x = shifted(a.digits_, scale - a.scale_);
  const Digits y = shifted(b.digits_, scale - b.scale_);
  const bool b_negative = subtract_b ? !b.negative_ : b.negative_;
  if (a.negative_ == b_negative) return Decimal(a.negative_, add(x, y), scale);
  // Opposite signs: the larger magnitude keeps its sign.
  if (compare(x, y) >= 0) return Decimal(a.negative_, subtract(x, y), scale);
  return Decimal(b_negative, subtract(y, x), scale);
}

Decimal operator+(const Decimal& a, const Decimal& b) { return Decimal::aligned_sum(a, b, false); }

Decimal operator-(const Decimal& a, const Decimal& b) { return Decimal::aligned_sum(a, b, true); }

Decimal operator*(const Decimal& a, const Decimal& b) {
  return Decimal(a.negative_ != b.negative_, multiply(a.digits_, b.digits_), a.scale_ + b.scale_);
}

Decimal Decimal::divide(const Decimal& divisor, int scale) const {
  if (divisor.is_zero()) throw std::domain_error("decimal division by zero");
  scale = std::max(scale, 0);
  // (A·10^−sa) / (B·10^−sb) at scale s is ⌊A·10^(s+sb−sa) / B⌋ · 10^−s.
  const int exponent = scale + divisor.scale_ - scale_;
  const Digits numerator = shifted(digits_, std::max(exponent, 0));
  const Digits denominator = shifted(divisor.digits_, std::max(-exponent, 0));
  return Decimal(negative_ != divisor.negative_, quotient(numerator, denominator), scale);
}

Decimal Decimal::round_half_up(int scale) const {
  scale = std::max(scale, 0);
  if (scale >= scale_) return Decimal(negative_, shifted(digits_, scale - scale_), scale);
  const auto dropped = static_cast<std::size_t>(scale_ - scale);
  if (dropped > digits_.size()) return Decimal(false, {}, scale);  // below 0.1 of the last place
  const bool up = digits_[dropped - 1] >= 5;
  Digits kept(digits_.begin() + static_cast<std::ptrdiff_t>(dropped), digits_.end());
  if (up) kept = add(kept, Digits{1});
  return Decimal(negative_, std::move(kept), scale);
}

Decimal Decimal::trimmed() const {
  Digits d = digits_;
  int scale = scale_;
  while (scale > 0 && !d.empty() && d.front() == 0) {
    d.erase(d.begin());
    --scale;
  }
  if (d.empty()) scale = 0;
  return Decimal(negative_, std::move(d), scale);
}

std::string Decimal::to_string() const {
  std::string out;
  const auto scale = static_cast<std::size_t>(scale_);
  const std::size_t width = std::max(digits_.size(), scale + 1);  // at least "0.xx"
  for (std::size_t i = width; i-- > 0;) {
    out += static_cast<char>('0' + (i < digits_.size() ? digits_[i] : 0));
    if (i == scale && scale > 0) out += '.';
  }
  return negative_ ? "-" + out : out;
}

bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  if (a.negative_ != b.negative_) return a.negative_ ? std::strong_ordering::less : std::strong_ordering::greater;
  const int scale = std::max(a.scale_, b.scale_);
  int c = compare(shifted(a.digits_, scale - a.scale_), shifted(b.digits_, scale - b.scale_));
  if (a.negative_) c = -c;
  return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

}  // namespace docket::data
