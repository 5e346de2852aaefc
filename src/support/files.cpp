#include "support/files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "support/error.hpp"

namespace docket {

namespace {
struct FileCloser {
  void operator()(std::FILE* f) const noexcept {
    if (f != nullptr && f != stdin) std::fclose(f);
  }
};
}  // namespace

std::string read_file(const std::filesystem::path& path, std::uint64_t max_bytes) {
  const bool from_stdin = path == "-";
  std::unique_ptr<std::FILE, FileCloser> f(from_stdin ? stdin : std::fopen(path.c_str(), "rb"));
  if (!f) {
    throw IoError("cannot open " + path.string() + ": " + std::strerror(errno),
                  "check the file name and that you may read it", path.string());
  }
  std::error_code ec;
  if (!from_stdin && std::filesystem::is_directory(path, ec)) {
    throw IoError(path.string() + " is a folder, not a file", "name a file", path.string());
  }
  std::string out;
  char buf[1 << 16];
  for (;;) {
    std::size_t n = std::fread(buf, 1, sizeof buf, f.get());
    if (n > 0) {
      if (out.size() + n > max_bytes) {
        throw UnsafeInput(path.string() + " is larger than the limit of " +
                              std::to_string(max_bytes / (1024 * 1024)) + " MiB",
                          "split the input or check that it is the file you meant",
                          path.string());
      }
      out.append(buf, n);
    }
    if (n < sizeof buf) {
      if (std::ferror(f.get())) {
        throw IoError("cannot read " + path.string() + ": " + std::strerror(errno), {},
                      path.string());
      }
      break;
    }
  }
  return out;
}

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("DOCKET_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto installed = exe.parent_path().parent_path() / "share" / "docket";
    if (std::filesystem::exists(installed / "schemas", ec)) return installed;
  }
  return DOCKET_SOURCE_DIR;
}

const char* version() { return DOCKET_VERSION; }

}  // namespace docket
