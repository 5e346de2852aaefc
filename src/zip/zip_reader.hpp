#pragma once
// Reading a zip package that may be hostile. Opening reads the zip directory and every local
// header itself (zip/detail/directory.hpp) and checks the entry count before parsing entries,
// every entry name (no absolute paths, no "..", no backslashes, no duplicates even by case),
// encryption, entries that overlap or lie outside the file, and local headers that disagree
// with the directory; reading an entry counts the bytes as they inflate and stops at the limits.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "zip/limits.hpp"

struct zip;

namespace docket::zip {

namespace detail {
class PackageBytes;
}

struct Entry {
  std::string name;
  std::uint64_t index = 0;
  std::uint64_t compressed_size = 0;  // as the central directory says
  std::uint64_t declared_size = 0;    // as the central directory says: not trusted
  bool is_directory = false;
};

class ZipReader {
 public:
  /// Opens a package file. Throws IoError when it cannot be read or is not a zip (or is
  /// damaged), UnsafeInput when an entry name, the entry count, encryption, overlapping
  /// entries or a directory that two programs could read differently is refused.
  static ZipReader open(const std::filesystem::path& path, Limits limits = {});
  /// Same, over bytes held in memory (e.g. read from standard input).
  static ZipReader from_bytes(std::string bytes, std::string display_name, Limits limits = {});

  ZipReader(ZipReader&&) noexcept;
  ZipReader& operator=(ZipReader&&) noexcept;
  ~ZipReader();

  /// The name used in messages (the path as the user gave it).
  const std::string& display_name() const noexcept;
  /// Entries in central-directory order, directories included.
  const std::vector<Entry>& entries() const noexcept;
  /// The entry with this name, compared case-insensitively as OPC part names are; or null.
  const Entry* find(std::string_view name) const;

  /// Inflates one entry. Throws UnsafeInput when it passes a limit (the entry size, the
  /// package total, the compression ratio) and IoError when its data is damaged.
  std::string read(const Entry& entry);
  /// Inflates the entry with this name; throws IoError when there is none.
  std::string read(std::string_view name);

  /// For an entry copied without inflating it: throws UnsafeInput when the sizes its header
  /// claims already pass the limits (a bomb copied on would harm whoever opens the output).
  void check_claimed_size(const Entry& entry) const;

  /// The libzip archive, for ZipWriter's raw copy. Valid while this reader lives.
  ::zip* native_handle() const noexcept;
  const Limits& limits() const noexcept;

  struct Impl;  // opaque

 private:
  ZipReader(std::unique_ptr<Impl> impl, const detail::PackageBytes& bytes);
  std::unique_ptr<Impl> impl_;
};

}  // namespace docket::zip
