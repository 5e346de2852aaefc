// Running LibreOffice (pack/soffice.hpp), with stand-in programs: the program named by
// --soffice or DOCKET_SOFFICE, what LibreOffice says when it fails, and its whole process
// tree ended when it runs past the time limit.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <thread>

#include "pack/soffice.hpp"
#include "support/error.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

// A shell script standing in for soffice.
std::filesystem::path stand_in(const test::ScratchDir& dir, const std::string& name, const std::string& body) {
  const auto file = dir / name;
  test::write_text(file, "#!/bin/sh\n" + body);
  std::filesystem::permissions(file, std::filesystem::perms::owner_all);
  return file;
}

// Writes OUTDIR/STEM.pdf as LibreOffice would (its arguments end --outdir DIR FILE).
const std::string kConverts =
    "for a; do prev=$last; last=$a; [ \"$prev\" = --outdir ] && out=$a; done\n"
    "stem=$(basename \"$last\"); stem=${stem%.*}\n"
    "printf '%%PDF-stand-in\\n' > \"$out/$stem.pdf\"\n";

// Whether the process is gone (or a zombie waiting for its parent, which has ended it).
bool ended(const std::string& pid) {
  std::ifstream stat("/proc/" + pid + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return true;
  const auto close = line.rfind(')');
  return close != std::string::npos && line.size() > close + 2 && line[close + 2] == 'Z';
}

// Whether the process whose id the file holds has ended, or does within two seconds.
bool ends_soon(const std::filesystem::path& pid_file) {
  const std::string child = test::read_text(pid_file).substr(0, test::read_text(pid_file).find('\n'));
  if (child.empty()) return false;
  for (int i = 0; i < 40 && !ended(child); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  return ended(child);
}

}  // namespace

TEST_CASE("The LibreOffice program named is the one run", "[pack]") {
  test::ScratchDir dir("soffice-named");
  const auto program = stand_in(dir, "soffice", kConverts);
  const auto docx = dir / "report.docx";
  test::write_text(docx, "not looked at");
  pack::convert_to_pdf(docx, dir / "report.pdf", {.soffice = program});
  CHECK(test::read_text(dir / "report.pdf") == "%PDF-stand-in\n");

  SECTION("by DOCKET_SOFFICE and by --soffice on the command line") {
    const std::string data =
        test::shell_quote(test::source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml").string());
    const std::string docket = test::shell_quote(DOCKET_BINARY);
    auto env = test::run_shell("DOCKET_SOFFICE=" + test::shell_quote(program.string()) + " " + docket + " render " + data +
                               " -o " + test::shell_quote((dir / "a.docx").string()) + " --pdf " +
                               test::shell_quote((dir / "a.pdf").string()));
    CHECK(env.status == 0);
    CHECK(test::read_text(dir / "a.pdf") == "%PDF-stand-in\n");
    auto option = test::run_docket("render " + data + " -o " + test::shell_quote((dir / "b.docx").string()) + " --pdf " +
                                   test::shell_quote((dir / "b.pdf").string()) + " --soffice " +
                                   test::shell_quote(program.string()));
    CHECK(option.status == 0);
    CHECK(test::read_text(dir / "b.pdf") == "%PDF-stand-in\n");
  }
}

TEST_CASE("Naming a LibreOffice program that is not there is an I/O error that names it", "[pack]") {
  test::ScratchDir dir("soffice-missing");
  const auto docx = dir / "report.docx";
  test::write_text(docx, "not looked at");
  CHECK_THROWS_WITH(pack::convert_to_pdf(docx, dir / "report.pdf", {.soffice = "/nonexistent/soffice"}),
                    "--soffice names /nonexistent/soffice, which is not a program that can be run");
  auto r = test::run_shell("DOCKET_SOFFICE=/nonexistent/soffice " + test::shell_quote(DOCKET_BINARY) + " render " +
                           test::shell_quote(test::source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml").string()) +
                           " -o " + test::shell_quote((dir / "a.docx").string()) + " --pdf " +
                           test::shell_quote((dir / "a.pdf").string()));
  CHECK(r.status == 3);
  CHECK_THAT(r.err, Catch::EndsWith("docket: error: DOCKET_SOFFICE names /nonexistent/soffice, which is not a program that "
                                    "can be run\n  hint: name LibreOffice's soffice program, e.g. /usr/bin/soffice or "
                                    "/opt/libreoffice/program/soffice\n"));
  CHECK_FALSE(std::filesystem::exists(dir / "a.pdf"));
}

TEST_CASE("LibreOffice failing is an I/O error with what it said", "[pack]") {
  test::ScratchDir dir("soffice-fails");
  const auto program = stand_in(dir, "soffice", "echo 'Error: source file could not be loaded'\nexit 1\n");
  const auto docx = dir / "report.docx";
  test::write_text(docx, "not looked at");
  CHECK_THROWS_WITH(pack::convert_to_pdf(docx, dir / "report.pdf", {.soffice = program}),
                    "LibreOffice could not convert " + docx.string() + ": Error: source file could not be loaded");
  CHECK_FALSE(std::filesystem::exists(dir / "report.pdf"));
}

TEST_CASE("LibreOffice running past its time limit is ended with every process it started", "[pack]") {
  test::ScratchDir dir("soffice-timeout");
  // Like soffice's launcher, the stand-in starts another process and waits.
  const auto pid_file = dir / "child.pid";
  const auto program = stand_in(dir, "soffice", "sleep 300 &\necho $! > " + test::shell_quote(pid_file.string()) + "\nwait\n");
  const auto docx = dir / "report.docx";
  test::write_text(docx, "not looked at");
  const auto start = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH(pack::convert_to_pdf(docx, dir / "report.pdf", {.timeout = std::chrono::seconds(1), .soffice = program}),
                    "LibreOffice did not finish converting report.docx within 1 seconds, so it was stopped");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(30));
  CHECK(ends_soon(pid_file));
  CHECK_FALSE(std::filesystem::exists(dir / "report.pdf"));
}

TEST_CASE("LibreOffice crashing is an I/O error that says so, and what it started is ended", "[pack]") {
  test::ScratchDir dir("soffice-crashes");
  // Like soffice's launcher, it starts soffice.bin; then it dies of a segmentation fault.
  const auto pid_file = dir / "child.pid";
  const auto program =
      stand_in(dir, "soffice", "sleep 300 &\necho $! > " + test::shell_quote(pid_file.string()) + "\nkill -SEGV $$\n");
  const auto docx = dir / "report.docx";
  test::write_text(docx, "not looked at");
  CHECK_THROWS_WITH(pack::convert_to_pdf(docx, dir / "report.pdf", {.soffice = program}),
                    "LibreOffice crashed while converting report.docx (Segmentation fault)");
  CHECK(ends_soon(pid_file));
  CHECK_FALSE(std::filesystem::exists(dir / "report.pdf"));
}

TEST_CASE("LibreOffice ending well without writing the PDF is an I/O error naming the file it did not write", "[pack]") {
  test::ScratchDir dir("soffice-writes-nothing");
  const auto program = stand_in(dir, "soffice", "exit 0\n");
  const auto docx = dir / "report.docx";
  test::write_text(docx, "not looked at");
  CHECK_THROWS_WITH(pack::convert_to_pdf(docx, dir / "report.pdf", {.soffice = program}),
                    "LibreOffice finished without writing report.pdf from report.docx");
  CHECK_FALSE(std::filesystem::exists(dir / "report.pdf"));

  SECTION("from the command line: exit status 3, no PDF, no scratch folder left") {
    // A temp folder of its own, so that other tests' scratch folders are not counted.
    std::filesystem::create_directories(dir / "tmp");
    auto r = test::run_shell(
        "TMPDIR=" + test::shell_quote((dir / "tmp").string()) + " " + test::shell_quote(DOCKET_BINARY) + " render " + test::shell_quote(test::source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml").string()) +
        " -o " + test::shell_quote((dir / "a.docx").string()) + " --pdf " + test::shell_quote((dir / "a.pdf").string()) +
        " --soffice " + test::shell_quote(program.string()));
    CHECK(r.status == 3);
    CHECK_THAT(r.err, Catch::Contains("docket: error: LibreOffice finished without writing"));
    CHECK_FALSE(std::filesystem::exists(dir / "a.pdf"));
    CHECK(std::filesystem::is_empty(dir / "tmp"));
  }
}
