// The command-line conventions of docs/cli.md: --help and --version anywhere on the line,
// suggestions for typos, options before the command, --quiet, many files, the house template,
// JSON that is always UTF-8, where the data is found, and an exit status for each kind of failure.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/exit_status.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "test_support.hpp"

using namespace docket::test;

namespace {

std::string fixture(const std::string& relative) { return shell_quote(source_path(relative).string()); }

const std::string kS0 = "fixtures/reports/s0-peterborough-q2-2023-24.xml";
const std::string kS2 = "fixtures/reports/s2-cambridgeshire-q4-2022-23.xml";

}  // namespace

TEST_CASE("Asking for the version or help works anywhere on the line", "[cli]") {
  const std::string version = std::string("docket ") + docket::version() + "\n";
  for (const char* line : {"--version", "render --version", "validate x.xml -V", "--verbose pack --version"}) {
    auto r = run_docket(line);
    CHECK(r.status == 0);
    CHECK(r.out == version);
  }
  const auto help = run_docket("validate --help");
  CHECK_THAT(help.out, Catch::StartsWith("Usage: docket validate DATA.xml..."));
  for (const char* line : {"validate missing.xml --help", "--json validate -h", "validate --bogus --help"}) {
    auto r = run_docket(line);
    CHECK(r.status == 0);
    CHECK(r.out == help.out);
  }
  CHECK(run_docket("help").out == run_docket("--help").out);
}

TEST_CASE("A mistyped command or option gets a suggestion", "[cli]") {
  SECTION("a command") {
    auto r = run_docket("rendr x.xml -o y.docx");
    CHECK(r.status == 2);
    CHECK(r.err == "docket: error: unknown command 'rendr'\n  hint: did you mean render? (docket --help lists the commands)\n");
  }
  SECTION("a command to get help on") {
    auto r = run_docket("help packk");
    CHECK(r.status == 2);
    CHECK(r.err == "docket: error: unknown command 'packk'\n  hint: did you mean pack? (docket --help lists the commands)\n");
  }
  SECTION("an option") {
    auto r = run_docket("render x.xml -o y.docx --publsh");
    CHECK(r.status == 2);
    CHECK(r.err == "docket: error: docket render: unknown option --publsh\n  hint: did you mean --publish? (run docket render --help)\n");
  }
  SECTION("an option before the command") {
    auto r = run_docket("--verbos validate x.xml");
    CHECK(r.status == 2);
    CHECK(r.err == "docket: error: unknown option --verbos before the command\n  hint: did you mean --verbose? (run docket --help)\n");
  }
}

TEST_CASE("Options for every command may come before the command's name", "[cli]") {
  auto quiet = run_docket("--quiet validate " + fixture(kS0));
  CHECK(quiet.status == 0);
  CHECK(quiet.out.empty());
  CHECK(quiet.err.empty());
  auto with_dir = run_docket("--data-dir " + shell_quote(source_path("").string()) + " validate " + fixture(kS0));
  CHECK(with_dir.status == 0);
  CHECK_THAT(with_dir.out, Catch::EndsWith(": valid committee report (committee-report.xsd)\n"));
}

TEST_CASE("Asking for both quiet and verbose output is a usage error", "[cli]") {
  auto r = run_docket("validate -q -v " + fixture(kS0));
  CHECK(r.status == 2);
  CHECK(r.err == "docket: error: choose --quiet or --verbose, not both\n  hint: run docket validate --help\n");
}

