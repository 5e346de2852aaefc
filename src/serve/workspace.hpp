#pragma once
// The workspace: a folder of data files the officer works on, laid out as
//   reports/    one committee report per file
//   agendas/    one agenda per meeting
//   templates/  the council's templates (the house template when there are none)
//   schemes/    the council's status schemes
//   .docket/    history of every save, import mappings, template choices, caches
// Every path the server touches is made here, from a name checked to be a plain file name,
// so no request can reach outside the folder. Saves are compare-and-swap on the content
// hash the form was made from, atomic, and keep the replaced version in the history.
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docket::serve {

enum class FileKind { report, agenda };

/// "reports" / "agendas": the folder and the URL segment.
std::string_view folder_of(FileKind kind);

/// A content hash for versions and caches (FNV-1a, 64 bits, hex). Not a security measure:
/// it tells whether a file changed, and names cached results.
std::string content_hash(std::string_view bytes);

struct FileEntry {
  std::string name;                        // "q2-performance.xml"
  std::filesystem::file_time_type changed;
};

struct Version {
  std::string id;    // "000012-20240101T101500Z"
  std::string when;  // "1 January 2024 10:15:00 UTC"
};

enum class SaveOutcome { saved, unchanged, conflict };

class Workspace {
 public:
  /// Opens (and, if needed, creates) the workspace folder. Throws IoError.
  explicit Workspace(std::filesystem::path root);

  const std::filesystem::path& root() const noexcept { return root_; }

  /// The data file `name` of this kind. Throws UnsafeInput for a name that is not a plain
  /// file name ending .xml (no folders, no "..", no hidden files) or that leads outside.
  std::filesystem::path data_file(FileKind kind, std::string_view name) const;
  bool exists(FileKind kind, std::string_view name) const;
  /// The data files of this kind, by name.
  std::vector<FileEntry> list(FileKind kind) const;
  /// Reads a data file (at most the data size limit). Throws IoError / UnsafeInput.
  std::string read(FileKind kind, std::string_view name) const;

  /// Writes `text` if the file's content hash is still `expected` (the version the officer
  /// opened; "" for a file that must not exist yet). The replaced content goes to the
  /// history first. Atomic: a failed save leaves the file as it was.
  /// `previous`, when given, receives the content replaced.
  SaveOutcome save(FileKind kind, std::string_view name, std::string_view text, std::string_view expected,
                   std::string* previous = nullptr);

  /// Earlier versions, newest first.
  std::vector<Version> history(FileKind kind, std::string_view name) const;
  std::string read_version(FileKind kind, std::string_view name, std::string_view version) const;

  /// A file under .docket/ (settings, mappings, caches); `relative` is docket's own, never
  /// a user's.
  std::filesystem::path state_file(std::string_view relative) const;
  /// Reads a small state file ("" when absent) and writes one atomically.
  std::string read_state(std::string_view relative) const;
  void write_state(std::string_view relative, std::string_view text);
  /// Writes a state file if its content hash is still `expected` ("" for one that must not
  /// exist yet), under the same lock as save(): the compare-and-swap of docket's own files.
  SaveOutcome swap_state(std::string_view relative, std::string_view text, std::string_view expected);

  /// The .docx templates the officer may choose: the council's in templates/, then the house
  /// template shipped with docket. Names are "house" or "templates/NAME.docx".
  std::vector<std::string> template_names() const;
  /// The file a template name stands for. Throws UnsafeInput for anything not listed.
  std::filesystem::path template_file(std::string_view name) const;
  /// The template a report is printed with ("house" unless the officer chose another);
  /// kept in .docket/templates.json.
  std::string template_for(std::string_view report) const;
  void set_template_for(std::string_view report, std::string_view template_name);

  /// The council's status schemes and risk matrices: the first .xml file in schemes/ (by
  /// name), used as `docket validate --scheme` would be; nullopt for the shipped ones.
  std::optional<std::filesystem::path> scheme_file() const;

  /// Names a new file from a title: "q2-performance-report.xml", made unique.
  std::string new_name(FileKind kind, std::string_view title) const;

  /// A meeting's paper: agendas/papers/MEETING/NAME (inside the agenda's folder, as `pack` asks), where MEETING is the agenda's name without .xml
  /// and NAME a plain file name of a type `pack` accepts. Throws UnsafeInput otherwise.
  std::filesystem::path paper_file(std::string_view meeting, std::string_view name) const;
  /// A new paper's name from the name the browser sent ("Site Plan.PDF" → "site-plan.pdf").
  std::string new_paper_name(std::string_view meeting, std::string_view filename) const;
  /// Moves a checked upload (a file in .docket/) to agendas/papers/MEETING/NAME; conflict when a
  /// paper of that name arrived first (never overwritten).
  SaveOutcome add_paper(std::string_view meeting, std::string_view name, const std::filesystem::path& checked);

 private:
  std::filesystem::path history_folder(FileKind kind, std::string_view name) const;
  void keep_in_history(FileKind kind, std::string_view name, std::string_view text);

  std::filesystem::path root_;
  mutable std::mutex save_mutex_;  // one compare-and-swap at a time
};

}  // namespace docket::serve
