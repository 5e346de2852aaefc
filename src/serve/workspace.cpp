#include "serve/workspace.hpp"

#include "data/paper_file.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

#include <nlohmann/json.hpp>

#include "data/paper_file.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/files.hpp"

namespace docket::serve {

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kMaxDataBytes = 16u << 20;  // the upload limit too
constexpr std::size_t kHistoryKept = 200;

bool plain_name(std::string_view name, std::string_view extension) {
  if (name.empty() || name.size() > 120 || name.front() == '.' || name.front() == '-') return false;
  if (name.size() <= extension.size() || name.substr(name.size() - extension.size()) != extension) return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return name.find("..") == std::string_view::npos;
}

// The file must be a direct child of `folder` once links are followed.
fs::path confined(const fs::path& folder, std::string_view name) {
  const fs::path p = folder / std::string(name);
  std::error_code ec;
  const fs::path real = fs::weakly_canonical(p, ec);
  if (ec || real.parent_path() != fs::weakly_canonical(folder, ec)) {
    throw UnsafeInput("that file is outside the workspace", "open files from the workspace's own lists");
  }
  return p;
}

std::string utc_stamp(bool for_people) {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, for_people ? "%e %B %Y %H:%M:%S UTC" : "%Y%m%dT%H%M%SZ", &tm);
  std::string s = buf;
  if (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

std::string people_time(std::string_view stamp) {
  // 20240101T101500Z → 1 January 2024 10:15:00 UTC
  static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};
  if (stamp.size() != 16) return std::string(stamp);
  const int month = std::stoi(std::string(stamp.substr(4, 2)));
  if (month < 1 || month > 12) return std::string(stamp);
  return std::to_string(std::stoi(std::string(stamp.substr(6, 2)))) + " " + months[month - 1] + " " +
         std::string(stamp.substr(0, 4)) + " " + std::string(stamp.substr(9, 2)) + ":" +
         std::string(stamp.substr(11, 2)) + ":" + std::string(stamp.substr(13, 2)) + " UTC";
}

void write_atomically(const fs::path& target, std::string_view text) {
  fs::create_directories(target.parent_path());
  AtomicFile out(target);
  out.write(text);
  out.commit();
}

}  // namespace

std::string_view folder_of(FileKind kind) { return kind == FileKind::report ? "reports" : "agendas"; }

std::string content_hash(std::string_view bytes) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Workspace::Workspace(fs::path root) {
  std::error_code ec;
  fs::create_directories(root, ec);
  root_ = fs::weakly_canonical(root, ec);
  if (ec || !fs::is_directory(root_)) {
    throw IoError("cannot use " + root.string() + " as the workspace: it is not a folder",
                  "give --workspace a folder you can write to");
  }
  for (const char* sub : {"reports", "agendas", ".docket"}) fs::create_directories(root_ / sub, ec);
  if (ec) throw IoError("cannot create folders in " + root_.string(), "check the folder's permissions");
}

fs::path Workspace::data_file(FileKind kind, std::string_view name) const {
  if (!plain_name(name, ".xml")) {
    std::string shown;
    for (char c : name.substr(0, 80)) shown += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
    throw UnsafeInput("“" + shown + "” is not a data file name this editor uses",
                      "names are letters, digits, hyphens and dots, ending .xml");
  }
  return confined(root_ / folder_of(kind), name);
}

bool Workspace::exists(FileKind kind, std::string_view name) const {
  std::error_code ec;
  return fs::is_regular_file(data_file(kind, name), ec);
}

std::vector<FileEntry> Workspace::list(FileKind kind) const {
  std::vector<FileEntry> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(root_ / folder_of(kind), ec)) {
    const std::string name = e.path().filename().string();
    if (!e.is_regular_file(ec) || !plain_name(name, ".xml")) continue;
    out.push_back({name, e.last_write_time(ec)});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

std::string Workspace::read(FileKind kind, std::string_view name) const {
  return read_file(data_file(kind, name), kMaxDataBytes);
}

fs::path Workspace::history_folder(FileKind kind, std::string_view name) const {
  return root_ / ".docket" / "history" / folder_of(kind) / std::string(name);
}

void Workspace::keep_in_history(FileKind kind, std::string_view name, std::string_view text) {
  const fs::path folder = history_folder(kind, name);
  auto versions = history(kind, name);
  long next = 1;
  if (!versions.empty()) next = std::stol(versions.front().id.substr(0, 6)) + 1;
  char seq[24];
  std::snprintf(seq, sizeof seq, "%06ld", next);
  write_atomically(folder / (std::string(seq) + "-" + utc_stamp(false) + ".xml"), text);
  std::error_code ec;
  for (std::size_t i = kHistoryKept; i < versions.size(); ++i) fs::remove(folder / (versions[i].id + ".xml"), ec);
}

SaveOutcome Workspace::save(FileKind kind, std::string_view name, std::string_view text, std::string_view expected,
                            std::string* previous) {
  const fs::path target = data_file(kind, name);
  const std::lock_guard lock(save_mutex_);
  std::error_code ec;
  const bool present = fs::is_regular_file(target, ec);
  const std::string current = present ? read_file(target, kMaxDataBytes) : std::string();
  const std::string current_hash = present ? content_hash(current) : std::string();
  if (current_hash != expected) return SaveOutcome::conflict;
  if (present && current == text) return SaveOutcome::unchanged;
  if (present) keep_in_history(kind, name, current);
  write_atomically(target, text);
  if (previous) *previous = current;
  return SaveOutcome::saved;
}

std::vector<Version> Workspace::history(FileKind kind, std::string_view name) const {
  std::vector<Version> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(history_folder(kind, name), ec)) {
    const std::string stem = e.path().stem().string();
    if (e.path().extension() != ".xml" || stem.size() != 23 || stem[6] != '-') continue;
    out.push_back({stem, people_time(std::string_view(stem).substr(7))});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id > b.id; });
  return out;
}

