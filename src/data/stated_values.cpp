// Stated values are warnings, not errors: the derived value is what the template prints, so
// a mismatch means the author's copy (or the data) needs another look, not that the report
// cannot be produced.
#include "data/stated_values.hpp"

#include <algorithm>
#include <cctype>

#include "data/derive.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace {

using detail::data_child;
using detail::data_children;
using detail::trim;

bool same_words(std::string_view a, std::string_view b) {
  const std::string x = trim(a);
  const std::string y = trim(b);
  return x.size() == y.size() &&
         std::equal(x.begin(), x.end(), y.begin(), [](char p, char q) {
           return std::tolower(static_cast<unsigned char>(p)) == std::tolower(static_cast<unsigned char>(q));
         });
}

std::optional<long> whole_number(std::optional<std::string> text) {
  if (!text) return std::nullopt;
  const std::string t = trim(*text);
  if (t.empty() || t.size() > 9 || t.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stol(t);
}

void check_kpis(const DataSource& data, const xmlNode* kpis, const SchemeLibrary& schemes,
                Diagnostics& diags) {
  const xmlNode* named = xml::attribute_node(kpis, "statusScheme");
  const std::string token = trim(xml::attribute(kpis, "statusScheme").value_or("default"));
  const StatusScheme* scheme = schemes.scheme(token, data, named ? named : kpis, diags);
  if (scheme == nullptr) return;
  for (const xmlNode* kpi : data_children(kpis, "kpi")) {
    const KpiStatus derived = derive_kpi(kpi, *scheme);
    if (derived.status == nullptr) {
      detail::report_missing_status(data, kpi, *scheme, derived.outcome, schemes, diags);
      continue;
    }
    const xmlNode* stated = data_child(kpi, "statedStatus");
    if (stated == nullptr) continue;
    const std::string word = trim(xml::text(stated));
    const Status* match = scheme->find_word(word);
    if (match == derived.status) continue;
    if (match == nullptr) {
      std::vector<std::string> keys;
      for (const auto& s : scheme->statuses) keys.push_back(s.key);
      diags.add(data.at(stated, Severity::warning,
                        "\u2018" + word + "\u2019 is not a status of the " + token + " status scheme; the derived status is " +
                            derived.status->label + " (" + derived.rule + ")",
                        "use " + join_words(keys) + " (docs/data/status-schemes.md), or leave statedStatus out",
                        "rule.kpi-stated-status"));
      continue;
    }
    diags.add(data.at(stated, Severity::warning,
                      "the stated status is " + (match ? match->label : word) +
                          ", but the derived status is " + derived.status->label + " (" +
                          derived.rule + ")",
                      "correct statedStatus, or check the KPI's target, actual, tolerance and "
                      "precision (values are rounded to the precision before comparing)",
                      "rule.kpi-stated-status"));
  }
}

void check_risks(const DataSource& data, const xmlNode* risks, const SchemeLibrary& schemes,
                 Diagnostics& diags) {
  const xmlNode* named = xml::attribute_node(risks, "matrix");
  const std::string token = trim(xml::attribute(risks, "matrix").value_or(""));
  const RiskMatrix* matrix = schemes.matrix(token, data, named ? named : risks, diags);
  if (matrix == nullptr) return;
  for (const xmlNode* risk : data_children(risks, "risk")) {
    const xmlNode* stated = data_child(risk, "stated");
    const xmlNode* current = current_assessment(risk);
    if (stated == nullptr || current == nullptr) continue;
    const auto derived = score_assessment(*matrix, current);
    if (!derived) continue;  // off the scale: check_rules reports it
    const auto score = whole_number(xml::attribute(stated, "overallScore"));
    const auto band = xml::attribute(stated, "band");
    const bool score_differs = score && *score != derived->score;
    const bool band_differs = band && !same_words(*band, derived->band->label) &&
                              !same_words(*band, derived->band->key);
    if (!score_differs && !band_differs) continue;
    std::string what;
    if (score && band) {
      what = "the stated score is " + std::to_string(*score) + " (" + trim(*band) + ")";
    } else if (score) {
      what = "the stated score is " + std::to_string(*score);
    } else {
      what = "the stated band is " + trim(*band);
    }
    diags.add(data.at(stated, Severity::warning,
                      what + ", but likelihood " + std::to_string(derived->likelihood) +
                          " × impact " + std::to_string(derived->impact) + " = " + derived->overall,
                      "correct or remove <stated>; the report prints the derived score and band "
                      "from the " + matrix->id + " matrix",
                      "rule.risk-stated-score"));
  }
}

}  // namespace

void check_stated_values(const DataSource& data, const SchemeLibrary& schemes, Diagnostics& diags) {
  const xmlNode* root = data.root();
  if (root == nullptr) return;
  schemes.load_override(diags);
  for (const xmlNode* kpis : data_children(root, "kpis")) check_kpis(data, kpis, schemes, diags);
  for (const xmlNode* risks : data_children(root, "risks")) check_risks(data, risks, schemes, diags);
}

}  // namespace docket::data
