// Appendix labels: unique and in sequence for their scheme (1, 2, 3 … or A, B, C …), so that
// "Appendix B" in the text finds the second appendix. Report appendices also name a file and
// should be mentioned in the text.
#include <map>
#include <vector>

#include "data/detail/rules_context.hpp"
#include "data/detail/rules_values.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

enum class LabelScheme { number, letter, unknown };

// The label at a 0-based position: 1, 2, … or A … Z, AA, AB … (as spreadsheets count).
std::string label_at(LabelScheme scheme, std::size_t index) {
  if (scheme == LabelScheme::number) return std::to_string(index + 1);
  std::string label;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) {
    label.insert(label.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return label;
}

// An agenda gives no scheme, so its first label decides: "3" starts a number sequence at 3,
// "B" a letter sequence at B. Anything else ("i", "1a") has no sequence docket can check.
struct Start {
  LabelScheme scheme = LabelScheme::unknown;
  std::size_t index = 0;
};

Start start_of(std::string_view label) {
  if (label.size() == 1 && label[0] >= 'A' && label[0] <= 'Z') {
    return {LabelScheme::letter, static_cast<std::size_t>(label[0] - 'A')};
  }
  if (label.empty() || label.size() > 6 || label[0] == '0') return {};
  for (char c : label) {
    if (c < '0' || c > '9') return {};
  }
  return {LabelScheme::number, static_cast<std::size_t>(std::stol(std::string(label)) - 1)};
}

std::string scheme_hint(LabelScheme scheme, std::size_t start) {
  const std::string series = label_at(scheme, start) + ", " + label_at(scheme, start + 1) + ", " +
                             label_at(scheme, start + 2) + " \u2026";
  return "label the appendices " + series + " in the order they appear, and change any "
         "references in the text to match";
}

// Reports duplicates first: a repeated label also breaks the sequence, and saying so twice
// would hide the cause. Returns the labels in use (given or generated) when all is well.
std::optional<std::vector<std::string>> check_labels(RuleContext& rules,
                                                     const std::vector<xmlNode*>& appendices,
                                                     Start start, const std::string& of_item) {
  std::map<std::string, const xmlNode*> first_with;
  bool duplicates = false;
  for (const xmlNode* appendix : appendices) {
    const auto label = token_attribute(appendix, "label");
    if (!label) continue;
    auto [it, fresh] = first_with.emplace(*label, appendix);
    if (fresh) continue;
    duplicates = true;
    rules.error(appendix,
                "two appendices" + of_item + " are labelled " + *label + " (the first at line " +
                    std::to_string(rules.data().position_of(it->second).line) + ")",
                start.scheme == LabelScheme::unknown
                    ? "give each appendix its own label"
                    : "give each appendix its own label; " + scheme_hint(start.scheme, start.index),
                "rule.appendix-label-duplicate");
  }
  if (duplicates) return std::nullopt;
  std::vector<std::string> labels;
  for (std::size_t i = 0; i < appendices.size(); ++i) {
    const auto given = token_attribute(appendices[i], "label");
    if (start.scheme == LabelScheme::unknown) {
      labels.push_back(given.value_or(""));
      continue;
    }
    const std::string expected = label_at(start.scheme, start.index + i);
    if (given && *given != expected) {
      const char* kind = start.scheme == LabelScheme::letter ? "letter" : "number";
      rules.error(appendices[i],
                  i == 0 ? "the first appendix" + of_item + " is labelled " + *given + ", but " +
                               kind + " labels start at " + expected
                         : "appendix " + *given + " follows appendix " + labels.back() + of_item +
                               ", but the next " + kind + " label is " + expected,
                  scheme_hint(start.scheme, start.index), "rule.appendix-label-sequence");
      return std::nullopt;
    }
    labels.push_back(expected);
  }
  return labels;
}

}  // namespace

void check_report_appendices(RuleContext& rules) {
  const xmlNode* appendices = xml::child(rules.root(), "appendices");
  if (appendices == nullptr) return;
  const auto list = xml::children(appendices, "appendix");
  const LabelScheme scheme =
      token_attribute(appendices, "scheme") == "letter" ? LabelScheme::letter : LabelScheme::number;
  const auto labels = check_labels(rules, list, {scheme, 0}, "");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string name = "appendix " + token_attribute(list[i], "label").value_or(label_at(scheme, i));
    check_file(rules, list[i], "href", name, "rule.appendix-file-missing");
    check_media_type(rules, list[i], name, "rule.appendix-media-type");
  }
  // Only with sound labels: which appendix "Appendix B" means depends on them.
  if (labels) check_appendix_references(rules, appendices, *labels);
}

void check_agenda_appendices(RuleContext& rules) {
  for (const xmlNode* item : xml::descendants(rules.root(), "item")) {
    const auto list = xml::children(item, "appendix");
    if (list.empty()) continue;
    const Start start = start_of(token_attribute(list.front(), "label").value_or(""));
    check_labels(rules, list, start, " of " + item_name(item));
  }
}

}  // namespace docket::data::detail
