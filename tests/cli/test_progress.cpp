// Progress on standard error (docs/cli.md): a line that rewrites itself when stderr is a
// terminal, nothing otherwise or with --quiet, each step with its time with --verbose.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace docket::test;

namespace {

const std::string kAgenda = shell_quote(source_path("fixtures/agenda-pcc-cabinet-2023-12-18.xml").string());

bool have(const char* program) { return run_shell(std::string("command -v ") + program).status == 0; }

// Runs docket with a terminal as its standard error (and output), through script(1).
RunResult on_terminal(const std::string& args) {
  return run_shell("script -qec " + shell_quote(shell_quote(DOCKET_BINARY) + " " + args) + " /dev/null </dev/null");
}

}  // namespace

TEST_CASE("A long pack shows its progress on a terminal, and clears it when done", "[cli]") {
  if (!have("script")) {
    WARN("script(1) is absent: the terminal progress check is skipped");
    return;
  }
  ScratchDir dir("cli-progress-terminal");
  // With LibreOffice the pack is the long kind: with its PDF, laid out twice.
  const bool pdf = have("soffice");
  const std::string docx_only = "pack " + kAgenda + " -o " + shell_quote((dir / "pack.docx").string());
  auto r = on_terminal(docx_only + (pdf ? " --pdf " + shell_quote((dir / "pack.pdf").string()) : std::string()));
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Catch::Contains("\rdocket: reading the agenda\u2026\x1b[K"));
  CHECK_THAT(r.out, Catch::Contains("\x1b[K\rdocket: [2/"));
  CHECK_THAT(r.out, Catch::Contains("] preparing item 1 of 10: Apologies for Absence\u2026\x1b[K"));
  // The last step is counted as the last of them all, and the line is cleared before the
  // warnings and "wrote" (the sample agenda's PDF papers have a page in their place).
  CHECK_THAT(r.out, Catch::Matches("[\\s\\S]*\\[([0-9]+)/\\1\\] writing the pack\u2026\x1b\\[K\r\x1b\\[K"
                                   "(docket: warning: [^\x1b]*)?wrote [\\s\\S]*"));
  if (pdf) CHECK_THAT(r.out, Catch::Contains("] making the PDF with LibreOffice\u2026"));

  auto quiet = on_terminal(docx_only + " --quiet");
  CHECK(quiet.status == 0);
  // Only problems: the warning about the PDF papers, no progress and no "wrote".
  CHECK_THAT(quiet.out, Catch::StartsWith("docket: warning: the DOCX pack has a page in place of each PDF paper"));
  CHECK(quiet.out.find('\x1b') == std::string::npos);
  CHECK(quiet.out.find("wrote") == std::string::npos);
}

TEST_CASE("Without a terminal no progress is shown", "[cli]") {
  ScratchDir dir("cli-progress-none");
  const auto out = dir / "pack.docx";
  auto r = run_docket("pack " + kAgenda + " -o " + shell_quote(out.string()));
  CHECK(r.status == 0);
  CHECK(r.err.find('\x1b') == std::string::npos);
  CHECK_THAT(r.err, Catch::StartsWith("docket: warning: the DOCX pack has a page in place of each PDF paper"));
  CHECK_THAT(r.err, Catch::EndsWith("\nwrote " + out.string() + " (public pack: exempt papers withheld)\n"));
}

TEST_CASE("Verbose output lists each step with the time it took, and the total", "[cli]") {
  ScratchDir dir("cli-progress-verbose");
  auto r = run_docket("pack " + kAgenda + " -o " + shell_quote((dir / "pack.docx").string()) + " --verbose");
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Catch::Matches("docket: [0-9]+\\.[0-9]+ s  reading the agenda\n"
                                   "docket: [0-9]+\\.[0-9]+ s  preparing item 1 of 10: Apologies for Absence\n"
                                   "(docket: [0-9.]+ s  [a-z].*\n)+"
                                   "docket: [0-9]+\\.[0-9]+ s  writing the pack\n"
                                   "(docket: warning: .*\n  hint: .*\n)?"
                                   "wrote .* \\(public pack: exempt papers withheld\\)\n"
                                   "docket: [0-9]+\\.[0-9]+ s  in all\n"));
  auto render = run_docket("render " + shell_quote(source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml").string()) +
                           " -o " + shell_quote((dir / "s0.docx").string()) + " --verbose");
  CHECK(render.status == 0);
  CHECK_THAT(render.err, Catch::Matches("docket: [0-9.]+ s  reading the template .*committee-report.docx\n"
                                        "docket: [0-9.]+ s  reading and checking the data .*s0-peterborough-q2-2023-24.xml\n"
                                        "docket: [0-9.]+ s  rendering .*s0.docx\n"
                                        "wrote .*s0.docx\n"
                                        "docket: [0-9.]+ s  in all\n"));
}
