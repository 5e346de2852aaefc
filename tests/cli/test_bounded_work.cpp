// The work any input can make docket do is bounded. Each hostile input below is run in a child
// limited by setrlimit (ulimit -v: address space; ulimit -t: CPU seconds) and must end with its
// exit status and message inside those bounds: never a crash, never killed by a limit.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "made_templates.hpp"
#include "sanitized.hpp"
#include "test_support.hpp"

using docket::test::run_shell;
using docket::test::ScratchDir;
using docket::test::shell_quote;
using docket::test::source_path;
using docket::test::template_with_body;
using docket::test::write_text;

namespace fs = std::filesystem;

namespace {

std::string q(const fs::path& p) { return shell_quote(p.string()); }

// docket ARGS with at most 1 GB of address space and 30 CPU seconds. A run killed by either
// limit ends with a signal (status above 128), which the tests refuse.
docket::test::RunResult bounded(const std::string& args) {
  if (docket::test::kSanitized) WARN("a sanitizer build: the bound on address space is left out, the CPU bound kept");
  const std::string memory = docket::test::kSanitized ? "" : "ulimit -v 1000000; ";
  return run_shell(memory + "ulimit -t 30; " + shell_quote(DOCKET_BINARY) + " " + args);
}

std::string nested(const std::string& name, int depth) {
  std::string open, close;
  for (int i = 0; i < depth; ++i) open += "<" + name + ">";
  for (int i = 0; i < depth; ++i) close += "</" + name + ">";
  return open + close;
}

const std::string kReport = "fixtures/reports/s0-peterborough-q2-2023-24.xml";

}  // namespace

TEST_CASE("A data file nested 100,000 levels deep is refused as an input error, in bounded time and memory", "[cli]") {
  ScratchDir dir("bounded-deep-data");
  write_text(dir / "d.xml", "<council>" + nested("a", 100'000) + "</council>");
  auto r = bounded("validate " + q(dir / "d.xml"));
  CHECK(r.status == 1);
  CHECK(r.err.starts_with((dir / "d.xml").string() + ":1:778: error: not well-formed XML: elements are nested more than 256 deep"));
}

TEST_CASE("A template whose document.xml nests 100,000 levels deep is refused, in bounded time and memory", "[cli]") {
  ScratchDir dir("bounded-deep-template");
  const auto tpl = template_with_body(dir / "t.docx", {"x</w:t>" + nested("a", 100'000) + "<w:t>"});
  auto r = bounded("check " + q(tpl));
  CHECK(r.status == 1);
  CHECK(r.err.starts_with(tpl.string() + ": word/document.xml:1:894: error: not well-formed XML: elements are nested more "
                                         "than 256 deep"));
}

TEST_CASE("An attribute value of 50 MB in a data file is refused, in bounded time and memory", "[cli]") {
  ScratchDir dir("bounded-long-attribute");
  write_text(dir / "d.xml", "<council a=\"" + std::string(50'000'000, 'a') + "\"/>");
  auto r = bounded("validate " + q(dir / "d.xml"));
  CHECK(r.status == 1);
  CHECK(r.err.starts_with((dir / "d.xml").string() + ":1:12: error: not well-formed XML: an attribute value is longer than "
                                                    "10,000,000 characters"));
}

TEST_CASE("A template with 100,000 tags is refused, in bounded time and memory", "[cli]") {
  ScratchDir dir("bounded-many-tags");
  std::string many;
  // Tags that differ, so that the part does not compress like a zip bomb (refused before any tag is counted).
  for (int i = 0; i < 100'000; ++i) many += "{{ f" + std::to_string(i * 7919 % 100'003) + " ? }}";
  const auto tpl = template_with_body(dir / "t.docx", {many});
  auto r = bounded("render " + q(tpl) + " " + q(source_path(kReport)) + " -o " + q(dir / "out.docx"));
  CHECK(r.status == 4);
  CHECK(r.err.starts_with("docket: error: " + tpl.string() + ": the template has more than 20000 tags"));
  CHECK_FALSE(fs::exists(dir / "out.docx"));
}

TEST_CASE("Four loops over every element are refused, in bounded time and memory", "[cli]") {
  ScratchDir dir("bounded-loops");
  const auto tpl =
      template_with_body(dir / "t.docx", {"{{#each //*}}{{#each //*}}{{#each //*}}{{#each //*}}x{{/each}}{{/each}}{{/each}}{{/each}}"});
  auto r = bounded("render " + q(tpl) + " " + q(source_path(kReport)) + " -o " + q(dir / "out.docx"));
  CHECK(r.status == 4);
  CHECK(r.err.find("{{#each //*}} repeats more than 5000000 times in all") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "out.docx"));
}

TEST_CASE("Predicates nested four deep over every element are stopped, in bounded time and memory", "[cli]") {
  ScratchDir dir("bounded-xpath");
  const auto tpl = template_with_body(dir / "t.docx", {"{{ count(//*[count(//*[count(//*[count(//*) > 0]) > 0]) > 0]) }}"});
  auto r = bounded("render " + q(tpl) + " " + q(source_path(kReport)) + " -o " + q(dir / "out.docx"));
  CHECK(r.status == 1);
  CHECK(r.err == tpl.string() + ": word/document.xml: paragraph 1 “{{ count(//*[count(//*[count(//*[count(//*) > 0]) > 0]) > "
                                "0]) }}”: error: cannot evaluate count(//*[count(//*[count(//*[count(//*) > 0]) > 0]) > 0]): "
                                "the expression does too much work\n  hint: make the expression select the elements it "
                                "means (kpis/kpi rather than //*), with fewer conditions inside each other\nnothing "
                                "written: fix the errors above, or use --draft to see the gaps in the document\n");
  CHECK_FALSE(fs::exists(dir / "out.docx"));
}

TEST_CASE("A value merging descendants of descendants over 24,000 elements is stopped, in bounded time and memory", "[cli]") {
  ScratchDir dir("bounded-xpath-merge");
  // 240 levels, each with 100 empty siblings. Unbounded, libxml2 takes minutes over this.
  std::string data = "<r>";
  for (int level = 0; level < 240; ++level) {
    data += "<a>";
    for (int i = 0; i < 100; ++i) data += "<b/>";
  }
  for (int level = 0; level < 240; ++level) data += "</a>";
  write_text(dir / "data.xml", data + "</r>");
  const auto tpl = template_with_body(dir / "t.docx", {"{{ count(//*//*//*) }}"});
  auto r = bounded("render " + q(tpl) + " " + q(dir / "data.xml") + " -o " + q(dir / "out.docx"));
  CHECK(r.status == 1);
  CHECK(r.err.find("cannot evaluate count(//*//*//*): the expression does too much work") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "out.docx"));
  // Over a report (about 400 elements) the same value is worked out.
  auto small = bounded("render " + q(tpl) + " " + q(source_path(kReport)) + " -o " + q(dir / "small.docx"));
  INFO(small.err);
  CHECK(small.status == 0);
}
