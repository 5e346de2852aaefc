#include "support/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "support/error.hpp"
#include "support/interrupt_cleanup.hpp"

namespace docket {

namespace {

std::string errno_text() { return std::strerror(errno); }

void write_all(int fd, const char* data, std::size_t size, const std::filesystem::path& what) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw IoError("cannot write " + what.string() + ": " + errno_text(),
                    "check that the disk is not full and the folder is writable");
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target, Durability durability)
    : target_(std::move(target)), durability_(durability) {
  to_stdout_ = target_ == "-";
  std::filesystem::path folder = to_stdout_ ? std::filesystem::temp_directory_path()
                                            : target_.parent_path();
  if (folder.empty()) folder = ".";
  const std::string name = to_stdout_ ? std::string("docket-stdout") : target_.filename().string();
  remove_stale_temporaries(folder, name);
  std::string pattern = (folder / (temporary_prefix(name) + "XXXXXX")).string();
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  fd_ = ::mkstemp(buf.data());
  if (fd_ < 0) {
    throw IoError("cannot create a file in " + folder.string() + ": " + errno_text(),
                  "check that the folder exists and you may write to it", target_.string());
  }
  // mkstemp creates 0600; published outputs get the usual 0644 (less the umask).
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
  temp_ = buf.data();
  register_temporary(temp_);
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
  if (!temp_.empty()) unregister_temporary(temp_);
}

void AtomicFile::write(std::string_view bytes) { write_all(fd_, bytes.data(), bytes.size(), target_); }

void AtomicFile::commit() {
  if (committed_) return;
  // A writer may have replaced the temporary file by name (libzip does), so sync and copy
  // through a fresh descriptor rather than the one opened at construction.
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  int fd = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw IoError("cannot reopen " + temp_.string() + ": " + errno_text());
  if (to_stdout_) {
    char buf[1 << 16];
    for (;;) {
      ssize_t n = ::read(fd, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        ::close(fd);
        throw IoError("cannot read " + temp_.string() + ": " + errno_text());
      }
      if (n == 0) break;
      write_all(STDOUT_FILENO, buf, static_cast<std::size_t>(n), "standard output");
    }
    ::close(fd);
    ::unlink(temp_.c_str());
    committed_ = true;
    return;
  }
  // A failed fsync means the bytes may never reach the disk (a full disk, an I/O error):
  // renaming then would replace a good target with a bad one.
  if (durability_ == Durability::durable && ::fsync(fd) != 0) {
    const std::string why = errno_text();
    ::close(fd);
    throw IoError("cannot write " + target_.string() + ": " + why,
                  "check that the disk is not full and the folder is writable", target_.string());
  }
  ::close(fd);
  if (::rename(temp_.c_str(), target_.c_str()) != 0) {
    throw IoError("cannot write " + target_.string() + ": " + errno_text(),
                  "check that the target is not a folder and that you may write to it",
                  target_.string());
  }
  committed_ = true;
}

}  // namespace docket
