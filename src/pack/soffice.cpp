#include "pack/soffice.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "support/temp_folder.hpp"

namespace docket::pack {

namespace {

std::string bool_option(const char* name, bool value) {
  return std::string("\"") + name + "\":{\"type\":\"boolean\",\"value\":\"" + (value ? "true" : "false") + "\"}";
}

// Runs a program and waits at most `timeout`; returns its exit status (-1 on timeout).
int run(const std::vector<std::string>& args, const std::filesystem::path& log, std::chrono::seconds timeout) {
  pid_t pid = ::fork();
  if (pid < 0) throw IoError("cannot start LibreOffice: fork failed");
  if (pid == 0) {
    ::setpgid(0, 0);  // its own process group, so a timeout can stop all of it
    FILE* out = std::freopen(log.c_str(), "w", stdout);
    if (out != nullptr) ::dup2(::fileno(stdout), STDERR_FILENO);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execvp(argv[0], argv.data());
    ::_exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    int status = 0;
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace

std::optional<std::filesystem::path> find_soffice() {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    auto end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    auto candidate = std::filesystem::path(dirs.substr(start, end - start)) / "soffice";
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return std::nullopt;
}

namespace {

std::string export_filter(const PdfOptions& options) {
  return "pdf:writer_pdf_Export:{" + bool_option("UseTaggedPDF", options.tagged) + "," +
         bool_option("ExportBookmarks", options.bookmarks) + "," +
         bool_option("IsSkipEmptyPages", !options.keep_blank_pages) + "," +
         bool_option("DisplayPDFDocumentTitle", true) + "," +
         // Named destinations tell the pack where each document landed.
         bool_option("ExportBookmarksToPDFDestination", true) + "}";
}

// Runs LibreOffice on `input` with this --convert-to filter, writing STEM.EXT into `out_folder`.
void run_conversion(const std::filesystem::path& input, const std::filesystem::path& out_folder,
                    const std::string& filter, const std::string& extension, std::chrono::seconds timeout) {
  auto soffice = find_soffice();
  if (!soffice) {
    throw IoError("cannot make a PDF: LibreOffice (soffice) is not installed",
                  "install it with: apt-get install -y libreoffice-writer-nogui");
  }
  TempFolder tmp("docket-soffice");
  std::vector<std::string> args = {soffice->string(), "--headless", "--norestore", "--nologo", "--nolockcheck",
                                   "--nodefault", "-env:UserInstallation=file://" + (tmp.path() / "profile").string(),
                                   "--convert-to", filter, "--outdir", out_folder.string(),
                                   std::filesystem::absolute(input).string()};
  const int status = run(args, tmp.path() / "log", timeout);
  if (status == -1) {
    throw IoError("LibreOffice did not finish converting " + input.filename().string() + " within " +
                  std::to_string(timeout.count()) + " seconds");
  }
  if (status != 0 || !std::filesystem::exists(out_folder / (input.stem().string() + "." + extension))) {
    std::string log;
    try {
      log = read_file(tmp.path() / "log", 1 << 16);
    } catch (const Error&) {
    }
    throw IoError("LibreOffice could not convert " + input.string() + " to " + extension + (log.empty() ? "" : ": " + log),
                  "open the document in LibreOffice to see whether it loads");
  }
}

}  // namespace

void convert_to_pdf(const std::filesystem::path& docx, const std::filesystem::path& pdf, const PdfOptions& options) {
  convert_with_libreoffice(docx, pdf, export_filter(options), options.timeout);
}

void convert_with_libreoffice(const std::filesystem::path& input, const std::filesystem::path& output,
                              const std::string& filter, std::chrono::seconds timeout) {
  TempFolder out("docket-convert");
  const std::string extension = filter.substr(0, filter.find(':'));
  run_conversion(input, out.path(), filter, extension, timeout);
  AtomicFile target(output);
  target.write(read_file(out.path() / (input.stem().string() + "." + extension), 1ull << 31));
  target.commit();
}

}  // namespace docket::pack
