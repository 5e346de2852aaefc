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

}  // namespace

int run_program(const std::vector<std::string>& args, const std::filesystem::path& log, std::chrono::seconds timeout) {
  pid_t pid = ::fork();
  if (pid < 0) throw IoError("cannot start " + args.front() + ": fork failed");
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

// Runs LibreOffice on `input`, writing STEM.pdf into `out_folder`.
void run_conversion(const std::filesystem::path& input, const std::filesystem::path& out_folder,
                    const PdfOptions& options) {
  auto soffice = find_soffice();
  if (!soffice) {
    throw IoError("cannot make a PDF: LibreOffice (soffice) is not installed",
                  "install it with: apt-get install -y libreoffice-writer-nogui");
  }
  TempFolder tmp("docket-soffice");
  std::vector<std::string> args = {soffice->string(), "--headless", "--norestore", "--nologo", "--nolockcheck",
                                   "--nodefault", "-env:UserInstallation=file://" + (tmp.path() / "profile").string(),
                                   "--convert-to", export_filter(options), "--outdir", out_folder.string(),
                                   std::filesystem::absolute(input).string()};
  const int status = run_program(args, tmp.path() / "log", options.timeout);
  if (status == -1) {
    throw IoError("LibreOffice did not finish converting to PDF within " + std::to_string(options.timeout.count()) +
                  " seconds");
  }
  if (status != 0 || !std::filesystem::exists(out_folder / (input.stem().string() + ".pdf"))) {
    std::string log;
    try {
      log = read_file(tmp.path() / "log", 1 << 16);
    } catch (const Error&) {
    }
    throw IoError("LibreOffice could not convert " + input.string() + " to PDF" + (log.empty() ? "" : ": " + log),
                  "open the document in LibreOffice to see whether it loads");
  }
}

}  // namespace

void convert_to_pdf(const std::filesystem::path& docx, const std::filesystem::path& pdf, const PdfOptions& options) {
  TempFolder out("docket-pdf");
  run_conversion(docx, out.path(), options);
  AtomicFile target(pdf);
  target.write(read_file(out.path() / (docx.stem().string() + ".pdf"), 1ull << 31));
  target.commit();
}

}  // namespace docket::pack
