// The RAG rules of domain notes §2.4, and the sentence that says which fired with its
// numbers. A and T arrive rounded to the unit's precision, so the colour always matches the
// printed figures; tolerance and blue margin are computed from the rounded target.
#include <algorithm>

#include "data/derive.hpp"

namespace docket::data::detail {

namespace {

const Decimal kHundred = Decimal::from_integer(100);
const Decimal kZero;

// τ or β: the value itself, or a percentage of |reference| (exact: dividing by 100 needs
// only two more places).
Decimal margin_value(const Margin& margin, const Decimal& reference) {
  if (margin.basis == MarginBasis::absolute) return margin.value;
  const Decimal product = margin.value * reference.abs();
  return product.divide(kHundred, product.scale() + 2);
}

// "10 (10% of target)", "4 (10% of the lower limit)", "2" for an absolute margin.
std::string margin_text(const Margin& margin, const Decimal& value, std::string_view of) {
  std::string text = value.trimmed().to_string();
  if (margin.basis == MarginBasis::percent_of_target) {
    text += " (" + margin.value.trimmed().to_string() + "% of " + std::string(of) + ")";
  }
  return text;
}

// ", more than the tolerance of 10 (10% of target)" and its variants, for Amber and Red.
Verdict worse_than_expected(std::string position, const Decimal& shortfall,
                            const std::optional<Margin>& tolerance, const Decimal& reference,
                            std::string_view of, const StatusRules& rules) {
  if (!tolerance) return {Outcome::red, position + ", and no tolerance is set"};
  const Decimal tau = margin_value(*tolerance, reference);
  const std::string tau_text = margin_text(*tolerance, tau, of);
  if (shortfall < tau || (shortfall == tau && rules.at_tolerance_is_amber)) {
    return {Outcome::amber, position + ", within the tolerance of " + tau_text};
  }
  return {Outcome::red,
          position + (shortfall == tau ? ", reaching" : ", more than") + " the tolerance of " + tau_text};
}

}  // namespace

Verdict judge_target(const KpiFigures& kpi, const StatusRules& rules, bool blue_possible) {
  const Decimal& a = *kpi.actual;
  const Decimal& t = *kpi.target;
  const Decimal difference = a - t;
  // g: > 0 better than target, < 0 worse; two-sided measures are only ever worse.
  const Decimal g = kpi.sign > 0 ? difference : kpi.sign < 0 ? -difference : -difference.abs();
  std::string position;
  if (difference.is_zero()) {
    position = a.to_string() + " meets the target of " + t.to_string();
  } else {
    position = a.to_string() + " is " + difference.abs().to_string() +
               (difference.is_negative() ? " below" : " above") + " the target of " + t.to_string();
    if (kpi.sign < 0) position += " (lower is better)";
  }

  if (blue_possible && kpi.blue_margin && kpi.sign != 0) {
    const Decimal beta = margin_value(*kpi.blue_margin, t);
    const std::string beta_text = margin_text(*kpi.blue_margin, beta, "target");
    if (g > beta || (g == beta && rules.at_blue_margin_is_blue)) {
      return {Outcome::blue,
              position + (g == beta ? ", reaching" : ", more than") + " the blue margin of " + beta_text};
    }
    if (g > kZero) return {Outcome::green, position + ", within the blue margin of " + beta_text};
  }
  if (g > kZero) return {Outcome::green, position};
  if (g == kZero) {
    if (rules.on_target_is_green) return {Outcome::green, position};
    return {Outcome::amber, a.to_string() + " equals the target of " + t.to_string() +
                                ", and this scheme rates Green only when better than target"};
  }
  return worse_than_expected(position, g.abs(), kpi.tolerance, t, "target", rules);
}

Verdict judge_range(const KpiFigures& kpi, const StatusRules& rules, bool blue_possible) {
  const Decimal& a = *kpi.actual;
  const Decimal lower = std::min(*kpi.lower, *kpi.upper);
  const Decimal upper = std::max(*kpi.lower, *kpi.upper);
  const std::string range = "the expected range of " + lower.to_string() + " to " + upper.to_string();
  if (a >= lower && a <= upper) return {Outcome::green, a.to_string() + " is within " + range};

  const bool above = a > upper;
  const Decimal distance = above ? a - upper : lower - a;
  const std::string position =
      a.to_string() + " is " + distance.to_string() + (above ? " above " : " below ") + range;
  const bool good_side = (kpi.sign > 0 && above) || (kpi.sign < 0 && !above);
  if (good_side) {
    const bool blue = blue_possible && rules.beyond_good_end_is_blue;
    return {blue ? Outcome::blue : Outcome::green, position + ", which is better than expected"};
  }
  // A percentage tolerance is of the limit that was missed.
  return worse_than_expected(position, distance, kpi.tolerance, above ? upper : lower,
                             above ? "the upper limit" : "the lower limit", rules);
}

}  // namespace docket::data::detail
