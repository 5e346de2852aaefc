// Finding the end-of-central-directory record. libzip looks for it in the last 64 KiB (the
// longest archive comment) and, with several candidates, picks one by heuristics; docket
// accepts exactly one candidate that points at a central directory, so that every program
// reads the same directory. The entry count is checked here, before any entry is parsed.
#include <vector>

#include "support/error.hpp"
#include "zip/detail/directory.hpp"

namespace docket::zip::detail {

namespace {

constexpr std::uint64_t kEndSize = 22;
constexpr std::uint64_t kLocatorSize = 20;
constexpr std::uint64_t kZip64EndSize = 56;
constexpr std::uint64_t kWindow = 65535 + kEndSize + kLocatorSize;

bool starts_with(const std::string& s, std::size_t at, std::string_view magic) {
  return s.size() >= at + magic.size() && s.compare(at, magic.size(), magic) == 0;
}

struct Candidate {
  DirectoryEnd end;
  bool multi_disk = false;
  bool disagrees = false;  // the zip64 record and the 32-bit record give different values
};

// Reads the zip64 end record a locator points at; false when there is none to read.
bool read_zip64_end(const PackageBytes& bytes, std::uint64_t locator_at, const std::string& end32, Candidate& c) {
  const std::string locator = bytes.read(locator_at, kLocatorSize);
  const std::uint64_t at = little_endian(locator, 8, 8);
  if (at > locator_at || locator_at - at < kZip64EndSize) return false;
  const std::string record = bytes.read(at, kZip64EndSize);
  if (!starts_with(record, 0, "PK\x06\x06")) return false;
  c.end = {.count = little_endian(record, 32, 8), .offset = little_endian(record, 48, 8),
           .size = little_endian(record, 40, 8), .records = at};
  c.multi_disk = little_endian(record, 16, 4) != 0 || little_endian(record, 20, 4) != 0 ||
                 little_endian(record, 24, 8) != c.end.count || little_endian(locator, 16, 4) > 1;
  // A 32-bit field that is not the "see zip64" marker must say the same as the zip64 record,
  // or a reader that ignores zip64 reads another directory.
  auto differs = [&](std::size_t field, int width, std::uint64_t value) {
    const std::uint64_t v = little_endian(end32, field, width);
    return v != (width == 2 ? 0xFFFFu : 0xFFFFFFFFu) && v != value;
  };
  // Readers that find the zip64 record just before the locator, not where the locator says,
  // must find the same one.
  c.disagrees = differs(10, 2, c.end.count) || differs(12, 4, c.end.size) || differs(16, 4, c.end.offset) ||
                at + kZip64EndSize != locator_at;
  return true;
}

}  // namespace

DirectoryEnd find_directory_end(const PackageBytes& bytes, const Limits& limits, const std::string& name) {
  const std::uint64_t size = bytes.size();
  const std::uint64_t tail_at = size > kWindow ? size - kWindow : 0;
  const std::string tail = bytes.read(tail_at, static_cast<std::size_t>(size - tail_at));
  std::vector<Candidate> found;
  bool seen_signature = false;
  for (std::size_t i = tail.find("PK\x05\x06"); i != std::string::npos; i = tail.find("PK\x05\x06", i + 1)) {
    if (i + kEndSize > tail.size()) break;
    seen_signature = true;
    const std::string end32 = tail.substr(i, kEndSize);
    if (i + kEndSize + little_endian(end32, 20, 2) > tail.size()) continue;  // its comment runs past the end
    const std::uint64_t at = tail_at + i;
    Candidate c;
    if (at >= kLocatorSize && starts_with(bytes.read(at - kLocatorSize, 4), 0, "PK\x06\x07")) {
      if (!read_zip64_end(bytes, at - kLocatorSize, end32, c)) continue;
    } else {
      c.end = {.count = little_endian(end32, 10, 2), .offset = little_endian(end32, 16, 4),
               .size = little_endian(end32, 12, 4), .records = at};
      c.multi_disk = little_endian(end32, 4, 2) != 0 || little_endian(end32, 6, 2) != 0 ||
                     little_endian(end32, 8, 2) != c.end.count;
    }
    // It must point at a central directory that ends before the end records.
    if (c.end.offset > c.end.records || c.end.size > c.end.records - c.end.offset) continue;
    if (c.end.count > 0 && !starts_with(bytes.read(c.end.offset, 4), 0, "PK\x01\x02")) continue;
    found.push_back(c);
  }
  if (found.empty()) {
    // A file that starts as a zip but has no directory was cut short.
    if (seen_signature || starts_with(bytes.read(0, 4), 0, "PK\x03\x04")) throw_damaged(name);
    throw IoError(name + " is not a zip package (a .docx is a zip file)",
                  "check that the file is a .docx saved by Word or LibreOffice", name);
  }
  if (found.size() > 1) throw_ambiguous(name, " has more than one end-of-directory record");
  const Candidate& c = found.front();
  if (c.multi_disk) {
    throw IoError(name + " is a split (multi-disk) zip, which docket does not read",
                  "check that the file is a .docx saved by Word or LibreOffice", name);
  }
  if (c.disagrees) throw_ambiguous(name, ": its zip64 end record and its end record describe different directories");
  // Readers that allow for bytes prepended to a zip (Python's zipfile, Info-ZIP) take any
  // such bytes for a shift of every offset.
  if (c.end.offset + c.end.size != c.end.records) {
    throw_ambiguous(name, " has bytes between its zip directory and its end record");
  }
  if (c.end.count > limits.max_entries) {
    throw UnsafeInput(name + " has " + std::to_string(c.end.count) + " entries, more than the limit of " +
                          std::to_string(limits.max_entries),
                      "a Word document has a few dozen parts; this file is not a normal document", name);
  }
  return c.end;
}

}  // namespace docket::zip::detail
