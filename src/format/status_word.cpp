#include "format/status_word.hpp"

#include <array>
#include <utility>

namespace docket::format {

namespace {

// Keys are lower case with words separated by one space: the form status_key() gives.
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> known_words{{
    {"blue", "Blue"},
    {"green", "Green"},
    {"amber", "Amber"},
    {"red", "Red"},
    {"baseline", "Baseline"},
    {"contextual", "Contextual"},
    {"suspended", "Suspended"},
    {"in development", "In Development"},
    {"no data", "No Data"},
}};

// Data exported from different systems spells one status "In Development", "in-development"
// or "IN_DEVELOPMENT"; they all mean the same word.
std::string status_key(std::string_view word) {
  std::string key;
  bool gap = false;
  for (const char c : word) {
    if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' || c == '\r') {
      gap = !key.empty();
    } else {
      if (gap) key += ' ';
      gap = false;
      key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return key;
}

}  // namespace

std::string normalise_status_word(std::string_view word) {
  const std::string key = status_key(word);
  for (const auto& [known, printed] : known_words) {
    if (key == known) return std::string(printed);
  }
  return std::string(word);
}

}  // namespace docket::format
