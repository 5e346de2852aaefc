#include "pack/soffice.hpp"

#include <boost/process/args.hpp>
#include <boost/process/child.hpp>
#include <boost/process/exe.hpp>
#include <boost/process/extend.hpp>
#include <boost/process/group.hpp>
#include <boost/process/io.hpp>
#include <sys/wait.h>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "support/interrupt_cleanup.hpp"
#include "support/temp_folder.hpp"

namespace docket::pack {

namespace {

namespace bp = boost::process;
namespace fs = std::filesystem;

bool is_program(const fs::path& file) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return false;
  const auto perms = fs::status(file, ec).permissions();
  return (perms & (fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec)) != fs::perms::none;
}

}  // namespace

std::optional<fs::path> find_on_path(const std::string& name) {
#ifdef _WIN32
  const char separator = ';';
  const std::string file = name + ".exe";
#else
  const char separator = ':';
  const std::string& file = name;
#endif
  const char* path = std::getenv("PATH");
  const std::string dirs = path != nullptr ? path : "/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    auto end = dirs.find(separator, start);
    if (end == std::string::npos) end = dirs.size();
    if (end > start) {
      auto candidate = fs::path(dirs.substr(start, end - start)) / file;
      if (is_program(candidate)) return candidate;
    }
    start = end + 1;
  }
  return std::nullopt;
}

namespace {

fs::path named_program(const fs::path& program, const std::string& named_by) {
  if (!is_program(program)) {
    throw IoError(named_by + " names " + program.string() + ", which is not a program that can be run",
                  "name LibreOffice's soffice program, e.g. /usr/bin/soffice or /opt/libreoffice/program/soffice");
  }
  return program;
}

}  // namespace

