// Hostile and broken inputs through the docket binary: each is refused with the exit status
// the CLI spec gives, a clear message, quickly and in bounded memory, and nothing is written.
#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <chrono>

#include "sanitized.hpp"
#include "test_support.hpp"

using docket::test::run_docket;
using docket::test::ScratchDir;
using docket::test::shell_quote;
using docket::test::source_path;

namespace {

struct Measured {
  docket::test::RunResult result;
  double seconds = 0;
  long peak_kib = 0;  // the largest peak RSS of any child so far (a test runs in its own process)
};

Measured measure(const std::string& args) {
  const auto start = std::chrono::steady_clock::now();
  Measured m{run_docket(args), 0, 0};
  m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  m.peak_kib = usage.ru_maxrss;
  return m;
}

std::string zip(const std::string& name) { return shell_quote(source_path("fixtures/zip/" + name).string()); }

}  // namespace

TEST_CASE("Hostile packages are refused with exit status 4, quickly and in bounded memory", "[cli]") {
  struct Case {
    const char* file;
    const char* message;
  };
  const Case cases[] = {
      {"entry-name-dotdot.docx", "which is refused because it contains a \"..\" segment"},
      {"entry-name-absolute.docx", "which is refused because it is an absolute path"},
      {"entry-name-backslash.docx", "which is refused because it contains a backslash"},
      {"entry-name-duplicate.docx", "contains two entries with the same name"},
      {"entry-name-duplicate-case.docx", "twice (as \"word/document.xml\")"},
      {"encrypted-entry.docx", "has an encrypted entry"},
      {"xxe-document.docx", "a <!DOCTYPE> declaration is not allowed"},
      {"billion-laughs-document.docx", "a <!DOCTYPE> declaration is not allowed"},
  };
  for (const auto& c : cases) {
    SECTION(c.file) {
      auto m = measure("check " + zip(c.file));
      INFO(m.result.err);
      CHECK(m.result.status == 4);
      CHECK_THAT(m.result.err, Catch::Contains(c.message));
      CHECK(m.seconds < 5.0);
      CHECK(static_cast<std::size_t>(m.peak_kib) < docket::test::resident_bound_kib(200 * 1024));
    }
  }
}

TEST_CASE("A zip bomb in a template is refused, without inflating it", "[cli]") {
  ScratchDir dir("cli-bomb");
  auto data = shell_quote(source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml").string());
  // The bomb is a media part, which render would copy as stored: its claimed size refuses it.
  auto m = measure("render " + zip("zip-bomb-ratio.docx") + " " + data + " -o " + shell_quote((dir / "out.docx").string()));
  INFO(m.result.err);
  CHECK(m.result.status == 4);
  CHECK_THAT(m.result.err, Catch::Contains("part word/media/bomb.bin inflates past the limit of 256 MiB"));
  CHECK(m.seconds < 5.0);
  CHECK(static_cast<std::size_t>(m.peak_kib) < docket::test::resident_bound_kib(200 * 1024));  // the part is 300 MiB inflated
  CHECK_FALSE(std::filesystem::exists(dir / "out.docx"));
}

TEST_CASE("A billion-laughs data file is refused at once with exit status 4", "[cli]") {
  auto m = measure("validate " + shell_quote(source_path("fixtures/invalid/doctype-billion-laughs.xml").string()));
  CHECK(m.result.status == 4);
  CHECK_THAT(m.result.err, Catch::Contains(":3: error: a <!DOCTYPE> declaration is not allowed"));
  CHECK(m.seconds < 1.0);
  CHECK(static_cast<std::size_t>(m.peak_kib) < docket::test::resident_bound_kib(100 * 1024));
}

TEST_CASE("Files that are not packages are reported as unreadable with exit status 3", "[cli]") {
  for (const char* file : {"not-a-zip.docx", "truncated.docx", "empty.docx"}) {
    SECTION(file) {
      auto r = run_docket("check " + zip(file));
      CHECK(r.status == 3);
      CHECK_THAT(r.err, Catch::StartsWith("docket: error: "));
    }
  }
  SECTION("a file that does not exist") {
    auto r = run_docket("validate /nonexistent/data.xml");
    CHECK(r.status == 3);
    CHECK_THAT(r.err, Catch::Contains("cannot open /nonexistent/data.xml"));
  }
}

TEST_CASE("A template with malformed XML is an input error with exit status 1", "[cli]") {
  auto r = run_docket("check " + zip("malformed-document.docx"));
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("word/document.xml"));
  CHECK_THAT(r.err, Catch::Contains("not well-formed XML"));
}

TEST_CASE("Refused inputs leave nothing behind, in the output folder or outside it", "[cli]") {
  ScratchDir dir("cli-nothing-written");
  const auto out = dir / "out" / "report.docx";
  std::filesystem::create_directories(out.parent_path());
  auto data = shell_quote(source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml").string());
  auto r = run_docket("render " + zip("entry-name-dotdot.docx") + " " + data + " -o " + shell_quote(out.string()));
  CHECK(r.status == 4);
  CHECK(std::filesystem::is_empty(out.parent_path()));
  CHECK_FALSE(std::filesystem::exists(dir / "evil.xml"));
  CHECK_FALSE(std::filesystem::exists(dir / "out" / "evil.xml"));
}

TEST_CASE("Usage errors give exit status 2 and say what to do", "[cli]") {
  SECTION("an unknown command") {
    auto r = run_docket("frobnicate");
    CHECK(r.status == 2);
    CHECK(r.err == "docket: error: unknown command 'frobnicate'\n  hint: run docket --help for the commands\n");
  }
  SECTION("an unknown option") {
    auto r = run_docket("validate --colour x.xml");
    CHECK(r.status == 2);
    CHECK(r.err == "docket: error: docket validate: unknown option --colour\n  hint: run docket validate --help\n");
  }
  SECTION("a missing argument") {
    auto r = run_docket("render");
    CHECK(r.status == 2);
    CHECK(r.err == "docket: error: missing DATA.xml\n  hint: run docket render --help for the usage\n");
  }
  SECTION("no command at all") {
    CHECK(run_docket("").status == 2);
  }
}

TEST_CASE("Help and version work the ways people try them", "[cli]") {
  auto overview = run_docket("--help");
  CHECK(overview.status == 0);
  for (const char* command : {"render", "check", "validate", "pack", "inspect"}) {
    CHECK_THAT(overview.out, Catch::Contains(std::string("  ") + command));
    auto a = run_docket(std::string("help ") + command);
    auto b = run_docket(std::string(command) + " --help");
    CHECK(a.status == 0);
    CHECK(a.out == b.out);
    CHECK_THAT(a.out, Catch::StartsWith(std::string("Usage: docket ") + command));
    CHECK_THAT(a.out, Catch::Contains("Example"));
  }
  auto version = run_docket("--version");
  CHECK(version.status == 0);
  CHECK_THAT(version.out, Catch::Matches("docket [0-9]+\\.[0-9]+\\.[0-9]+\n"));
}

TEST_CASE("With --json each diagnostic is one JSON object on one line", "[cli]") {
  auto r = run_docket("validate --json " + shell_quote(source_path("fixtures/invalid/bad-date.xml").string()));
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::StartsWith("{\"severity\":\"error\",\"code\":\"data.invalid-value\""));
  CHECK_THAT(r.err, Catch::Contains("\"line\":8"));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}
