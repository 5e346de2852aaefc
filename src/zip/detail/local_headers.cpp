// Local headers and where entries lie. A zip names each entry twice, in its local header and
// in the central directory: programs that stream a package read the first, docket and Word
// the second, so the two must describe the same entry. And each entry must own its bytes: a
// zip bomb made of overlapping entries inflates one compressed kernel thousands of times.
#include <algorithm>

#include "support/error.hpp"
#include "zip/detail/directory.hpp"

namespace docket::zip::detail {

namespace {

constexpr std::size_t kLocalSize = 30;
constexpr std::uint16_t kEncrypted = 0x0001 | 0x0040;
constexpr std::uint16_t kDescriptor = 0x0008;
constexpr std::uint64_t kMax32 = 0xFFFFFFFF;

// The length of the data descriptor after an entry's data that matches the directory (with
// or without its signature, with 32- or 64-bit sizes), or 0 when none does.
std::size_t descriptor_length(const PackageBytes& bytes, std::uint64_t at, const DirectoryEntry& e) {
  const std::string d = bytes.read(at, 24);
  for (std::size_t start : {std::size_t{4}, std::size_t{0}}) {
    if (start == 4 && d.compare(0, 4, "PK\x07\x08") != 0) continue;
    for (int width : {4, 8}) {
      const std::size_t length = start + 4 + 2 * static_cast<std::size_t>(width);
      if (d.size() < length) continue;
      if (little_endian(d, start, 4) == e.crc && little_endian(d, start + 4, width) == e.compressed &&
          little_endian(d, start + 4 + static_cast<std::size_t>(width), width) == e.uncompressed) {
        return length;
      }
    }
  }
  return 0;
}

void check_local_header(const PackageBytes& bytes, DirectoryEntry& e, const std::string& name) {
  const std::string header = bytes.read(e.local_offset, kLocalSize);
  if (header.size() < kLocalSize || header.compare(0, 4, "PK\x03\x04") != 0) throw_damaged(name);
  const auto name_length = little_endian(header, 26, 2);
  const auto extra_length = little_endian(header, 28, 2);
  const std::string local_name = bytes.read(e.local_offset + kLocalSize, name_length);
  const std::string extra = bytes.read(e.local_offset + kLocalSize + name_length, extra_length);
  if (local_name.size() + extra.size() < name_length + extra_length) throw_damaged(name);
  const std::string entry = ": its entry \"" + e.name + "\"";
  if (local_name != e.name) throw_ambiguous(name, entry + " is named \"" + local_name + "\" in its local header");
  const auto flags = static_cast<std::uint16_t>(little_endian(header, 6, 2));
  if (little_endian(header, 8, 2) != e.method || (flags & kEncrypted) != (e.flags & kEncrypted)) {
    throw_ambiguous(name, entry + " is stored differently in its local header and in the zip directory");
  }
  DirectoryEntry local{.crc = static_cast<std::uint32_t>(little_endian(header, 14, 4)),
                       .compressed = little_endian(header, 18, 4),
                       .uncompressed = little_endian(header, 22, 4)};
  const bool zip64 = local.compressed == kMax32 || local.uncompressed == kMax32;
  if (zip64 && !read_zip64_extra(extra, true, true, false, local)) throw_damaged(name);
  // With a data descriptor the local header may leave the sizes and checksum as zero.
  const bool deferred = (flags & kDescriptor) != 0 && local.crc == 0 && local.compressed == 0 && local.uncompressed == 0;
  if (!deferred && (local.crc != e.crc || local.compressed != e.compressed || local.uncompressed != e.uncompressed)) {
    throw_ambiguous(name, entry + " has other sizes in its local header than in the zip directory");
  }
  const std::uint64_t data = e.local_offset + kLocalSize + name_length + extra_length;
  if (e.compressed > bytes.size() || data > bytes.size() - e.compressed) throw_damaged(name);
  e.end = data + e.compressed;
  if ((flags & kDescriptor) != 0) {
    const std::size_t descriptor = descriptor_length(bytes, e.end, e);
    if (descriptor == 0 && deferred) {
      throw_ambiguous(name, entry + " has a data descriptor that disagrees with the zip directory");
    }
    e.end += descriptor;
  }
}

// Whether bytes [from, to) hold a local header signature: an entry the directory does not
// list, which a program reading the package from its start would find.
bool holds_entry_header(const PackageBytes& bytes, std::uint64_t from, std::uint64_t to) {
  constexpr std::size_t kChunk = 1 << 20;
  for (std::uint64_t at = from; at < to; at += kChunk) {
    const std::string chunk = bytes.read(at, static_cast<std::size_t>(std::min<std::uint64_t>(kChunk + 3, to - at)));
    if (chunk.find("PK\x03\x04") != std::string::npos) return true;
  }
  return false;
}

struct Span {
  std::uint64_t begin;
  std::uint64_t end;
  const DirectoryEntry* entry;  // null for the central directory
};

}  // namespace

void check_local_headers(const PackageBytes& bytes, std::vector<DirectoryEntry>& entries, const std::string& name) {
  for (auto& e : entries) check_local_header(bytes, e, name);
}

void check_layout(const PackageBytes& bytes, const std::vector<DirectoryEntry>& entries, const DirectoryEnd& end,
                  const std::string& name) {
  std::vector<Span> spans;
  spans.reserve(entries.size() + 1);
  for (const auto& e : entries) spans.push_back({e.local_offset, e.end, &e});
  spans.push_back({end.offset, end.offset + end.size, nullptr});
  std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  const std::string hint = "overlapping entries are how the densest zip bombs are built; Word and LibreOffice never "
                           "write them: do not use this file";
  std::uint64_t covered = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span& s = spans[i];
    if (i > 0 && s.begin < spans[i - 1].end) {
      const Span& a = spans[i - 1];
      if (a.entry == nullptr || s.entry == nullptr) {
        const DirectoryEntry* e = a.entry ? a.entry : s.entry;
        throw UnsafeInput(name + ": the data of its entry \"" + e->name + "\" overlaps the zip directory", hint, name);
      }
      throw UnsafeInput(name + " has entries whose data overlap (\"" + a.entry->name + "\" and \"" + s.entry->name +
                            "\")",
                        hint, name);
    }
    if (s.begin > covered && holds_entry_header(bytes, covered, s.begin)) {
      throw_ambiguous(name, " holds an entry between its entries that the zip directory does not list");
    }
    covered = s.end;
  }
}

std::vector<DirectoryEntry> read_directory(const PackageBytes& bytes, const Limits& limits, const std::string& name) {
  const DirectoryEnd end = find_directory_end(bytes, limits, name);
  auto entries = read_central_directory(bytes, end, name);
  check_local_headers(bytes, entries, name);
  check_layout(bytes, entries, end, name);
  return entries;
}

}  // namespace docket::zip::detail
