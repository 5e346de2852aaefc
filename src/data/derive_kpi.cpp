// One KPI: read its figures, round them to the unit's precision (half-up, exact decimals),
// pick the rule in the order of domain notes §2.4, and work out the direction of travel
// (§2.5).
#include <algorithm>

#include "data/derive.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace {

const Decimal kHundred = Decimal::from_integer(100);

using detail::data_child;
using detail::trim;

std::optional<Decimal> decimal_attribute(const xmlNode* element, std::string_view name,
                                         int precision) {
  auto text = xml::attribute(element, name);
  if (!text) return std::nullopt;
  auto value = Decimal::parse(*text);
  if (!value) return std::nullopt;
  return value->round_half_up(precision);
}

std::optional<Margin> margin_of(const xmlNode* element) {
  if (element == nullptr) return std::nullopt;
  auto value = Decimal::parse(xml::attribute(element, "value").value_or(""));
  if (!value) return std::nullopt;
  const bool percent = trim(xml::attribute(element, "basis").value_or("")) == "percent-of-target";
  return Margin{percent ? MarginBasis::percent_of_target : MarginBasis::absolute, *value};
}

// value, or numerator / denominator (× 100 for a percent KPI), rounded half-up: dividing to
// one place more than needed and rounding that gives the exactly rounded quotient.
std::optional<Decimal> actual_of(const xmlNode* actual, bool percent, int precision) {
  if (actual == nullptr) return std::nullopt;
  if (xml::attribute_node(actual, "value")) return decimal_attribute(actual, "value", precision);
  auto numerator = Decimal::parse(xml::attribute(actual, "numerator").value_or(""));
  auto denominator = Decimal::parse(xml::attribute(actual, "denominator").value_or(""));
  if (!numerator || !denominator || denominator->is_zero()) return std::nullopt;
  const Decimal scaled = percent ? *numerator * kHundred : *numerator;
  return scaled.divide(*denominator, precision + 1).round_half_up(precision);
}

int precision_of(const xmlNode* unit) {
  const std::string text = trim(xml::attribute(unit, "precision").value_or("0"));
  if (text.empty() || text.size() > 3 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  return std::stoi(text);
}

// How far outside [lower, upper] a value lies (0 inside).
Decimal distance_outside(const Decimal& value, const Decimal& a, const Decimal& b) {
  const Decimal lower = std::min(a, b);
  const Decimal upper = std::max(a, b);
  if (value < lower) return lower - value;
  if (value > upper) return value - upper;
  return Decimal();
}

std::optional<std::string> direction_of(const xmlNode* kpi, const detail::KpiFigures& f,
                                        const std::string& polarity, const StatusRules& rules,
                                        int precision) {
  if (!f.actual || polarity == "none") return std::nullopt;
  const std::string wanted = rules.comparator == Comparator::same_period_last_year
                                 ? "same-period-last-year"
                                 : "previous-period";
  std::optional<Decimal> earlier;
  for (const xmlNode* previous : xml::children(kpi, "previous")) {
    if (xml::namespace_of(previous) == kDerivedNamespace) continue;
    if (trim(xml::attribute(previous, "comparison").value_or("previous-period")) != wanted) continue;
    earlier = decimal_attribute(previous, "value", precision);
    break;
  }
  if (!earlier) return std::nullopt;
  Decimal delta;  // > 0: better now
  if (f.sign != 0) {
    delta = f.sign > 0 ? *f.actual - *earlier : *earlier - *f.actual;
  } else if (f.lower && f.upper) {
    delta = distance_outside(*earlier, *f.lower, *f.upper) - distance_outside(*f.actual, *f.lower, *f.upper);
  } else if (f.target) {
    delta = (*earlier - *f.target).abs() - (*f.actual - *f.target).abs();
  } else {
    return std::nullopt;
  }
  if (delta > rules.epsilon) return "Improving";
  if (delta < -rules.epsilon) return "Worsening";
  return "No change";
}

}  // namespace

KpiStatus derive_kpi(const xmlNode* kpi, const StatusScheme& scheme) {
  const xmlNode* unit = data_child(kpi, "unit");
  const int precision = precision_of(unit);
  const bool percent = trim(xml::attribute(unit, "kind").value_or("")) == "percent";
  const std::string polarity = trim(xml::text(data_child(kpi, "polarity")));

  detail::KpiFigures f;
  f.sign = polarity == "higher-is-better" ? 1 : polarity == "lower-is-better" ? -1 : 0;
  f.actual = actual_of(data_child(kpi, "actual"), percent, precision);
  f.target = decimal_attribute(data_child(kpi, "target"), "value", precision);
  const xmlNode* range = data_child(kpi, "expectedRange");
  f.lower = decimal_attribute(range, "lower", precision);
  f.upper = decimal_attribute(range, "upper", precision);
  const bool has_range = f.lower && f.upper;
  f.tolerance = margin_of(data_child(kpi, "tolerance"));
  if (!f.tolerance) f.tolerance = scheme.rules.tolerance;
  f.blue_margin = margin_of(data_child(kpi, "blueMargin"));
  if (!f.blue_margin) f.blue_margin = scheme.rules.blue_margin;
  const bool blue_possible = scheme.find(Outcome::blue) != nullptr;

  detail::Verdict verdict{Outcome::no_data, ""};
  const std::string override_token = trim(xml::text(data_child(kpi, "statusOverride")));
  if (auto overridden = override_token.empty() ? std::nullopt : parse_outcome(override_token)) {
    verdict = {*overridden, "set by statusOverride (" + override_token + ")"};
  } else if (!f.actual) {
    verdict = {Outcome::no_data, "no actual value is given"};
  } else if (!f.target && !has_range) {
    verdict = {Outcome::contextual, "no target or expected range is set"};
  } else if (polarity == "none") {
    verdict = {Outcome::contextual, "the polarity is none, so neither direction is better"};
  } else if (has_range) {
    verdict = detail::judge_range(f, scheme.rules, blue_possible);
  } else {
    verdict = detail::judge_target(f, scheme.rules, blue_possible);
  }

  KpiStatus result;
  result.outcome = verdict.outcome;
  result.status = scheme.find(verdict.outcome);
  const std::string label =
      result.status ? result.status->label : std::string(outcome_token(verdict.outcome));
  result.rule = label + ": " + verdict.reason;
  result.actual = f.actual;
  result.target = f.target;
  result.direction = direction_of(kpi, f, polarity, scheme.rules, precision);
  return result;
}

}  // namespace docket::data
