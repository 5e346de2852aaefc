// An interrupted docket leaves no hidden temporary files: SIGINT and SIGTERM remove them (and
// libzip's partial package beside them) before the process ends; what a SIGKILLed run left is
// removed by the next run that writes the same target.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "made_templates.hpp"
#include "test_support.hpp"

using docket::test::listing;
using docket::test::run_shell;
using docket::test::ScratchDir;
using docket::test::shell_quote;
using docket::test::source_path;
using docket::test::write_text;

namespace fs = std::filesystem;

namespace {

std::string q(const fs::path& p) { return shell_quote(p.string()); }

// A template and data whose render writes about 100 MB, so that it can be caught mid-write.
void slow_render_inputs(const ScratchDir& dir) {
  fs::create_directories(dir / "in");
  fs::create_directories(dir / "out");
  std::string data = "<council>";
  for (int i = 0; i < 8; ++i) data += "<e/>";
  data += "<big>" + std::string(1 << 20, 'a') + "</big></council>";
  write_text(dir / "in" / "d.xml", data);
  docket::test::template_with_body(dir / "in" / "t.docx", {"{{#each //*}}{{#each //*}}{{ string(/council/big) }}{{/each}}{{/each}}"});
}

// Starts `command` (writing TARGET into dir/out), waits for libzip's partial package
// (.TARGET.tmp-PID-XXXXXX.YYYYYY) and sends `signal`; prints "yes STATUS" once seen.
docket::test::RunResult interrupt_mid_write(const ScratchDir& dir, const std::string& command, const std::string& target,
                                            const std::string& signal) {
  return run_shell(command + " 2>/dev/null & pid=$!; seen=no; for i in $(seq 1 3000); do if ls -A " + q(dir / "out") +
                   " | grep -Eq '^\\." + target + "\\.tmp-[0-9]+-.{6}\\..{6}$'; then seen=yes; break; fi; sleep 0.01; done; " +
                   "kill -" + signal + " $pid; wait $pid; echo \"$seen $?\"");
}

// A slow render into dir/out/out.docx, interrupted by `signal`.
docket::test::RunResult interrupt_mid_write(const ScratchDir& dir, const std::string& signal) {
  return interrupt_mid_write(dir, shell_quote(DOCKET_BINARY) + " render " + q(dir / "in" / "t.docx") + " " + q(dir / "in" / "d.xml") +
                                      " -o " + q(dir / "out" / "out.docx"),
                             "out\\.docx", signal);
}

pid_t dead_pid() {
  const pid_t child = fork();
  if (child == 0) _exit(0);
  waitpid(child, nullptr, 0);
  return child;
}

}  // namespace

TEST_CASE("SIGTERM and SIGINT mid-write remove the temporary file and libzip's partial package", "[cli]") {
  for (const char* signal : {"TERM", "INT"}) {
    ScratchDir dir(std::string("interrupted-") + signal);
    slow_render_inputs(dir);
    auto r = interrupt_mid_write(dir, signal);
    INFO(signal << ": " << r.out << r.err);
    CHECK(r.out == std::string("yes ") + (std::string(signal) == "TERM" ? "143" : "130") + "\n");
    CHECK(listing(dir / "out").empty());
  }
}

