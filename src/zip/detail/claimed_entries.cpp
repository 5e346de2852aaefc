#include "zip/detail/claimed_entries.hpp"

#include <algorithm>
#include <string_view>

namespace docket::zip::detail {

namespace {

std::uint64_t little_endian(std::string_view bytes, std::size_t at, std::size_t width) {
  std::uint64_t value = 0;
  for (std::size_t i = width; i-- > 0;) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

constexpr std::string_view kEnd("PK\x05\x06", 4);           // end of central directory
constexpr std::string_view kZip64Locator("PK\x06\x07", 4);  // locates the ZIP64 record
constexpr std::string_view kZip64End("PK\x06\x06", 4);      // ZIP64 end of central directory
constexpr std::size_t kEndBytes = 22;
constexpr std::size_t kLocatorBytes = 20;
constexpr std::size_t kMaxComment = 0xFFFF;

}  // namespace

std::optional<std::uint64_t> claimed_entries(std::uint64_t size, const ReadAt& read_at) {
  const std::uint64_t tail_size = std::min<std::uint64_t>(size, kEndBytes + kMaxComment + kLocatorBytes);
  const std::string tail = read_at(size - tail_size, static_cast<std::size_t>(tail_size));
  if (tail.size() < kEndBytes) return std::nullopt;
  // The last record signature that leaves room for a whole record: the comment follows it.
  const std::size_t end = tail.rfind(kEnd, tail.size() - kEndBytes);
  if (end == std::string::npos) return std::nullopt;
  const std::uint64_t entries = little_endian(tail, end + 10, 2);
  if (end < kLocatorBytes || tail.compare(end - kLocatorBytes, 4, kZip64Locator) != 0) return entries;
  const std::uint64_t record = little_endian(tail, end - kLocatorBytes + 8, 8);
  if (record >= size) return entries;
  const std::string zip64 = read_at(record, 40);
  if (zip64.size() < 40 || zip64.compare(0, 4, kZip64End) != 0) return entries;
  return std::max(entries, little_endian(zip64, 32, 8));
}

}  // namespace docket::zip::detail
