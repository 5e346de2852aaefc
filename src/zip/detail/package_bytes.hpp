#pragma once
// Random access to the bytes of a zip package, held in a file or in memory, for reading its
// directory records before libzip sees them.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace docket::zip::detail {

class PackageBytes {
 public:
  /// Opens a file for reading. Throws IoError when it cannot be opened.
  static PackageBytes file(const std::filesystem::path& path, const std::string& display_name);
  /// Views bytes held by the caller, which must outlive this object.
  static PackageBytes memory(std::string_view bytes);

  PackageBytes(PackageBytes&& other) noexcept;
  PackageBytes& operator=(PackageBytes&&) = delete;
  ~PackageBytes();

  std::uint64_t size() const noexcept { return size_; }
  /// The bytes [offset, offset + count), fewer when the package ends first. Throws IoError
  /// when the file cannot be read.
  std::string read(std::uint64_t offset, std::size_t count) const;

 private:
  PackageBytes(int fd, std::string_view memory, std::uint64_t size, std::string name);
  int fd_ = -1;                // owned; -1 for a package in memory
  std::string_view memory_;
  std::uint64_t size_ = 0;
  std::string name_;
};

}  // namespace docket::zip::detail
