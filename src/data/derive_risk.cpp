// Risk scores (domain notes §3): score = likelihood × impact, the band read from the
// council's matrix, and each printed as "Label (score)" so the text never relies on colour.
#include <algorithm>

#include "data/derive.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace {

std::optional<long> score_of(const xmlNode* element) {
  if (element == nullptr || xml::namespace_of(element) == kDerivedNamespace) return std::nullopt;
  const std::string text = detail::trim(xml::attribute(element, "score").value_or(""));
  if (text.empty() || text.size() > 6 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::stol(text);
}

}  // namespace

using detail::data_child;

std::optional<RiskScore> score_risk(const RiskMatrix& matrix, long likelihood, long impact) {
  const Band* band = matrix.band_for(likelihood, impact);
  if (band == nullptr) return std::nullopt;
  RiskScore r;
  r.likelihood = likelihood;
  r.impact = impact;
  r.score = likelihood * impact;
  r.band = band;
  const auto l = static_cast<std::size_t>(likelihood - 1);
  const auto i = static_cast<std::size_t>(impact - 1);
  r.likelihood_text = matrix.likelihood_labels[l] + " (" + std::to_string(likelihood) + ")";
  r.impact_text = matrix.impact_labels[i] + " (" + std::to_string(impact) + ")";
  r.overall = band->label + " (" + std::to_string(r.score) + ")";
  return r;
}

std::optional<RiskScore> score_assessment(const RiskMatrix& matrix, const xmlNode* holder) {
  const auto likelihood = score_of(data_child(holder, "likelihood"));
  const auto impact = score_of(data_child(holder, "impact"));
  if (!likelihood || !impact) return std::nullopt;
  return score_risk(matrix, *likelihood, *impact);
}

const xmlNode* current_assessment(const xmlNode* risk) {
  if (data_child(risk, "likelihood") != nullptr) return risk;
  for (const xmlNode* a : xml::children(risk, "assessment")) {
    if (xml::namespace_of(a) == kDerivedNamespace) continue;
    if (detail::trim(xml::attribute(a, "stage").value_or("")) == "current") return a;
  }
  return nullptr;
}

std::string appendix_label(bool letters, std::size_t position) {
  if (!letters) return std::to_string(position + 1);
  // Bijective base 26, as spreadsheets name columns: A … Z, AA, AB ….
  std::string label;
  for (std::size_t n = position + 1; n > 0; n = (n - 1) / 26) {
    label.insert(label.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return label;
}

}  // namespace docket::data
