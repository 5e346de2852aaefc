#include "data/data_source.hpp"

#include <algorithm>

#include "support/files.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::data {

namespace {
constexpr std::uint64_t kMaxDataBytes = 256ull << 20;

bool is_name_end(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>'; }

// Columns count characters, as editors do, not bytes.
long utf8_length(std::string_view s) {
  return static_cast<long>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}
}  // namespace

DataSource::DataSource(std::string file, std::string text, xml::Document doc)
    : file_(std::move(file)), text_(std::move(text)), doc_(std::move(doc)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

std::filesystem::path DataSource::folder() const {
  if (file_ == "<stdin>") return std::filesystem::current_path();
  auto parent = std::filesystem::path(file_).parent_path();
  return parent.empty() ? std::filesystem::path(".") : parent;
}

std::string DataSource::root_namespace() const {
  xmlNode* r = root();
  return r && r->ns && r->ns->href ? reinterpret_cast<const char*>(r->ns->href) : "";
}

DataKind DataSource::kind() const {
  xmlNode* r = root();
  if (r == nullptr || root_namespace() != kNamespace) return DataKind::other;
  std::string_view name = reinterpret_cast<const char*>(r->name);
  if (name == "report") return DataKind::report;
  if (name == "agenda") return DataKind::agenda;
  return DataKind::other;
}

std::size_t DataSource::line_start(long line) const {
  if (line < 1) return 0;
  auto i = static_cast<std::size_t>(line - 1);
  return i < line_starts_.size() ? line_starts_[i] : text_.size();
}

Position DataSource::position_at(std::size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<long>(it - line_starts_.begin());
  std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
  return {line, utf8_length(std::string_view(text_).substr(start, offset - start)) + 1};
}

// The parser recorded where each start tag ends; the tag begins at the last "<name" before.
std::size_t DataSource::start_tag_offset(const xmlNode* element) const {
  const std::string needle = "<" + xml::qualified_name(element);
  std::size_t end = xml::start_tag_end(element);
  if (end == std::string::npos || end > text_.size()) return line_start(xml::line_of(element));
  for (std::size_t p = text_.rfind(needle, end); p != std::string::npos && p > 0;
       p = text_.rfind(needle, p - 1)) {
    if (p + needle.size() < text_.size() && is_name_end(text_[p + needle.size()])) return p;
  }
  return text_.compare(0, needle.size(), needle) == 0 ? 0 : line_start(xml::line_of(element));
}

Position DataSource::position_of(const xmlNode* element) const {
  if (element == nullptr) return {};
  if (element->type == XML_ATTRIBUTE_NODE) {
    return position_of_attribute(element->parent, reinterpret_cast<const char*>(element->name));
  }
  if (element->type != XML_ELEMENT_NODE) {
    return {xml::line_of(element), 0};
  }
  return position_at(start_tag_offset(element));
}

Position DataSource::position_of_attribute(const xmlNode* element, std::string_view name) const {
  std::size_t start = start_tag_offset(element);
  std::size_t tag_end = text_.find('>', start);
  for (std::size_t p = text_.find(name, start); p != std::string::npos && p < tag_end;
       p = text_.find(name, p + 1)) {
    const bool preceded = p > 0 && (text_[p - 1] == ' ' || text_[p - 1] == '\n' ||
                                    text_[p - 1] == '\t' || text_[p - 1] == '\r' || text_[p - 1] == ':');
    std::size_t after = p + name.size();
    while (after < text_.size() && (text_[after] == ' ' || text_[after] == '\t')) ++after;
    if (preceded && after < text_.size() && text_[after] == '=') return position_at(p);
  }
  return position_at(start);
}

Position DataSource::position_in(const xmlNode* element, std::string_view needle) const {
  std::size_t start = start_tag_offset(element);
  std::size_t p = text_.find(needle, start);
  return p == std::string::npos ? position_at(start) : position_at(p);
}

Diagnostic DataSource::at(const xmlNode* node, Severity severity, std::string message,
                          std::string hint, std::string code) const {
  Position pos = position_of(node);
  return {.severity = severity,
          .file = file_,
          .line = pos.line,
          .column = pos.column,
          .message = std::move(message),
          .hint = std::move(hint),
          .code = std::move(code),
          .node = xml::node_path(node)};
}

std::optional<DataSource> load_data(const std::filesystem::path& path, Diagnostics& diags) {
  const std::string name = path == "-" ? "<stdin>" : path.string();
  std::string text = read_file(path, kMaxDataBytes);
  auto doc = xml::parse(text, name, diags);
  if (!doc) return std::nullopt;
  return DataSource(name, std::move(text), std::move(*doc));
}

}  // namespace docket::data
