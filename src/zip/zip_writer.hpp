#pragma once
// Writing a zip package deterministically and atomically. Entries are written in the order
// they were added, except that [Content_Types].xml always comes first (OPC consumers expect
// it there); every entry has the same fixed timestamp, so the same inputs give the same
// bytes. Nothing reaches the target until commit() succeeds.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "support/atomic_file.hpp"
#include "support/byte_sink.hpp"

namespace docket::zip {

class ZipReader;
struct Entry;

struct Compression {
  bool deflate = true;
  int level = 6;  // 1 (fastest) … 9 (smallest)
};

/// Writes an entry's bytes into the sink it is given. Runs during commit(), in a worker
/// thread, while libzip deflates what it has produced so far: an entry of any size streams
/// through a small bounded buffer. May throw; commit() rethrows the first exception.
using Producer = std::function<void(ByteSink&)>;

class ZipWriter {
 public:
  /// Prepares to write `target` ("-" for standard output). Throws IoError when the target's
  /// folder cannot be written.
  explicit ZipWriter(std::filesystem::path target);
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;
  ~ZipWriter();

  /// Adds an entry with these bytes.
  void add(std::string name, std::string bytes, Compression compression = {});
  /// Adds an entry whose bytes are produced while the package is written.
  void add_stream(std::string name, Producer producer, Compression compression = {});
  /// Adds an entry copied from another package as it is stored (no inflate or deflate).
  /// `from` must outlive commit().
  void add_copy(const ZipReader& from, const Entry& entry, std::string name);

  bool contains(std::string_view name) const;

  /// Writes the package and renames it over the target. Throws what a Producer threw, or
  /// IoError; on failure the target is untouched. When `keep` is given it is asked after
  /// every entry has been produced (problems found while streaming are known by then); if it
  /// says no, the package is discarded and false is returned.
  bool commit(const std::function<bool()>& keep = {});

 private:
  struct Pending;
  std::vector<std::unique_ptr<Pending>> pending_;
  AtomicFile file_;
};

}  // namespace docket::zip
