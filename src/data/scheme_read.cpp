// Reading one <scheme>: its statuses and rule parameters, with the configuration checks
// the XSD cannot make. Accessibility comes first: a status is always printed as words
// (WCAG 1.4.1), and text on a fill must reach 4.5:1 (WCAG 1.4.3).
#include <cstdio>
#include <set>

#include "data/status_scheme.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

constexpr double kMinimumContrast = 4.5;

std::string ratio_text(double ratio) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", ratio);
  return buffer;
}

// Outcomes every scheme needs a status for: any KPI can end up there.
constexpr Outcome kRequired[] = {Outcome::green, Outcome::amber, Outcome::red,
                                 Outcome::contextual, Outcome::no_data};

std::optional<Margin> read_margin(const xmlNode* rules, std::string_view name) {
  const xmlNode* element = xml::child(rules, name);
  if (element == nullptr) return std::nullopt;
  Margin margin;
  margin.basis = xml::attribute(element, "basis") == "percent-of-target" ? MarginBasis::percent_of_target
                                                                          : MarginBasis::absolute;
  margin.value = Decimal::parse(xml::attribute(element, "value").value_or("0")).value_or(Decimal());
  return margin;
}

// The XSD has checked every value, so an attribute is either absent (the default) or valid.
bool attribute_is(const xmlNode* element, std::string_view name, std::string_view value,
                  bool when_absent) {
  auto a = xml::attribute(element, name);
  return a ? trim(*a) == value : when_absent;
}

StatusRules read_rules(const xmlNode* rules) {
  StatusRules r;
  if (rules == nullptr) return r;
  r.tolerance = read_margin(rules, "tolerance");
  r.blue_margin = read_margin(rules, "blueMargin");
  const xmlNode* boundaries = xml::child(rules, "boundaries");
  r.on_target_is_green = attribute_is(boundaries, "onTarget", "green", true);
  r.at_tolerance_is_amber = attribute_is(boundaries, "atTolerance", "amber", true);
  r.at_blue_margin_is_blue = attribute_is(boundaries, "atBlueMargin", "blue", false);
  r.beyond_good_end_is_blue =
      attribute_is(xml::child(rules, "expectedRange"), "beyondGoodEnd", "blue", true);
  r.denominator = attribute_is(xml::child(rules, "summary"), "denominator", "rag-rated", false)
                      ? Denominator::rag_rated
                      : Denominator::all;
  const xmlNode* direction = xml::child(rules, "directionOfTravel");
  r.comparator = attribute_is(direction, "comparator", "same-period-last-year", false)
                     ? Comparator::same_period_last_year
                     : Comparator::previous_period;
  if (auto e = xml::attribute(direction, "epsilon")) r.epsilon = Decimal::parse(*e).value_or(Decimal());
  return r;
}

std::optional<Status> read_status(const DataSource& file, const xmlNode* element,
                                  Diagnostics& diags) {
  Status status;
  status.key = trim(xml::attribute(element, "key").value_or(""));
  const std::string what = "status \"" + status.key + "\"";
  bool ok = true;
  if (auto label = required_label(file, element, what, diags)) status.label = *label; else ok = false;
  if (!read_colours(file, element, what, status.fill, status.text_colour, diags)) ok = false;
  const auto outcome_attr = xml::attribute(element, "outcome");
  const auto outcome = parse_outcome(outcome_attr ? trim(*outcome_attr) : status.key);
  if (!outcome) {
    diags.add(file.at(xml::attribute_node(element, "key"), Severity::error,
                      what + " does not say which outcome it is: its key is not one of blue, "
                             "green, amber, red, contextual, baseline, in-development, suspended, "
                             "no-data",
                      "add outcome=\"…\" naming the outcome this status stands for",
                      "scheme.outcome-unknown"));
    ok = false;
  } else {
    status.outcome = *outcome;
  }
  status.summary = attribute_is(element, "summary", "when-used", false) ? SummaryRow::when_used
                                                                        : SummaryRow::always;
  if (!ok) return std::nullopt;
  return status;
}

}  // namespace

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