// The program gets a process group of its own (a job object on Windows): LibreOffice's
// launcher starts soffice.bin, and on a time-out the whole tree is ended.
std::optional<int> run_program(const fs::path& program, const std::vector<std::string>& args, const fs::path& log,
                               std::chrono::seconds timeout, const RunName& name) {
  bp::group group;
  bp::child child;
  try {
    // The program gets the default signal mask back (docket blocks INT and TERM for the thread
    // that cleans up on them, support/interrupt_cleanup.hpp).
    child = bp::child(bp::exe = program.string(), bp::args = args, bp::std_in < bp::null,
                      (bp::std_out & bp::std_err) > log.string(), group,
                      bp::extend::on_exec_setup = [](auto&) { restore_signal_mask(); });
  } catch (const bp::process_error& e) {
    throw IoError("cannot start " + name.program + " (" + program.string() + "): " + e.code().message(), name.hint);
  }
  const ProcessGroupOnInterrupt ended_on_interrupt(group.native_handle());
  // Polled rather than child.wait_for(): Boost 1.74's wait_for replaces the process's SIGCHLD
  // handler and can miss a child that ended early, waiting out the whole limit.
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::error_code ec;
  while (child.running(ec)) {
    if (std::chrono::steady_clock::now() >= deadline) {
      group.terminate(ec);
      child.wait(ec);
      return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (ec) throw IoError("lost track of " + name.program + " (" + program.string() + "): " + ec.message());
  // Whatever it left running (a crashed launcher's soffice.bin, say) ends with it.
  group.terminate(ec);
  const int raw = child.native_exit_code();
  return WIFSIGNALED(raw) ? 128 + WTERMSIG(raw) : child.exit_code();
}

namespace {

// Runs LibreOffice on `input`, writing STEM.EXT into `out_folder`; returns that file.
fs::path run_conversion(const fs::path& input, const fs::path& out_folder, const std::string& to,
                        std::chrono::seconds timeout, const std::optional<fs::path>& chosen) {
  auto soffice = find_soffice(chosen);
  if (!soffice) {
    throw IoError("cannot convert " + input.filename().string() + ": LibreOffice (soffice) is not installed",
                  "install it with: apt-get install -y libreoffice-writer-nogui (or name its program with "
                  "--soffice or DOCKET_SOFFICE)");
  }
  TempFolder tmp("docket-soffice");
  const std::vector<std::string> args = {
      "--headless", "--norestore", "--nologo", "--nolockcheck", "--nodefault",
      "-env:UserInstallation=file://" + (tmp.path() / "profile").string(),
      "--convert-to", to, "--outdir", out_folder.string(), fs::absolute(input).string()};
  const auto status = run_program(*soffice, args, tmp.path() / "log", timeout,
                                  {"LibreOffice", "check that LibreOffice is installed, or name its soffice program with --soffice or DOCKET_SOFFICE"});
  if (!status) {
    throw IoError("LibreOffice did not finish converting " + input.filename().string() + " within " +
                      std::to_string(timeout.count()) + " seconds, so it was stopped",
                  "open the document in LibreOffice to see whether it loads; a very large document may need more time");
  }
  const fs::path written = out_folder / (input.stem().string() + "." + to.substr(0, to.find(':')));
  if (*status > 128 && *status < 128 + NSIG) {
    throw IoError("LibreOffice crashed while converting " + input.filename().string() + " (" +
                      ::strsignal(*status - 128) + ")",
                  "open the document in LibreOffice to see whether it loads; if it does, run docket again");
  }
  if (*status == 0 && !fs::exists(written)) {
    throw IoError("LibreOffice finished without writing " + written.filename().string() + " from " +
                      input.filename().string(),
                  "open the document in LibreOffice to see whether it loads; another LibreOffice still running "
                  "with the same profile can cause this");
  }
  if (*status != 0 || !fs::exists(written)) {
    std::string log;
    try {
      log = read_file(tmp.path() / "log", 1 << 16);
    } catch (const Error&) {
    }
    while (!log.empty() && (log.back() == '\n' || log.back() == '\r')) log.pop_back();
    throw IoError("LibreOffice could not convert " + input.string() + (log.empty() ? "" : ": " + log),
                  "open the document in LibreOffice to see whether it loads");
  }
  return written;
}

std::string bool_option(const char* name, bool value) {
  return std::string("\"") + name + "\":{\"type\":\"boolean\",\"value\":\"" + (value ? "true" : "false") + "\"}";
}

std::string pdf_filter(const PdfOptions& options) {
  return "pdf:writer_pdf_Export:{" + bool_option("UseTaggedPDF", options.tagged) + "," +
         bool_option("ExportBookmarks", options.bookmarks) + "," +
         bool_option("IsSkipEmptyPages", !options.keep_blank_pages) + "," +
         bool_option("DisplayPDFDocumentTitle", true) + "," +
         // Named destinations tell the pack where each document landed.
         bool_option("ExportBookmarksToPDFDestination", true) + "}";
}

}  // namespace

std::optional<fs::path> find_soffice(const std::optional<fs::path>& chosen) {
  if (chosen) return named_program(*chosen, "--soffice");
  if (const char* env = std::getenv("DOCKET_SOFFICE"); env != nullptr && *env != '\0') {
    return named_program(env, "DOCKET_SOFFICE");
  }
  for (const char* name : {"soffice", "libreoffice"}) {
    if (auto found = find_on_path(name)) return found;
  }
  // Where LibreOffice's own packages put it when it is not on PATH (the Document Foundation's
  // .deb under /opt, macOS's application bundle).
  if (const fs::path bundle("/Applications/LibreOffice.app/Contents/MacOS/soffice"); is_program(bundle)) return bundle;
  std::vector<fs::path> under_opt;  // /opt/libreoffice7.6/program/soffice; the newest wins
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/opt", ec)) {
    const auto candidate = entry.path() / "program" / "soffice";
    if (entry.path().filename().string().starts_with("libreoffice") && is_program(candidate)) under_opt.push_back(candidate);
  }
  if (under_opt.empty()) return std::nullopt;
  return *std::max_element(under_opt.begin(), under_opt.end());
}

void convert_document(const fs::path& input, const fs::path& output, const ConvertOptions& options) {
  TempFolder out("docket-convert");
  const auto written = run_conversion(input, out.path(), options.to, options.timeout, options.soffice);
  AtomicFile target(output);
  target.write(read_file(written, 1ull << 31));
  target.commit();
}

void convert_to_pdf(const fs::path& docx, const fs::path& pdf, const PdfOptions& options) {
  convert_document(docx, pdf, {.to = pdf_filter(options), .timeout = options.timeout, .soffice = options.soffice});
}

}  // namespace docket::pack
