#pragma once
// The zip directory as docket reads it itself, before libzip opens the package: the end
// record, the central directory and every local header. Reading it checks what libzip's
// strict mode checked, without refusing the legal layouts that mode refuses (bytes between
// entries or after the directory, data descriptors, differing extra fields or timestamps):
// - the entry count, before any entry is parsed;
// - every entry name (no absolute paths, "..", backslashes or duplicates even by case) and
//   no encryption;
// - every entry's local header and data inside the file, and no two entries' data
//   overlapping each other or the directory (the densest zip bombs are built that way);
// - local headers that agree with the directory, one end record, and no entry header hidden
//   between entries: two programs must never read two different documents from one file.
#include <cstdint>
#include <string>
#include <vector>

#include "zip/detail/package_bytes.hpp"
#include "zip/limits.hpp"

namespace docket::zip::detail {

struct DirectoryEntry {
  std::string name;  // as stored, not decoded
  std::uint16_t flags = 0;
  std::uint16_t method = 0;
  std::uint32_t crc = 0;
  std::uint64_t compressed = 0;
  std::uint64_t uncompressed = 0;
  std::uint64_t local_offset = 0;  // where its local header starts
  std::uint64_t end = 0;           // after its data and data descriptor
};

/// Where the central directory is, as the package's end record says.
struct DirectoryEnd {
  std::uint64_t count = 0;
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
  std::uint64_t records = 0;  // where the end records (zip64 ones first) begin
};

/// Reads and checks the directory of a package; `name` is for messages. Throws IoError for a
/// file that is not a zip or is damaged, UnsafeInput for what the header comment refuses.
std::vector<DirectoryEntry> read_directory(const PackageBytes& bytes, const Limits& limits, const std::string& name);

// The steps of read_directory, each in its own file.

/// Finds the one end record (directory_end.cpp).
DirectoryEnd find_directory_end(const PackageBytes& bytes, const Limits& limits, const std::string& name);
/// Parses the central directory's records and checks names and encryption (directory.cpp).
std::vector<DirectoryEntry> read_central_directory(const PackageBytes& bytes, const DirectoryEnd& end,
                                                   const std::string& name);
/// Reads each entry's local header and data descriptor, setting `end`, and checks they agree
/// with the directory (local_headers.cpp).
void check_local_headers(const PackageBytes& bytes, std::vector<DirectoryEntry>& entries, const std::string& name);
/// Checks that entries and the directory do not overlap and that nothing between them looks
/// like an entry (local_headers.cpp).
void check_layout(const PackageBytes& bytes, const std::vector<DirectoryEntry>& entries, const DirectoryEnd& end,
                  const std::string& name);

// Shared by those files.

/// Little-endian integers in a record; `at` must leave room for the value.
std::uint64_t little_endian(const std::string& record, std::size_t at, int bytes);

/// The sizes and offset of a zip64 extended-information extra field, for the fields whose
/// 32-bit value is 0xFFFFFFFF. Returns false when the field is missing or too short.
bool read_zip64_extra(const std::string& extra, bool uncompressed, bool compressed, bool offset,
                      DirectoryEntry& entry);
/// The Info-ZIP Unicode path (extra field 0x7075) when there is one, else the empty string.
std::string unicode_path(const std::string& extra);

/// IoError: "NAME is damaged or truncated: its zip directory is inconsistent".
[[noreturn]] void throw_damaged(const std::string& name);
/// UnsafeInput: "NAME …WHY, so two programs could read different documents from it".
[[noreturn]] void throw_ambiguous(const std::string& name, const std::string& why);

}  // namespace docket::zip::detail
