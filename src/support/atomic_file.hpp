#pragma once
// Outputs are two-phase: bytes go to a temporary file in the target's folder and commit()
// renames it over the target. An AtomicFile destroyed without commit() removes its temporary
// file, so on any failure the target is untouched and no half-written file is left.
#include <filesystem>
#include <string_view>

namespace docket {

/// Whether commit() forces the bytes to disk (fsync) before the rename. An output someone
/// keeps is durable; a scratch file in a temporary folder, read back in the same run and
/// removed with its folder, is not worth an fsync each (a pack writes many).
enum class Durability { durable, scratch };

class AtomicFile {
 public:
  /// Creates the temporary file next to `target`. Target "-" means standard output: the
  /// temporary file is made in the system temp folder and commit() copies it to stdout.
  /// Throws IoError when the folder does not exist or is not writable.
  explicit AtomicFile(std::filesystem::path target, Durability durability = Durability::durable);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  /// The temporary file; writers that open files by name (libzip) write here.
  const std::filesystem::path& temp_path() const noexcept { return temp_; }
  const std::filesystem::path& target() const noexcept { return target_; }

  /// Appends bytes to the temporary file. Throws IoError.
  void write(std::string_view bytes);
  /// Flushes to disk (when durable) and renames the temporary file over the target. Throws IoError; after a
  /// failure the target is untouched and the temporary file is removed.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  Durability durability_;
  int fd_ = -1;
  bool committed_ = false;
  bool to_stdout_ = false;
};

}  // namespace docket
