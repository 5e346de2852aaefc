// Whether the report's text mentions each appendix ("Appendix 1", "appendix A", "Appendix 'A'",
// "Appendices A to C", in Welsh "Atodiad A", "Atodiadau A i C"). An appendix nobody is pointed to is usually a leftover or an omission.
#include <algorithm>
#include <array>
#include <set>
#include <vector>

#include "data/detail/rules_context.hpp"
#include "data/detail/rules_values.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

// Inline markup continues a sentence; every other element starts a new block, and a word at
// the end of one paragraph must not pair with a label at the start of the next.
bool is_inline(const xmlNode* element) {
  constexpr std::array<std::string_view, 8> names = {"a", "b", "strong", "i", "em", "u", "link", "ref"};
  for (auto name : names) {
    if (xml::local_name(element) == name) return true;
  }
  return false;
}

constexpr char kBlockBreak = '\x01';

void collect_text(const xmlNode* node, const xmlNode* skip, std::string& out) {
  for (; node != nullptr; node = node->next) {
    if (node == skip) continue;
    if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content) {
      out += reinterpret_cast<const char*>(node->content);
    } else if (node->type == XML_ELEMENT_NODE) {
      const bool block = !is_inline(node) && !xml::is_element(node, "br");
      if (block) out += kBlockBreak;
      if (xml::is_element(node, "br")) out += ' ';
      collect_text(node->children, skip, out);
      if (block) out += kBlockBreak;
    }
  }
}

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Spaces, quotes around labels ('A', ‘A’, “A”) and no-break spaces between words and labels.
std::size_t skip_filler(std::string_view s, std::size_t i) {
  constexpr std::array<std::string_view, 11> fillers = {
      " ", "\t", "\n", "\r", "'", "\"", "\u00A0", "\u2018", "\u2019", "\u201C", "\u201D"};
  for (bool moved = true; moved;) {
    moved = false;
    for (auto filler : fillers) {
      if (s.substr(i, filler.size()) != filler) continue;
      i += filler.size();
      moved = true;
      break;
    }
  }
  return i;
}

struct Separator {
  std::size_t next = 0;
  bool range = false;
  bool found = false;
};

// Between labels of a list: ",", "and", "or", "&" or, for a range, "to", "-", "–", "—"; in
// Welsh "ac", "a", "neu" and, for a range, "i" ("Atodiadau A i C").
Separator separator_at(std::string_view lower, std::size_t i) {
  constexpr std::array<std::pair<std::string_view, bool>, 12> separators = {{
      {",", false}, {"&", false}, {"and", false}, {"or", false},
      {"to", true}, {"-", true}, {"\u2013", true}, {"\u2014", true},
      {"ac", false}, {"a", false}, {"neu", false}, {"i", true}}};
  for (auto [text, range] : separators) {
    const std::size_t end = i + text.size();
    if (lower.substr(i, text.size()) != text) continue;
    if (is_alnum(text[0]) && end < lower.size() && is_alnum(lower[end])) continue;  // "another"
    return {end, range, true};
  }
  return {};
}

class ReferenceScanner {
 public:
  ReferenceScanner(std::string text, const std::vector<std::string>& labels)
      : text_(std::move(text)), lower_(ascii_lower(text_)), labels_(labels), seen_(labels.size()) {}

  std::vector<bool> scan() {
    constexpr std::array<std::string_view, 5> words = {"appendices", "appendixes", "appendix", "atodiadau", "atodiad"};
    for (std::size_t i = 0; i < lower_.size(); ++i) {
      if (i > 0 && is_alnum(lower_[i - 1])) continue;
      for (auto word : words) {
        if (lower_.compare(i, word.size(), word) != 0) continue;
        read_labels(i + word.size());
        break;
      }
    }
    return seen_;
  }

 private:
  std::string_view token_at(std::size_t i) const {
    std::size_t end = i;
    while (end < text_.size() && is_alnum(text_[end])) ++end;
    return std::string_view(text_).substr(i, end - i);
  }

  // Right after "appendix" a label may be in any case ("appendix a"); after "and" or "to" it
  // must be written as labelled, so that "Appendix B and a table" does not mean Appendix A.
  std::optional<std::size_t> label_index(std::string_view token, bool exact) const {
    for (std::size_t k = 0; k < labels_.size(); ++k) {
      if (labels_[k].empty()) continue;
      if (exact ? token == labels_[k] : ascii_lower(token) == ascii_lower(labels_[k])) return k;
    }
    return std::nullopt;
  }

  void read_labels(std::size_t i) {
    std::optional<std::size_t> previous;
    bool range = false;
    for (bool first = true;; first = false) {
      i = skip_filler(text_, i);
      const std::string_view token = token_at(i);
      const auto k = token.empty() ? std::nullopt : label_index(token, !first);
      if (!k) return;
      const std::size_t from = range && previous ? std::min(*previous, *k) : *k;
      const std::size_t to = range && previous ? std::max(*previous, *k) : *k;
      for (std::size_t m = from; m <= to; ++m) seen_[m] = true;
      previous = k;
      const Separator sep = separator_at(lower_, skip_filler(text_, i + token.size()));
      if (!sep.found) return;
      range = sep.range;
      i = sep.next;
    }
  }

  std::string text_;
  std::string lower_;
  const std::vector<std::string>& labels_;
  std::vector<bool> seen_;
};

}  // namespace

void check_appendix_references(RuleContext& rules, const xmlNode* appendices,
                               const std::vector<std::string>& labels) {
  std::string text;
  collect_text(rules.root()->children, appendices, text);
  const std::vector<bool> seen = ReferenceScanner(std::move(text), labels).scan();
  // <ref to="app-b"/> is a mention too, whatever the text around it says.
  std::set<std::string> referred;
  for (const xmlNode* ref : xml::descendants(rules.root(), "ref")) {
    if (auto to = token_attribute(ref, "to")) referred.insert(*to);
  }
  const auto list = xml::children(appendices, "appendix");
  for (std::size_t k = 0; k < list.size() && k < seen.size(); ++k) {
    if (seen[k] || labels[k].empty() || referred.count(token_attribute(list[k], "id").value_or(""))) continue;
    rules.warning(list[k],
                  "appendix " + labels[k] + " (" + in_quotes(token_text(xml::child(list[k], "title"))) +
                      ") is not mentioned in the report's text",
                  "refer to it where the reader needs it, e.g. \u201CAppendix " + labels[k] +
                      " sets out \u2026\u201D, so that readers know it exists and what it is for",
                  "rule.appendix-not-referenced");
  }
}

}  // namespace docket::data::detail
