#pragma once
// The entry count a package's end-of-central-directory record claims (the ZIP64 one when it
// has one), read from the package's last bytes: a package with a million entries is refused
// before libzip parses (and allocates for) its whole central directory.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace docket::zip::detail {

/// Reads `length` bytes at `offset` (fewer at the end of the package).
using ReadAt = std::function<std::string(std::uint64_t offset, std::size_t length)>;

/// The entries the package of `size` bytes claims to hold; nullopt when no record is found
/// (libzip then says what is wrong with the package).
std::optional<std::uint64_t> claimed_entries(std::uint64_t size, const ReadAt& read_at);

}  // namespace docket::zip::detail
