#include "support/files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

#include <boost/dll/runtime_symbol_info.hpp>

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
  auto too_large = [&] {
    return UnsafeInput(path.string() + " is larger than the limit of " + std::to_string(max_bytes / (1024 * 1024)) +
                           " MiB",
                       "split the input or check that it is the file you meant", path.string());
  };
  // A regular file's size is known before reading: refuse it without reading a byte. Pipes and
  // standard input are still counted as they are read.
  const auto size = from_stdin ? std::uintmax_t(0) : std::filesystem::file_size(path, ec);
  if (!from_stdin && !ec && std::filesystem::is_regular_file(path, ec) && size > max_bytes) throw too_large();
  std::string out;
  char buf[1 << 16];
  for (;;) {
    std::size_t n = std::fread(buf, 1, sizeof buf, f.get());
    if (n > 0) {
      if (out.size() + n > max_bytes) throw too_large();
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

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
  if (a == "-" || b == "-") return false;
  std::error_code ec;
  const auto ca = std::filesystem::weakly_canonical(std::filesystem::absolute(a, ec), ec);
  const auto cb = std::filesystem::weakly_canonical(std::filesystem::absolute(b, ec), ec);
  if (!ca.empty() && ca == cb) return true;
  return std::filesystem::equivalent(a, b, ec) && !ec;
}

void refuse_output_onto_input(const std::filesystem::path& output, const std::filesystem::path& input,
                              const std::string& what) {
  if (!same_file(output, input)) return;
  throw UsageError("the output " + output.string() + " is " + what + " " + input.string() +
                       ": writing it would replace a file being read",
                   "write the output to another file");
}

namespace {

bool holds_data(const std::filesystem::path& dir) {
  std::error_code ec;
  return std::filesystem::is_directory(dir / "schemas", ec) && std::filesystem::is_directory(dir / "templates", ec);
}

std::optional<std::filesystem::path> from_environment(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return std::nullopt;
  return std::filesystem::path(value);
}

}  // namespace

std::filesystem::path data_dir() {
  if (auto env = from_environment("DOCKET_DATA_DIR")) {
    if (!holds_data(*env)) {
      throw IoError("DOCKET_DATA_DIR (or --data-dir) names " + env->string() +
                        ", which has no schemas and templates folders",
                    "name the folder docket's data was installed in, e.g. /usr/share/docket");
    }
    return *env;
  }
  // Found from the program's own place, so an installed docket can be moved (and the build
  // machine's paths are never compiled in): PREFIX/bin/docket uses PREFIX/share/docket; a
  // build tree or an unpacked archive keeps share/docket beside the program.
  std::error_code ec;
  const auto program = boost::dll::program_location(ec);
  if (!ec) {
    for (const auto& candidate : {program.parent_path().parent_path() / "share" / "docket",
                                  program.parent_path() / "share" / "docket"}) {
      if (holds_data(candidate)) return candidate;
    }
  }
  // Programs that use docket's library live anywhere: they find the usual installed places.
  for (const char* usual : {"/usr/local/share/docket", "/usr/share/docket"}) {
    if (holds_data(usual)) return usual;
  }
  throw IoError("cannot find docket's schemas and templates: there is no share/docket folder beside " +
                    (ec ? std::string("the program") : program.parent_path().string()) +
                    " or above it, nor in /usr/local/share or /usr/share",
                "set DOCKET_DATA_DIR (or --data-dir) to the folder holding schemas/ and templates/");
}

std::filesystem::path house_template() {
  if (auto env = from_environment("DOCKET_HOUSE_TEMPLATE")) return *env;
  return data_dir() / "templates" / "committee-report.docx";
}

const char* version() { return DOCKET_VERSION; }

}  // namespace docket