TEST_CASE("validate checks many files, and its status is the highest any file had", "[cli]") {
  SECTION("all valid") {
    auto r = run_docket("validate " + fixture(kS0) + " " + fixture(kS2));
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::EndsWith("s2-cambridgeshire-q4-2022-23.xml: valid committee report (committee-report.xsd)\n"
                                      "2 files: 2 valid, 0 not\n"));
  }
  SECTION("one with errors") {
    auto r = run_docket("validate " + fixture(kS0) + " " + fixture("fixtures/invalid/bad-date.xml"));
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Catch::EndsWith("2 files: 1 valid, 1 not\n"));
    CHECK_THAT(r.err, Catch::Contains("bad-date.xml:8:"));
  }
  SECTION("one with errors and one unreadable: every file is still checked") {
    auto r = run_docket("validate " + fixture("fixtures/invalid/bad-date.xml") + " missing.xml " + fixture(kS2));
    CHECK(r.status == 3);
    CHECK_THAT(r.err, Catch::Contains("docket: error: cannot open missing.xml: No such file or directory\n"));
    CHECK_THAT(r.out, Catch::EndsWith("3 files: 1 valid, 2 not\n"));
  }
  SECTION("standard input only once") {
    auto r = run_docket("validate - -");
    CHECK(r.status == 2);
    CHECK(r.err == "docket: error: standard input (-) can be read only once\n  hint: name the other data files\n");
  }
}

TEST_CASE("render with only data uses the house template, or the council's own", "[cli]") {
  ScratchDir dir("cli-house-template");
  auto out = [&](const char* name) { return shell_quote((dir / name).string()); };
  REQUIRE(run_docket("render " + fixture("templates/committee-report.docx") + " " + fixture(kS0) + " -o " + out("named.docx")).status == 0);
  auto house = run_docket("render " + fixture(kS0) + " -o " + out("house.docx"));
  CHECK(house.status == 0);
  CHECK(read_text(dir / "house.docx") == read_text(dir / "named.docx"));

  // DOCKET_HOUSE_TEMPLATE names the council's own; --draft keeps this fixture's gaps visible.
  const std::string council = fixture("fixtures/templates/word-gaps.docx");
  const std::string data = fixture("fixtures/templates/data/council.xml");
  run_docket("render " + council + " " + data + " --draft -o " + out("council-named.docx"));
  auto r = run_shell("DOCKET_HOUSE_TEMPLATE=" + council + " " + shell_quote(DOCKET_BINARY) + " render " + data +
                     " --draft -o " + out("council-house.docx") + " </dev/null");
  CHECK(r.status == 1);  // the fixture's gaps are errors; --draft writes the document all the same
  REQUIRE(std::filesystem::exists(dir / "council-house.docx"));
  CHECK(read_text(dir / "council-house.docx") == read_text(dir / "council-named.docx"));
}

TEST_CASE("render with several data files writes one document each into a folder", "[cli]") {
  ScratchDir dir("cli-render-many");
  auto r = run_docket("render " + fixture(kS0) + " " + fixture(kS2) + " -o " + shell_quote((dir / "reports").string()));
  CHECK(r.status == 0);
  CHECK(std::filesystem::exists(dir / "reports" / "s0-peterborough-q2-2023-24.docx"));
  CHECK(std::filesystem::exists(dir / "reports" / "s2-cambridgeshire-q4-2022-23.docx"));
  REQUIRE(run_docket("render " + fixture(kS0) + " -o " + shell_quote((dir / "alone.docx").string())).status == 0);
  CHECK(read_text(dir / "alone.docx") == read_text(dir / "reports" / "s0-peterborough-q2-2023-24.docx"));

  SECTION("two data files of the same name") {
    std::filesystem::create_directories(dir / "other");
    std::filesystem::copy_file(source_path(kS0), dir / "other" / "s0-peterborough-q2-2023-24.xml");
    auto same = run_docket("render " + fixture(kS0) + " " + shell_quote((dir / "other" / "s0-peterborough-q2-2023-24.xml").string()) +
                           " -o " + shell_quote((dir / "same").string()));
    CHECK(same.status == 2);
    CHECK(same.err ==
          "docket: error: two data files are both called s0-peterborough-q2-2023-24.xml, so their documents would have "
          "the same name\n  hint: render them separately, each with its own -o\n");
  }
  SECTION("-o naming a file") {
    auto file = run_docket("render " + fixture(kS0) + " " + fixture(kS2) + " -o " + shell_quote((dir / "alone.docx").string()));
    CHECK(file.status == 2);
    CHECK_THAT(file.err, Catch::StartsWith("docket: error: with several data files, -o and --pdf name folders; "));
  }
}

