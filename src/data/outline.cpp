#include "data/outline.hpp"

#include <array>
#include <optional>
#include <utility>

namespace docket::data {

namespace {

struct PartName {
  std::string_view word;
  PartKind kind;
  bool keyed;  // written "word:KEY"
};

constexpr std::array<PartName, 17> kParts = {{
    {"summary", PartKind::summary, false},
    {"terms-of-reference", PartKind::terms_of_reference, false},
    {"timescales", PartKind::timescales, false},
    {"priorities", PartKind::priorities, false},
    {"urgency", PartKind::urgency, false},
    {"recommendations", PartKind::recommendations, false},
    {"reasons", PartKind::reasons, false},
    {"sections", PartKind::sections, false},
    {"section", PartKind::section_kind, true},
    {"implications", PartKind::implications, false},
    {"implication", PartKind::implication_type, true},
    {"each-implication", PartKind::each_implication, false},
    {"risks", PartKind::risks, false},
    {"kpis", PartKind::kpis, false},
    {"action-plan", PartKind::action_plan, false},
    {"background-papers", PartKind::background_papers, false},
    {"appendices", PartKind::appendices, false},
}};

std::string known_words() {
  std::string out;
  for (const auto& p : kParts) {
    if (!out.empty()) out += ", ";
    out += std::string(p.word) + (p.keyed ? ":…" : "");
  }
  return out + " and flat";
}

std::optional<OutlinePart> parse_part(std::string_view word, std::vector<std::string>& errors) {
  const auto colon = word.find(':');
  const std::string_view name = word.substr(0, colon);
  const std::string_view key = colon == std::string_view::npos ? std::string_view() : word.substr(colon + 1);
  for (const auto& p : kParts) {
    if (p.word != name) continue;
    if (p.keyed == key.empty()) {
      errors.push_back(p.keyed ? "“" + std::string(word) + "” needs a kind or type after a colon, e.g. " +
                                     std::string(name) + (name == "section" ? ":origin" : ":financial")
                               : "“" + std::string(word) + "” takes nothing after a colon");
      return std::nullopt;
    }
    return OutlinePart{p.kind, std::string(key)};
  }
  errors.push_back("unknown part “" + std::string(word) + "”; the outline knows " + known_words());
  return std::nullopt;
}

std::string_view name_of(const OutlinePart& part) {
  for (const auto& p : kParts) {
    if (p.kind == part.kind) return p.word;
  }
  return {};
}

}  // namespace

const Outline& Outline::house() {
  static const Outline outline = [] {
    std::vector<std::string> errors;
    return parse(
        "summary+terms-of-reference urgency timescales priorities sections reasons kpis action-plan "
        "implications risks background-papers appendices",
        errors);
  }();
  return outline;
}

Outline Outline::parse(std::string_view text, std::vector<std::string>& errors) {
  Outline out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r' || text[i] == ',')) ++i;
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n' && text[end] != '\r' &&
           text[end] != ',') {
      ++end;
    }
    std::string_view word = text.substr(i, end - i);
    i = end;
    if (word.empty()) continue;
    if (word == "flat") {
      out.flat = true;
      continue;
    }
    OutlineItem item;
    if (word.front() == '~') {
      item.numbered = false;
      word.remove_prefix(1);
    }
    for (std::size_t start = 0; start <= word.size();) {
      const std::size_t plus = std::min(word.find('+', start), word.size());
      if (auto part = parse_part(word.substr(start, plus - start), errors)) item.parts.push_back(std::move(*part));
      start = plus + 1;
    }
    if (!item.parts.empty()) out.items.push_back(std::move(item));
  }
  return out;
}

std::string Outline::to_string() const {
  std::string out = flat ? "flat" : "";
  for (const auto& item : items) {
    if (!out.empty()) out += ' ';
    if (!item.numbered) out += '~';
    for (std::size_t p = 0; p < item.parts.size(); ++p) {
      if (p > 0) out += '+';
      out += std::string(name_of(item.parts[p]));
      if (!item.parts[p].key.empty()) out += ":" + item.parts[p].key;
    }
  }
  return out;
}

}  // namespace docket::data
