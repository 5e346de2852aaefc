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

using docket::test::run_shell;
using docket::test::ScratchDir;
using docket::test::shell_quote;
using docket::test::source_path;
using docket::test::write_text;

namespace fs = std::filesystem;

namespace {

std::string q(const fs::path& p) { return shell_quote(p.string()); }

std::string listing(const fs::path& folder) {
  std::string names;
  for (const auto& e : fs::directory_iterator(folder)) names += e.path().filename().string() + "\n";
  return names;
}

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

// Starts a slow render into dir/out, waits for libzip's partial package
// (.out.docx.tmp-PID-XXXXXX.YYYYYY) and sends `signal`; prints "yes STATUS" once seen.
docket::test::RunResult interrupt_mid_write(const ScratchDir& dir, const std::string& signal) {
  return run_shell(shell_quote(DOCKET_BINARY) + " render " + q(dir / "in" / "t.docx") + " " + q(dir / "in" / "d.xml") +
                   " -o " + q(dir / "out" / "out.docx") + " 2>/dev/null & pid=$!; seen=no; " +
                   "for i in $(seq 1 3000); do if ls -A " + q(dir / "out") +
                   " | grep -Eq '^\\.out\\.docx\\.tmp-[0-9]+-.{6}\\..{6}$'; then seen=yes; break; fi; sleep 0.01; done; " +
                   "kill -" + signal + " $pid; wait $pid; echo \"$seen $?\"");
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
