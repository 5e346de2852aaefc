#include "zip/detail/package_bytes.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "support/error.hpp"

namespace docket::zip::detail {

PackageBytes::PackageBytes(int fd, std::string_view memory, std::uint64_t size, std::string name)
    : fd_(fd), memory_(memory), size_(size), name_(std::move(name)) {}

PackageBytes::PackageBytes(PackageBytes&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), memory_(other.memory_), size_(other.size_), name_(std::move(other.name_)) {}

PackageBytes::~PackageBytes() {
  if (fd_ >= 0) ::close(fd_);
}

PackageBytes PackageBytes::file(const std::filesystem::path& path, const std::string& display_name) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) throw IoError("cannot open " + display_name + ": no such file", "check the file name", display_name);
    throw IoError("cannot open " + display_name + ": " + std::strerror(errno), "check the file's permissions", display_name);
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw IoError("cannot open " + display_name + ": it is not a regular file", "name a .docx file", display_name);
  }
  return PackageBytes(fd, {}, static_cast<std::uint64_t>(st.st_size), display_name);
}

PackageBytes PackageBytes::memory(std::string_view bytes) { return PackageBytes(-1, bytes, bytes.size(), {}); }

std::string PackageBytes::read(std::uint64_t offset, std::size_t count) const {
  if (offset >= size_) return {};
  const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(count, size_ - offset));
  if (fd_ < 0) return std::string(memory_.substr(static_cast<std::size_t>(offset), n));
  std::string out(n, '\0');
  std::size_t done = 0;
  while (done < n) {
    const ssize_t got = ::pread(fd_, out.data() + done, n - done, static_cast<off_t>(offset + done));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) throw IoError("cannot read " + name_ + ": " + (got < 0 ? std::strerror(errno) : "it became shorter"), {}, name_);
    done += static_cast<std::size_t>(got);
  }
  return out;
}

}  // namespace docket::zip::detail
