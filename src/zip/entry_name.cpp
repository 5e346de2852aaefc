#include "zip/entry_name.hpp"

namespace docket::zip {

std::optional<std::string> unsafe_entry_name_reason(std::string_view name) {
  if (name.empty()) return "it is empty";
  if (name.front() == '/') return "it is an absolute path";
  if (name.size() >= 2 && name[1] == ':') return "it starts with a drive letter";
  if (name.find('\\') != std::string_view::npos) return "it contains a backslash";
  for (unsigned char c : name) {
    if (c < 0x20 || c == 0x7f) return "it contains a control character";
  }
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return "it contains a \"..\" segment";
    start = end + 1;
  }
  return std::nullopt;
}

std::string fold_case(std::string_view name) {
  std::string out(name);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace docket::zip
