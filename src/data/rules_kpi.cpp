// KPI values the status is derived from (domain notes §2.4): a percent-of-target margin needs a
// target that is not 0, and an actual needs a value or a complete fraction.
#include "data/detail/rules_context.hpp"
#include "data/detail/rules_values.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

// "KPI 184" by the council's number, else by its name.
std::string kpi_name(const xmlNode* kpi) {
  if (auto ref = token_attribute(kpi, "ref"); ref && !ref->empty()) return "KPI " + *ref;
  return "KPI " + in_quotes(token_text(xml::child(kpi, "name")));
}

// A margin of x% of a target of 0 is 0 whatever x is: the Amber (or Blue) band vanishes and
// the author's intent cannot be honoured. The comparison is exact: "0.00" is zero.
void check_margin(RuleContext& rules, const xmlNode* kpi, const char* element, const char* band) {
  const xmlNode* margin = xml::child(kpi, element);
  if (token_attribute(margin, "basis") != "percent-of-target") return;
  const auto target = token_attribute(xml::child(kpi, "target"), "value");
  if (!target || decimal_is_zero(*target) != true) return;
  const std::string what = std::string(element) == "tolerance" ? "tolerance" : "blue margin";
  rules.error(margin,
              "the " + what + " of " + kpi_name(kpi) + " is " +
                  token_attribute(margin, "value").value_or("?") +
                  "% of the target, but the target is " + *target + ", so there is no " + band +
                  " band",
              "use basis=\"absolute\" with a value in the KPI's own unit (percentage points for "
              "a percentage), e.g. <" + std::string(element) + " basis=\"absolute\" value=\"5\"/>",
              "rule.tolerance-zero-target");
}

// The actual is either a value or numerator/denominator: anything else leaves the template
// with no figure to print or two that may disagree.
void check_actual(RuleContext& rules, const xmlNode* kpi) {
  const xmlNode* actual = xml::child(kpi, "actual");
  if (actual == nullptr) return;
  const auto value = token_attribute(actual, "value");
  const auto numerator = token_attribute(actual, "numerator");
  const auto denominator = token_attribute(actual, "denominator");
  const std::string name = kpi_name(kpi);
  std::string problem;
  std::string hint;
  if (value && (numerator || denominator)) {
    problem = "gives both value and a numerator or denominator";
    hint = "keep value, or numerator and denominator, not both: docket works the value out "
           "from the fraction";
  } else if (numerator && !denominator) {
    problem = "has a numerator (" + *numerator + ") but no denominator";
    hint = "add denominator=\"…\" (the total the numerator is out of), or give the result as value";
  } else if (denominator && !numerator) {
    problem = "has a denominator (" + *denominator + ") but no numerator";
    hint = "add numerator=\"…\" (how many of the denominator), or give the result as value";
  } else if (denominator && decimal_is_zero(*denominator) == true) {
    problem = "has a denominator of " + *denominator + ", so its value cannot be worked out";
    hint = "give the real total as denominator; if there was nothing to measure, remove <actual> "
           "and set <statusOverride>no-data</statusOverride>";
  } else if (!value && !numerator) {
    problem = "has no value";
    hint = "give value=\"…\", or numerator=\"…\" and denominator=\"…\"; if there is no figure "
           "for the period, remove <actual> and set <statusOverride>no-data</statusOverride>";
  } else {
    return;
  }
  rules.error(actual, "the actual of " + name + " " + problem, hint, "rule.kpi-actual");
}

}  // namespace

void check_kpis(RuleContext& rules) {
  for (const xmlNode* kpi : xml::descendants(rules.root(), "kpi")) {
    check_margin(rules, kpi, "tolerance", "Amber");
    check_margin(rules, kpi, "blueMargin", "Blue");
    check_actual(rules, kpi);
  }
}

}  // namespace docket::data::detail
