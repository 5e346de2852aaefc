// Finding scheme files by id, loading each once, and naming the ids that exist when data
// names one that does not.
#include <algorithm>

#include "data/status_scheme.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace {

// Ids become file names, so only the Keyword form (a-z, 0-9, '-') is ever looked up.
bool safe_id(std::string_view id) {
  if (id.empty() || id.front() == '-') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::string list(const std::vector<std::string>& ids) {
  if (ids.empty()) return "(none)";
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

template <class Item>
const Item* find_id(const std::vector<Item>& items, std::string_view id) {
  for (const Item& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

}  // namespace

std::filesystem::path SchemeLibrary::shipped_folder() {
  return data_dir() / "schemas" / "status-schemes";
}

SchemeLibrary::SchemeLibrary(std::optional<std::filesystem::path> override_file,
                             std::filesystem::path folder)
    : override_file_(std::move(override_file)), folder_(std::move(folder)) {}

void SchemeLibrary::report_once(Diagnostics& diags, Diagnostic d) const {
  const std::string key = d.code + '\x1f' + d.file + '\x1f' + std::to_string(d.line) + ':' +
                          std::to_string(d.column) + '\x1f' + d.message;
  if (reported_.insert(key).second) diags.add(std::move(d));
}

const SchemeFile* SchemeLibrary::file(const std::filesystem::path& path, Diagnostics& diags) const {
  if (auto it = files_.find(path); it != files_.end()) return it->second ? &*it->second : nullptr;
  Diagnostics found;
  std::optional<SchemeFile> loaded;
  try {
    loaded = load_scheme_file(path, xsd_, found);
  } catch (const Error& e) {
    found.add({.severity = Severity::error,
               .file = e.file().empty() ? path.string() : e.file(),
               .line = e.line(),
               .message = e.what(),
               .hint = e.hint(),
               .code = e.code().empty() ? "scheme.unreadable" : e.code()});
  }
  for (const Diagnostic& d : found) report_once(diags, d);
  auto [it, inserted] = files_.emplace(path, std::move(loaded));
  return it->second ? &*it->second : nullptr;
}

std::vector<const SchemeFile*> SchemeLibrary::files_for(std::string_view id, Diagnostics& diags,
                                                        bool& broken) const {
  std::vector<std::filesystem::path> paths;
  if (override_file_) paths.push_back(*override_file_);
  if (safe_id(id)) {
    // "cbc-4x4" → cbc-4x4.xml, then cbc.xml.
    for (std::string stem(id);;) {
      paths.push_back(folder_ / (stem + ".xml"));
      const auto dash = stem.rfind('-');
      if (dash == std::string::npos || dash == 0) break;
      stem.resize(dash);
    }
  }
  std::vector<const SchemeFile*> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (path != override_file_ && !std::filesystem::is_regular_file(path, ec)) continue;
    if (const SchemeFile* f = file(path, diags)) {
      files.push_back(f);
    } else {
      broken = true;
    }
  }
  return files;
}

const StatusScheme* SchemeLibrary::find_scheme(std::string_view id, Diagnostics& diags) const {
  bool broken = false;
  for (const SchemeFile* f : files_for(id, diags, broken)) {
    if (const StatusScheme* s = find_id(f->schemes, id)) return s;
  }
  return nullptr;
}

const RiskMatrix* SchemeLibrary::find_matrix(std::string_view id, Diagnostics& diags) const {
  bool broken = false;
  for (const SchemeFile* f : files_for(id, diags, broken)) {
    if (const RiskMatrix* m = find_id(f->matrices, id)) return m;
  }
  return nullptr;
}

const StatusScheme* SchemeLibrary::scheme(std::string_view id, const DataSource& data,
                                          const xmlNode* where, Diagnostics& diags) const {
  bool broken = false;
  for (const SchemeFile* f : files_for(id, diags, broken)) {
    if (const StatusScheme* s = find_id(f->schemes, id)) return s;
  }
  if (!broken) {
    report_once(diags, data.at(where, Severity::error,
                               "there is no status scheme \"" + std::string(id) +
                                   "\"; the schemes available are " + list(scheme_ids()),
                               "use one of them in statusScheme=\"…\", or give your council's "
                               "scheme file with --scheme FILE (docs/data/status-schemes.md)",
                               "rule.scheme-unknown"));
  }
  return nullptr;
}

const RiskMatrix* SchemeLibrary::matrix(std::string_view id, const DataSource& data,
                                        const xmlNode* where, Diagnostics& diags) const {
  bool broken = false;
  for (const SchemeFile* f : files_for(id, diags, broken)) {
    if (const RiskMatrix* m = find_id(f->matrices, id)) return m;
  }
  if (!broken) {
    report_once(diags, data.at(where, Severity::error,
                               "there is no risk matrix \"" + std::string(id) +
                                   "\"; the matrices available are " + list(matrix_ids()),
                               "use one of them in matrix=\"…\", or give your council's scheme "
                               "file with --scheme FILE (docs/data/status-schemes.md)",
                               "rule.scheme-unknown"));
  }
  return nullptr;
}

void SchemeLibrary::load_override(Diagnostics& diags) const {
  if (override_file_) file(*override_file_, diags);
}

std::vector<std::string> SchemeLibrary::scheme_ids() const { return ids(false); }

std::vector<std::string> SchemeLibrary::matrix_ids() const { return ids(true); }

// Only for messages: reads the ids each file declares without validating it.
std::vector<std::string> SchemeLibrary::ids(bool matrices) const {
  std::vector<std::filesystem::path> paths;
  if (override_file_) paths.push_back(*override_file_);
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder_, ec)) {
    if (entry.path().extension() == ".xml") paths.push_back(entry.path());
  }
  std::vector<std::string> out;
  for (const auto& path : paths) {
    try {
      Diagnostics ignored;
      auto doc = xml::parse(read_file(path, kMaxSchemeFileBytes), path.string(), ignored);
      if (!doc) continue;
      for (const xmlNode* e : xml::children(doc->root(), matrices ? "matrix" : "scheme")) {
        if (auto id = xml::attribute(e, "id")) out.push_back(*id);
      }
    } catch (const Error&) {
      // an unreadable file names no ids
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace docket::data
