#include "ooxml/part_name.hpp"

#include <vector>

namespace docket::ooxml {

std::string_view folder_of(std::string_view part) {
  auto slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : part.substr(0, slash + 1);
}

std::string rels_part_for(std::string_view part) {
  if (part.empty()) return "_rels/.rels";
  auto folder = folder_of(part);
  return std::string(folder) + "_rels/" + std::string(part.substr(folder.size())) + ".rels";
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      int hi = hex_value(s[i + 1]);
      int lo = hex_value(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

}  // namespace

std::string resolve_target(std::string_view source_part, std::string_view target) {
  std::string path = percent_decode(target);
  if (auto hash = path.find('#'); hash != std::string::npos) path.resize(hash);
  std::string joined = !path.empty() && path.front() == '/'
                           ? path.substr(1)
                           : std::string(folder_of(source_part)) + path;
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    auto end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string seg = joined.substr(start, end - start);
    if (seg == "..") {
      if (segments.empty()) return {};
      segments.pop_back();
    } else if (!seg.empty() && seg != ".") {
      segments.push_back(std::move(seg));
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& s : segments) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}

std::string relative_target(std::string_view source_part, std::string_view part) {
  auto folder = folder_of(source_part);
  if (part.substr(0, folder.size()) == folder) return std::string(part.substr(folder.size()));
  return "/" + std::string(part);
}

}  // namespace docket::ooxml