std::string Workspace::read_version(FileKind kind, std::string_view name, std::string_view version) const {
  data_file(kind, name);  // checks the name
  for (const auto& v : history(kind, name)) {
    if (v.id == version) return read_file(history_folder(kind, name) / (v.id + ".xml"), kMaxDataBytes);
  }
  throw IoError("there is no such earlier version", "choose a version from the history page");
}

fs::path Workspace::state_file(std::string_view relative) const { return root_ / ".docket" / std::string(relative); }

std::string Workspace::read_state(std::string_view relative) const {
  std::error_code ec;
  const fs::path p = state_file(relative);
  if (!fs::is_regular_file(p, ec)) return {};
  return read_file(p, kMaxDataBytes);
}

void Workspace::write_state(std::string_view relative, std::string_view text) {
  write_atomically(state_file(relative), text);
}

SaveOutcome Workspace::swap_state(std::string_view relative, std::string_view text, std::string_view expected) {
  const std::lock_guard lock(save_mutex_);
  const std::string current = read_state(relative);
  if ((current.empty() ? std::string() : content_hash(current)) != expected) return SaveOutcome::conflict;
  if (current == text) return SaveOutcome::unchanged;
  write_atomically(state_file(relative), text);
  return SaveOutcome::saved;
}

std::vector<std::string> Workspace::template_names() const {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(root_ / "templates", ec)) {
    const std::string name = e.path().filename().string();
    if (e.is_regular_file(ec) && plain_name(name, ".docx")) out.push_back("templates/" + name);
  }
  std::sort(out.begin(), out.end());
  out.push_back("house");
  return out;
}

fs::path Workspace::template_file(std::string_view name) const {
  if (name == "house") return data_dir() / "templates" / "committee-report.docx";
  for (const auto& t : template_names()) {
    if (t == name) return confined(root_ / "templates", std::string_view(t).substr(10));
  }
  throw UnsafeInput("there is no template “" + std::string(name) + "” in this workspace",
                    "put the council's templates in the workspace's templates folder");
}

std::string Workspace::template_for(std::string_view report) const {
  const std::string text = read_state("templates.json");
  if (!text.empty()) {
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_object() && j.contains(std::string(report)) && j[std::string(report)].is_string()) {
      const std::string name = j[std::string(report)];
      const auto names = template_names();
      if (std::find(names.begin(), names.end(), name) != names.end()) return name;
    }
  }
  return "house";
}

void Workspace::set_template_for(std::string_view report, std::string_view template_name) {
  const std::lock_guard lock(save_mutex_);
  auto j = nlohmann::json::parse(read_state("templates.json"), nullptr, false);
  if (!j.is_object()) j = nlohmann::json::object();
  j[std::string(report)] = std::string(template_name);
  write_state("templates.json", j.dump(2) + "\n");
}

std::optional<fs::path> Workspace::scheme_file() const {
  std::vector<fs::path> found;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(root_ / "schemes", ec)) {
    if (e.is_regular_file(ec) && plain_name(e.path().filename().string(), ".xml")) found.push_back(e.path());
  }
  if (found.empty()) return std::nullopt;
  return *std::min_element(found.begin(), found.end());
}

namespace {

// "Q2 Performance Report" → "q2-performance-report" (at most 60 characters; "" for none).
std::string slug_of(std::string_view title) {
  std::string slug;
  for (char c : title) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug += c;
    } else if (c >= 'A' && c <= 'Z') {
      slug += static_cast<char>(c - 'A' + 'a');
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
    if (slug.size() >= 60) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

}  // namespace

std::string Workspace::new_name(FileKind kind, std::string_view title) const {
  std::string slug = slug_of(title);
  if (slug.empty()) slug = kind == FileKind::report ? "report" : "agenda";
  std::string name = slug + ".xml";
  for (int n = 2; exists(kind, name); ++n) name = slug + "-" + std::to_string(n) + ".xml";
  return name;
}

fs::path Workspace::paper_file(std::string_view meeting, std::string_view name) const {
  const auto dot = name.rfind('.');
  if (!plain_name(meeting, "") || meeting.find('.') != std::string_view::npos || dot == std::string_view::npos ||
      !plain_name(name, name.substr(dot)) || data::format_by_name(std::string(name)) == data::PaperFormat::unknown) {
    throw UnsafeInput("“" + std::string(name) + "” is not the name of a paper docket keeps",
                      "open papers from the meeting's page");
  }
  const fs::path folder = root_ / "agendas" / "papers" / std::string(meeting);
  return confined(folder, name);
}

std::string Workspace::new_paper_name(std::string_view meeting, std::string_view filename) const {
  const auto dot = filename.rfind('.');
  std::string ext = dot == std::string_view::npos ? std::string() : std::string(filename.substr(dot));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string slug = slug_of(filename.substr(0, dot == std::string_view::npos ? filename.size() : dot));
  if (slug.empty()) slug = "paper";
  std::string name = slug + ext;
  std::error_code ec;
  for (int n = 2; fs::exists(paper_file(meeting, name), ec); ++n) name = slug + "-" + std::to_string(n) + ext;
  return name;
}

SaveOutcome Workspace::add_paper(std::string_view meeting, std::string_view name, const fs::path& checked) {
  const fs::path target = paper_file(meeting, name);
  const std::lock_guard lock(save_mutex_);
  std::error_code ec;
  if (fs::exists(target, ec)) return SaveOutcome::conflict;
  fs::create_directories(target.parent_path());
  fs::rename(checked, target);
  return SaveOutcome::saved;
}

}  // namespace docket::serve
