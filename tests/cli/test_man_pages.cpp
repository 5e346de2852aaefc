// The man pages and bash completion are written at build time from the command table that
// prints --help (cli/man_page.hpp), so every option --help shows is in them.
#include <catch2/catch.hpp>

#include "cli/help.hpp"
#include "cli/man_page.hpp"
#include "test_support.hpp"

using namespace docket::test;
namespace cli = docket::cli;

namespace {

std::vector<std::string> long_options(const cli::Command& c) {
  cli::po::positional_options_description pos;
  std::vector<std::string> names;
  const auto own = cli::own_options(c, pos);
  const auto common = cli::common_options();
  for (const auto& d : own.options()) names.push_back(d->long_name());
  for (const auto& d : common.options()) names.push_back(d->long_name());
  return names;
}

// An option as roff writes it: every hyphen a minus sign ("\-\-data\-dir").
std::string minus(const std::string& option) {
  std::string out = "\\-\\-";
  for (char c : option) out += c == '-' ? std::string("\\-") : std::string(1, c);
  return out;
}

// What bash completes for `words` (the last being the one under the cursor).
std::string complete(const std::string& words) {
  const auto script = std::filesystem::path(DOCKET_DOCS_DIR) / "completion" / "docket";
  auto r = run_shell("bash -c " + shell_quote("source " + shell_quote(script.string()) + "; COMP_WORDS=(" + words +
                                              "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _docket; "
                                              "(( ${#COMPREPLY[@]} )) && printf '%s\\n' \"${COMPREPLY[@]}\""));
  return r.out;
}

}  // namespace

TEST_CASE("Every command has a man page with every option its --help shows", "[cli]") {
  for (const auto& c : cli::commands()) {
    INFO(c.name);
    const auto help = run_docket(c.name + " --help").out;
    const auto page = read_text(std::filesystem::path(DOCKET_DOCS_DIR) / "man1" / ("docket-" + c.name + ".1"));
    CHECK(page == cli::command_man_page(c, DOCKET_RELEASE_DATE));
    CHECK_THAT(page, Catch::Contains(".SH NAME\ndocket\\-" + c.name + " \\- " + c.summary + "\n"));
    for (const auto& option : long_options(c)) {
      CHECK_THAT(help, Catch::Contains("--" + option));
      CHECK_THAT(page, Catch::Contains("\\fB" + minus(option) + "\\fR"));
    }
    for (const auto& e : c.examples) CHECK_THAT(help, Catch::Contains(e.command));
    CHECK(std::filesystem::exists(std::filesystem::path(DOCKET_DOCS_DIR) / "man1" / ("docket-" + c.name + ".1.gz")));
  }
  const auto overview = read_text(std::filesystem::path(DOCKET_DOCS_DIR) / "man1" / "docket.1");
  for (const auto& c : cli::commands()) CHECK_THAT(overview, Catch::Contains("\\fBdocket\\-" + c.name + "\\fR(1)"));
}

TEST_CASE("The man pages are well-formed roff", "[cli]") {
  if (run_shell("command -v man").status != 0) {
    WARN("man is absent: the roff check is skipped");
    return;
  }
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(DOCKET_DOCS_DIR) / "man1")) {
    if (entry.path().extension() != ".1") continue;
    INFO(entry.path().filename().string());
    auto r = run_shell("LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z " +
                       shell_quote(entry.path().string()) + " >/dev/null");
    CHECK(r.status == 0);
    CHECK(r.err.empty());
  }
}

TEST_CASE("bash completes commands, their options and file names", "[cli]") {
  CHECK(complete("docket ren") == "render\n");
  CHECK(complete("docket --verbose pa") == "pack\n");
  CHECK(complete("docket help val") == "validate\n");
  CHECK(complete("docket render --pub") == "--publish\n");
  CHECK(complete("docket pack --conf") == "--confidential\n");
  CHECK(complete("docket render x.xml --locale ''").empty());
  CHECK(complete("docket validate " + shell_quote(source_path("fixtures/agenda-pcc-").string())) ==
        source_path("fixtures/agenda-pcc-cabinet-2023-12-18.xml").string() + "\n");
}
