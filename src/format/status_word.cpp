#include "format/status_word.hpp"

#include <array>
#include <utility>

namespace docket::format {

namespace {

// Keys are lower case with words separated by one space: the form status_key() gives. The
// Welsh words are those Welsh councils print in performance reports (coch, ambr, gwyrdd: e.g.
// Flintshire's and Denbighshire's Cabinet reports); either language's word is recognised.
struct StatusWord {
  std::string_view key;
  std::string_view english;
  std::string_view welsh_key;
  std::string_view welsh;
};
constexpr std::array<StatusWord, 9> known_words{{
    {"blue", "Blue", "glas", "Glas"},
    {"green", "Green", "gwyrdd", "Gwyrdd"},
    {"amber", "Amber", "ambr", "Ambr"},
    {"red", "Red", "coch", "Coch"},
    {"baseline", "Baseline", "llinell sylfaen", "Llinell sylfaen"},
    {"contextual", "Contextual", "cyd destunol", "Cyd-destunol"},
    {"suspended", "Suspended", "wedi\u2019i atal", "Wedi\u2019i atal"},
    {"in development", "In Development", "yn cael ei ddatblygu", "Yn cael ei ddatblygu"},
    {"no data", "No Data", "dim data", "Dim data"},
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

std::string normalise_status_word(std::string_view word, bool welsh) {
  const std::string key = status_key(word);
  for (const StatusWord& known : known_words) {
    if (key == known.key || key == known.welsh_key) return std::string(welsh ? known.welsh : known.english);
  }
  return std::string(word);
}

}  // namespace docket::format
