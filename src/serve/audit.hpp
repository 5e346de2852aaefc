#pragma once
// The audit trail: one JSON line per change to the workspace (who, when, what, which file,
// the BLAKE2b-256 hashes of its content before and after), appended to .docket/audit.log.
// docket only ever appends to the file (O_APPEND, one write per line), never rewrites it.
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace docket::serve {

struct Change {
  std::string when;  // "2024-01-01T10:15:00Z"
  std::string who;
  std::string what;  // created, uploaded, saved, restored, imported, template
  std::string file;  // "reports/q2.xml", relative to the workspace
  std::string old_hash;  // "" when the file did not exist
  std::string new_hash;
  std::string detail;    // the part saved, the version restored, the template chosen
};

/// The time now, "2024-01-01T10:15:00Z".
std::string utc_now();

/// "blake2b-256:" and 64 hex digits (libsodium's crypto_generichash).
std::string audit_hash(std::string_view bytes);

class AuditLog {
 public:
  explicit AuditLog(std::filesystem::path file) : file_(std::move(file)) {}
  const std::filesystem::path& file() const noexcept { return file_; }
  /// Appends one line; `when` is filled in when empty. Throws IoError.
  void append(Change change);
  /// The changes to one file, oldest first (lines docket cannot read are skipped).
  std::vector<Change> changes_to(std::string_view file) const;
  /// The changes to every file `wanted` names (a path as in Change::file), oldest first.
  std::vector<Change> changes_to_any(const std::function<bool(std::string_view)>& wanted) const;

 private:
  std::filesystem::path file_;
  std::mutex mutex_;
};

}  // namespace docket::serve