TEST_CASE("Temporary files a killed run left are removed by the next run, others' are kept", "[cli]") {
  ScratchDir dir("interrupted-killed");
  const std::string dead = std::to_string(dead_pid());
  const std::string live = std::to_string(getpid());
  write_text(dir / (".out.docx.tmp-" + dead + "-a1b2c3"), "partial");
  write_text(dir / (".out.docx.tmp-" + dead + "-a1b2c3.Z9Y8X7"), "libzip's partial");
  write_text(dir / (".out.docx.tmp-" + live + "-d4e5f6"), "another run still writing");
  write_text(dir / (".other.docx.tmp-" + dead + "-g7h8i9"), "another target's");
  auto r = docket::test::run_docket("render " + q(source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml")) + " -o " +
                                    q(dir / "out.docx"));
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(listing(dir.path()).find(".out.docx.tmp-" + dead) == std::string::npos);
  CHECK(fs::exists(dir / (".out.docx.tmp-" + live + "-d4e5f6")));
  CHECK(fs::exists(dir / (".other.docx.tmp-" + dead + "-g7h8i9")));
  CHECK(fs::exists(dir / "out.docx"));
}

TEST_CASE("A run killed with SIGKILL mid-write leaves nothing once the next run has written", "[cli]") {
  ScratchDir dir("interrupted-sigkill");
  slow_render_inputs(dir);
  auto killed = interrupt_mid_write(dir, "KILL");
  CHECK(killed.out == "yes 137\n");
  CHECK_FALSE(listing(dir / "out").empty());  // what SIGKILL leaves
  auto next = docket::test::run_docket("render " + q(source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml")) +
                                       " -o " + q(dir / "out" / "out.docx"));
  CHECK(next.status == 0);
  CHECK(listing(dir / "out") == "out.docx\n");
}

namespace {

// A stand-in LibreOffice that records its process and a child of its own, then waits.
fs::path hanging_soffice(const ScratchDir& dir) {
  const auto program = dir / "soffice";
  write_text(program, "#!/bin/sh\necho $$ > " + q(dir / "soffice.pid") + "\nsleep 300 &\necho $! > " +
                          q(dir / "child.pid") + "\nwait\n");
  fs::permissions(program, fs::perms::owner_all);
  return program;
}

// Renders with --pdf using `soffice` and TMPDIR=dir/tmp, sends `signal` once LibreOffice runs;
// prints docket's exit status.
std::string interrupt_conversion(const ScratchDir& dir, const fs::path& soffice, const std::string& signal) {
  fs::create_directories(dir / "tmp");
  fs::create_directories(dir / "out");
  auto r = run_shell("TMPDIR=" + q(dir / "tmp") + " " + shell_quote(DOCKET_BINARY) + " render " +
                     q(source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml")) + " -o " + q(dir / "out" / "a.docx") +
                     " --pdf " + q(dir / "out" / "a.pdf") + " --soffice " + q(soffice) + " 2>/dev/null & pid=$!; " +
                     "for i in $(seq 1 3000); do [ -s " + q(dir / "child.pid") + " ] && break; sleep 0.01; done; " +
                     "kill -" + signal + " $pid; wait $pid; echo $?");
  return r.out;
}

bool running(const fs::path& pid_file) {
  const std::string pid = docket::test::read_text(pid_file).substr(0, docket::test::read_text(pid_file).find('\n'));
  return run_shell("ps -o stat= -p " + pid + " | grep -qv Z").status == 0;
}

}  // namespace

TEST_CASE("SIGTERM while LibreOffice converts ends it and removes docket's scratch folders", "[cli]") {
  ScratchDir dir("interrupted-soffice");
  CHECK(interrupt_conversion(dir, hanging_soffice(dir), "TERM") == "143\n");
  CHECK(listing(dir / "tmp").empty());
  run_shell("sleep 0.2");
  CHECK_FALSE(running(dir / "soffice.pid"));
  CHECK_FALSE(running(dir / "child.pid"));
  CHECK(listing(dir / "out") == "a.docx\n");  // written before LibreOffice started; no PDF, no temporary file
}

TEST_CASE("Scratch folders a SIGKILLed run left are removed by the next run", "[cli]") {
  ScratchDir dir("interrupted-soffice-sigkill");
  CHECK(interrupt_conversion(dir, hanging_soffice(dir), "KILL") == "137\n");
  CHECK_FALSE(listing(dir / "tmp").empty());  // what SIGKILL leaves: docket-convert-PID-…, docket-soffice-PID-…
  // SIGKILL gives docket no chance to end LibreOffice, which runs in a process group of its own.
  run_shell("kill -KILL -- -$(cat " + q(dir / "soffice.pid") + ")");
  const auto converts = dir / "converts";
  write_text(converts, "#!/bin/sh\nfor a; do prev=$last; last=$a; [ \"$prev\" = --outdir ] && out=$a; done\n"
                       "stem=$(basename \"$last\"); printf '%%PDF-stand-in\\n' > \"$out/${stem%.*}.pdf\"\n");
  fs::permissions(converts, fs::perms::owner_all);
  auto next = run_shell("TMPDIR=" + q(dir / "tmp") + " " + shell_quote(DOCKET_BINARY) + " render " +
                        q(source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml")) + " -o " + q(dir / "out" / "a.docx") +
                        " --pdf " + q(dir / "out" / "a.pdf") + " --soffice " + q(converts));
  INFO(next.err);
  CHECK(next.status == 0);
  CHECK(listing(dir / "tmp").empty());
  CHECK(listing(dir / "out") == "a.docx\na.pdf\n");
}

TEST_CASE("A pack killed with SIGKILL mid-write leaves nothing once the next pack has written", "[cli]") {
  ScratchDir dir("interrupted-pack-sigkill");
  fs::copy(source_path("fixtures/agenda-pcc-cabinet-2023-12-18.xml"), dir / "agenda.xml");
  fs::copy(source_path("fixtures/papers"), dir / "papers", fs::copy_options::recursive);
  fs::copy(source_path("fixtures/reports"), dir / "reports", fs::copy_options::recursive);
  fs::create_directories(dir / "out");
  // The minutes become a paper of some 4 MB (random letters compress little), so the pack takes a while to write.
  write_text(dir / "big.xml", "<council><big>" + docket::test::incompressible_text(6 << 20) + "</big></council>");
  docket::test::template_with_body(dir / "big.docx", {"{{ string(/council/big) }}"});
  const auto minutes = dir / "papers" / "pcc-cabinet-2023-11-13-minutes.docx";
  const auto made = run_shell(shell_quote(DOCKET_BINARY) + " render " + q(dir / "big.docx") + " " + q(dir / "big.xml") + " -o " + q(minutes) + " --draft");
  // A draft (exit status 1): the house template's document properties name fields of a report.
  REQUIRE(made.status == 1);
  REQUIRE(fs::file_size(minutes) > (3u << 20));
  const std::string pack = shell_quote(DOCKET_BINARY) + " pack " + q(dir / "agenda.xml") + " -o " + q(dir / "out" / "pack.docx");
  write_text(dir / "out" / "pack.docx", "the old pack");
  auto killed = interrupt_mid_write(dir, pack, "pack\\.docx", "KILL");
  CHECK(killed.out == "yes 137\n");
  CHECK(docket::test::read_text(dir / "out" / "pack.docx") == "the old pack");  // the target as it was
  auto next = run_shell(pack);
  INFO(next.err);
  CHECK(next.status == 0);
  CHECK(listing(dir / "out") == "pack.docx\n");
}