TEST_CASE("JSON output is valid UTF-8 even when a file name is not", "[cli]") {
  ScratchDir dir("cli-json-utf8");
  const auto latin1 = dir / "bad-\xE9t\xE9.xml";  // "été" in Latin-1: not UTF-8
  std::filesystem::copy_file(source_path("fixtures/invalid/bad-date.xml"), latin1);
  auto r = run_docket("validate --json " + shell_quote(latin1.string()));
  CHECK(r.status == 1);
  std::istringstream lines(r.err);
  int count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    const auto j = nlohmann::json::parse(line);  // throws on bytes that are not UTF-8
    CHECK_THAT(j["file"].get<std::string>(), Catch::EndsWith("bad-\xEF\xBF\xBDt\xEF\xBF\xBD.xml"));
  }
  CHECK(count == 1);
}

TEST_CASE("Each kind of failure has its own exit status, internal errors too", "[cli]") {
  auto status = [](auto thrown, bool json = false) {
    std::ostringstream err;
    const int s = docket::cli::report_failure(std::make_exception_ptr(thrown), json, err);
    return std::make_pair(s, err.str());
  };
  CHECK(status(docket::InvalidInput("bad")).first == 1);
  CHECK(status(docket::UsageError("wrong")).first == 2);
  CHECK(status(docket::IoError("cannot write")).first == 3);
  CHECK(status(std::filesystem::filesystem_error("rename", "/x/y.docx", std::make_error_code(std::errc::permission_denied)))
            == std::make_pair(3, std::string("docket: error: Permission denied: /x/y.docx\n"
                                             "  hint: check the folder exists and that you may write to it\n")));
  CHECK(status(docket::UnsafeInput("too big")).first == 4);
  CHECK(status(std::bad_alloc()).first == 4);
  CHECK(status(std::logic_error("boom")) ==
        std::make_pair(5, std::string("docket: error: internal error: boom\n  hint: this is a bug in docket; please report "
                                      "it with the command and, if you can, the input files\n")));
  CHECK(status(std::logic_error("boom"), true).second ==
        "{\"severity\":\"error\",\"code\":\"internal\",\"message\":\"internal error: boom\",\"hint\":\"this is a bug in "
        "docket; please report it with the command and, if you can, the input files\"}\n");
}

TEST_CASE("docs/cli.md and the README give every exit status the program has", "[cli]") {
  std::string cli = read_text(source_path("docs/cli.md"));
  std::erase(cli, '`');  // the table marks options as code
  const std::string readme = read_text(source_path("README.md"));
  int expected = 0;
  for (const auto& e : docket::cli::exit_status_meanings()) {
    CHECK(e.status == expected++);
    const std::string row = "| " + std::to_string(e.status) + " | ";
    CHECK_THAT(cli, Catch::Contains(row + e.meaning));
    CHECK_THAT(readme, Catch::Contains(row));
  }
  CHECK_THAT(cli, !Catch::Contains("| " + std::to_string(expected) + " | "));
}

TEST_CASE("The program finds its data from its own place, or where DOCKET_DATA_DIR or --data-dir say", "[cli]") {
  ScratchDir dir("cli-data-dir");
  const std::string docket = shell_quote(DOCKET_BINARY);
  auto from_own_place = run_shell("cd " + shell_quote(dir.path().string()) + " && env -u DOCKET_DATA_DIR " + docket +
                                  " validate " + fixture(kS0));
  CHECK(from_own_place.status == 0);
  const std::string refused =
      "docket: error: DOCKET_DATA_DIR (or --data-dir) names /nonexistent, which has no schemas and templates folders\n"
      "  hint: name the folder docket's data was installed in, e.g. /usr/share/docket\n";
  auto env = run_shell("DOCKET_DATA_DIR=/nonexistent " + docket + " validate " + fixture(kS0));
  CHECK(env.status == 3);
  CHECK(env.err == refused);
  auto option = run_docket("validate --data-dir /nonexistent " + fixture(kS0));
  CHECK(option.status == 3);
  CHECK(option.err == refused);
}
