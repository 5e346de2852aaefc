// Reading the central directory's records: names, flags, sizes and where each entry's local
// header is, with the checks on names and encryption docket makes before using a package.
#include "zip/detail/directory.hpp"

#include <unordered_map>

#include "support/error.hpp"
#include "zip/entry_name.hpp"

namespace docket::zip::detail {

namespace {

constexpr std::size_t kRecordSize = 46;
constexpr std::uint16_t kEncrypted = 0x0001 | 0x0040;  // traditional or strong encryption
constexpr std::uint64_t kMax32 = 0xFFFFFFFF;

bool is_ascii(const std::string& s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

class NameCheck {
 public:
  explicit NameCheck(const std::string& package) : package_(package) {}

  void check(const DirectoryEntry& e, const std::string& extra) {
    if (auto why = unsafe_entry_name_reason(e.name)) {
      throw UnsafeInput(package_ + " contains an entry named \"" + e.name + "\", which is refused because " + *why,
                        "a genuine document never has such names; do not use this file", package_);
    }
    // A second name in an extra field is what readers that know the field use. For an ASCII
    // name there is no reason for one to differ, except to show two programs two documents.
    const std::string other = unicode_path(extra);
    if (!other.empty() && other != e.name && is_ascii(e.name)) {
      throw_ambiguous(package_, ": its entry \"" + e.name + "\" has a second name, \"" + other + "\"");
    }
    if ((e.flags & kEncrypted) != 0) {
      throw UnsafeInput(package_ + " has an encrypted entry \"" + e.name + "\"",
                        "remove the password protection in Word (File › Info › Protect Document) and save again",
                        package_);
    }
    const std::string hint =
        "duplicate names let two programs see different documents; save the document again from Word or LibreOffice";
    auto [it, inserted] = seen_.emplace(fold_case(e.name), e.name);
    if (inserted) return;
    if (it->second == e.name) throw UnsafeInput(package_ + " contains two entries with the same name", hint, package_);
    throw UnsafeInput(package_ + " contains the entry \"" + e.name + "\" twice (as \"" + it->second + "\")", hint,
                      package_);
  }

 private:
  const std::string& package_;
  std::unordered_map<std::string, std::string> seen_;  // folded name → name
};

}  // namespace

std::vector<DirectoryEntry> read_central_directory(const PackageBytes& bytes, const DirectoryEnd& end,
                                                   const std::string& name) {
  std::vector<DirectoryEntry> entries;
  entries.reserve(static_cast<std::size_t>(end.count));
  NameCheck names(name);
  const std::uint64_t limit = end.offset + end.size;
  std::uint64_t at = end.offset;
  for (std::uint64_t k = 0; k < end.count; ++k) {
    if (limit - at < kRecordSize) throw_damaged(name);
    const std::string record = bytes.read(at, kRecordSize);
    if (record.size() < kRecordSize || record.compare(0, 4, "PK\x01\x02") != 0) throw_damaged(name);
    const auto name_length = little_endian(record, 28, 2);
    const auto extra_length = little_endian(record, 30, 2);
    const auto length = kRecordSize + name_length + extra_length + little_endian(record, 32, 2);
    if (limit - at < length) throw_damaged(name);
    DirectoryEntry e{.name = bytes.read(at + kRecordSize, name_length),
                     .flags = static_cast<std::uint16_t>(little_endian(record, 8, 2)),
                     .method = static_cast<std::uint16_t>(little_endian(record, 10, 2)),
                     .crc = static_cast<std::uint32_t>(little_endian(record, 16, 4)),
                     .compressed = little_endian(record, 20, 4),
                     .uncompressed = little_endian(record, 24, 4),
                     .local_offset = little_endian(record, 42, 4)};
    const std::string extra = bytes.read(at + kRecordSize + name_length, extra_length);
    if ((e.uncompressed == kMax32 || e.compressed == kMax32 || e.local_offset == kMax32) &&
        !read_zip64_extra(extra, e.uncompressed == kMax32, e.compressed == kMax32, e.local_offset == kMax32, e)) {
      throw_damaged(name);
    }
    names.check(e, extra);
    entries.push_back(std::move(e));
    at += length;
  }
  // libzip reads as many records as the end record counts, other readers as many as fit in
  // the directory's size: the two must agree.
  if (at != limit) throw_ambiguous(name, ": its zip directory holds more entries than its end record counts");
  return entries;
}

std::uint64_t little_endian(const std::string& record, std::size_t at, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(record[at + static_cast<std::size_t>(i)]);
  return v;
}

namespace {

// Calls `visit(id, data)` for each well-formed extra field.
template <typename Visit>
void each_extra_field(const std::string& extra, Visit visit) {
  std::size_t at = 0;
  while (at + 4 <= extra.size()) {
    const auto id = little_endian(extra, at, 2);
    const auto length = static_cast<std::size_t>(little_endian(extra, at + 2, 2));
    if (at + 4 + length > extra.size()) return;
    visit(id, extra.substr(at + 4, length));
    at += 4 + length;
  }
}

}  // namespace

bool read_zip64_extra(const std::string& extra, bool uncompressed, bool compressed, bool offset,
                      DirectoryEntry& entry) {
  bool ok = false;
  each_extra_field(extra, [&](std::uint64_t id, const std::string& data) {
    if (id != 0x0001 || ok) return;
    std::size_t at = 0;
    auto take = [&](bool wanted, std::uint64_t& into) {
      if (!wanted) return true;
      if (at + 8 > data.size()) return false;
      into = little_endian(data, at, 8);
      at += 8;
      return true;
    };
    ok = take(uncompressed, entry.uncompressed) && take(compressed, entry.compressed) && take(offset, entry.local_offset);
  });
  return ok;
}

std::string unicode_path(const std::string& extra) {
  std::string path;
  each_extra_field(extra, [&](std::uint64_t id, const std::string& data) {
    if (id == 0x7075 && data.size() > 5) path = data.substr(5);  // version, CRC of the name, the name
  });
  return path;
}

void throw_damaged(const std::string& name) {
  throw IoError(name + " is damaged or truncated: its zip directory is inconsistent",
                "save the document again, or copy it again if it was downloaded", name);
}

void throw_ambiguous(const std::string& name, const std::string& why) {
  throw UnsafeInput(name + why + ", so two programs could read different documents from it",
                    "Word and LibreOffice never write such a file; do not use it, and ask the sender for the "
                    "document again",
                    name);
}

}  // namespace docket::zip::detail
