#include "pack/detail/merge_bookmarks.hpp"

#include <cctype>

#include "ooxml/names.hpp"
#include "xml/node.hpp"

namespace docket::pack::detail {

namespace {

// Word refuses bookmark names longer than 40 characters.
constexpr std::size_t kMaxName = 40;

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool BookmarkNames::reserve(std::string_view name) { return taken_.insert(lower_ascii(name)).second; }

NameMap BookmarkNames::plan(const std::set<std::string>& unit_names, int unit_number) {
  NameMap renamed;
  std::set<std::string> clashing;
  for (const auto& name : unit_names) {
    if (taken_.count(lower_ascii(name))) clashing.insert(name);
  }
  // The unit's own names are taken first, so that a fresh name cannot clash with one of them.
  for (const auto& name : unit_names) taken_.insert(lower_ascii(name));
  for (const auto& name : clashing) {
    std::string suffix = "_" + std::to_string(unit_number);
    for (int n = 2;; ++n) {
      std::string fresh = name.substr(0, kMaxName - std::min(kMaxName, suffix.size())) + suffix;
      if (taken_.insert(lower_ascii(fresh)).second) {
        renamed[lower_ascii(name)] = fresh;
        break;
      }
      suffix = "_" + std::to_string(unit_number) + "_" + std::to_string(n);
    }
  }
  return renamed;
}

void collect_bookmark_names(const xmlNode* root, std::set<std::string>& out) {
  for (xmlNode* b : xml::descendants(root, "bookmarkStart")) {
    if (xml::namespace_of(b) != ooxml::ns::w) continue;
    if (auto name = w_attr(b, "name")) out.insert(*name);
  }
}

std::string rename_in_instruction(std::string_view instruction, const NameMap& renamed) {
  if (renamed.empty()) return std::string(instruction);
  std::string out;
  std::size_t i = 0;
  while (i < instruction.size()) {
    if (!is_name_char(instruction[i])) {
      out += instruction[i++];
      continue;
    }
    std::size_t end = i;
    while (end < instruction.size() && is_name_char(instruction[end])) ++end;
    std::string_view word = instruction.substr(i, end - i);
    auto it = renamed.find(lower_ascii(word));
    out += it == renamed.end() ? std::string(word) : it->second;
    i = end;
  }
  return out;
}

}  // namespace docket::pack::detail
