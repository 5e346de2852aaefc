// Risk scores (domain notes §3): every likelihood and impact must lie on the matrix's scale,
// or the score and band the template prints are meaningless.
#include <vector>

#include "data/detail/rules_context.hpp"
#include "data/detail/rules_values.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

struct MatrixScale {
  long highest = 5;
  bool known = false;
};

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The scale a score is checked against here comes from the size in the matrix's name
// ("cbc-4x4"), as scheme files name their matrices; whether the matrix exists, and its bands,
// are checked with the scheme files when derived values are worked out (rule.scheme-unknown).
MatrixScale matrix_scale(std::string_view matrix) {
  if (ends_with(matrix, "3x3")) return {3, true};
  if (ends_with(matrix, "4x4")) return {4, true};
  if (ends_with(matrix, "5x5")) return {5, true};
  return {5, false};
}

void check_score(RuleContext& rules, const xmlNode* score_element, const std::string& matrix,
                 MatrixScale scale, const std::string& risk_id) {
  const std::string raw = token_attribute(score_element, "score").value_or("");
  const auto score = small_integer(raw);
  if (score && *score >= 1 && *score <= scale.highest) return;
  const xmlNode* assessment = score_element->parent;
  const auto stage = xml::is_element(assessment, "assessment") ? token_attribute(assessment, "stage")
                                                               : std::nullopt;
  const std::string what = (stage ? *stage + " " : std::string()) +
                           std::string(xml::local_name(score_element));
  const std::string range = "1\u2013" + std::to_string(scale.highest);
  rules.error(score_element,
              what + " " + raw + " is outside the " + range + " scale of the " +
                  matrix + " matrix (risk " + risk_id + ")",
              "score " + std::string(xml::local_name(score_element)) + " from 1 to " +
                  std::to_string(scale.highest) +
                  " on this matrix, or name the matrix the council uses in matrix=\"…\" on <risks>",
              "rule.risk-score-out-of-scale");
}

// Likelihood and impact sit directly under risk (the current assessment) or inside up to
// three assessment elements; both forms, in document order.
std::vector<const xmlNode*> scores_of(const xmlNode* risk) {
  std::vector<const xmlNode*> scores;
  for (const xmlNode* child : xml::children(risk)) {
    if (xml::is_element(child, "assessment")) {
      for (const xmlNode* score : xml::children(child)) scores.push_back(score);
    } else if (xml::is_element(child, "likelihood") || xml::is_element(child, "impact")) {
      scores.push_back(child);
    }
  }
  return scores;
}

}  // namespace

void check_risks(RuleContext& rules) {
  for (const xmlNode* risks : xml::children(rules.root(), "risks")) {
    const std::string matrix = token_attribute(risks, "matrix").value_or("");
    const MatrixScale scale = matrix_scale(matrix);
    // An unknown matrix is reported once, with the matrices there are, when derived values
    // are worked out (rule.scheme-unknown); its scores cannot be judged against anything.
    if (!scale.known) continue;
    for (const xmlNode* risk : xml::children(risks, "risk")) {
      const std::string id = token_attribute(risk, "id").value_or("?");
      for (const xmlNode* score : scores_of(risk)) check_score(rules, score, matrix, scale, id);
    }
  }
}

}  // namespace docket::data::detail