std::optional<std::string> required_label(const DataSource& file, const xmlNode* element,
                                          const std::string& what, Diagnostics& diags) {
  std::string label = trim(xml::attribute(element, "label").value_or(""));
  if (!label.empty()) return label;
  diags.add(file.at(element, Severity::error,
                    what + " has no text label; a status or band shown by colour alone is "
                           "lost on readers who cannot see the colour (WCAG 1.4.1)",
                    "add label=\"…\" with the words to print", "scheme.label-missing"));
  return std::nullopt;
}

bool read_colours(const DataSource& file, const xmlNode* element, const std::string& what,
                  std::optional<format::Rgb>& fill, format::Rgb& text_colour, Diagnostics& diags) {
  if (auto f = xml::attribute(element, "fill")) fill = format::Rgb::parse_hex(trim(*f));
  const format::Rgb background = fill.value_or(format::Rgb{255, 255, 255});
  auto text = xml::attribute(element, "textColour");
  text_colour = text ? format::Rgb::parse_hex(trim(*text)).value_or(format::Rgb{0, 0, 0})
                     : format::readable_text_colour(background);
  const double ratio = format::contrast_ratio(text_colour, background);
  if (ratio >= kMinimumContrast) return true;
  const xmlNode* at = xml::attribute_node(element, text ? "textColour" : "fill");
  diags.add(file.at(at ? at : element, Severity::error,
                    what + ": text " + text_colour.to_hex() + " on " + background.to_hex() +
                        " has a contrast of " + ratio_text(ratio) + ":1, below the 4.5:1 WCAG AA needs",
                    "use textColour=\"" + format::readable_text_colour(background).to_hex() +
                        "\", or leave textColour out to have docket choose black or white",
                    "scheme.low-contrast"));
  return false;
}

std::optional<StatusScheme> read_scheme(const DataSource& file, const xmlNode* element,
                                        Diagnostics& diags) {
  StatusScheme scheme;
  scheme.id = trim(xml::attribute(element, "id").value_or(""));
  scheme.name = trim(xml::attribute(element, "name").value_or(scheme.id));
  scheme.file = file.file();
  scheme.line = file.position_of(element).line;
  scheme.rules = read_rules(xml::child(element, "rules"));
  const std::size_t errors_before = diags.error_count();
  std::set<std::string> keys;
  for (const xmlNode* s : xml::children(xml::child(element, "statuses"), "status")) {
    auto status = read_status(file, s, diags);
    if (!status) continue;
    const std::string what = "status \"" + status->key + "\"";
    if (!keys.insert(status->key).second) {
      diags.add(file.at(s, Severity::error, what + " is listed twice in scheme " + scheme.id,
                        "remove one of them", "scheme.duplicate-key"));
    } else if (const Status* other = scheme.find(status->outcome)) {
      diags.add(file.at(s, Severity::error,
                        what + " and status \"" + other->key + "\" both stand for the outcome " +
                            std::string(outcome_token(status->outcome)),
                        "each outcome has one status; give one of them another outcome",
                        "scheme.outcome-duplicate"));
    } else {
      scheme.statuses.push_back(std::move(*status));
    }
  }
  std::vector<Outcome> required(std::begin(kRequired), std::end(kRequired));
  if (scheme.rules.blue_margin) required.push_back(Outcome::blue);
  for (Outcome o : required) {
    if (diags.error_count() != errors_before || scheme.find(o)) continue;
    diags.add(file.at(element, Severity::error,
                      "scheme " + scheme.id + " has no status for the outcome " +
                          std::string(outcome_token(o)) +
                          (o == Outcome::blue ? ", but its rules set a blue margin" : ""),
                      "add <status key=\"" + std::string(outcome_token(o)) +
                          "\" label=\"…\"/> (summary=\"when-used\" keeps it out of summaries "
                          "until a KPI has it)",
                      "scheme.status-missing"));
  }
  if (diags.error_count() != errors_before) return std::nullopt;
  return scheme;
}

}  // namespace docket::data::detail
