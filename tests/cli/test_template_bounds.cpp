// The work a template drives is bounded: loops inside loops that would repeat without end, or
// write a part larger than docket itself would read, stop with exit status 4 and a message
// naming the loop, and nothing is written.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "made_templates.hpp"
#include "test_support.hpp"

using docket::test::run_docket;
using docket::test::template_with_body;
using docket::test::ScratchDir;
using docket::test::shell_quote;
using docket::test::source_path;
using docket::test::write_text;

namespace fs = std::filesystem;

namespace {

std::string q(const fs::path& p) { return shell_quote(p.string()); }

}  // namespace

TEST_CASE("Four loops over every element are refused once they repeat five million times", "[cli]") {
  ScratchDir dir("bounds-repetitions");
  const auto tpl = template_with_body(dir / "t.docx", {"{{#each //*}}{{#each //*}}{{#each //*}}{{#each //*}}x{{/each}}{{/each}}{{/each}}{{/each}}"});
  auto r = run_docket("render " + q(tpl) + " " + q(source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml")) +
                      " -o " + q(dir / "out.docx"));
  INFO(r.err);
  CHECK(r.status == 4);
  CHECK(r.err.find("docket: error: " + tpl.string() + ": word/document.xml: paragraph 1 “") != std::string::npos);
  CHECK(r.err.find("”: {{#each //*}} repeats more than 5000000 times in all, far beyond any real report (loops inside "
                   "loops multiply)") != std::string::npos);
  CHECK(r.err.find("hint: make the loop select the elements it means (kpis/kpi rather than //*), or nest fewer loops") !=
        std::string::npos);
  CHECK_FALSE(fs::exists(dir / "out.docx"));
  CHECK(fs::directory_iterator(dir.path()) != fs::directory_iterator());
  for (const auto& e : fs::directory_iterator(dir.path())) CHECK(e.path().filename() == "t.docx");
}

TEST_CASE("Loops that would write a part larger than 256 MiB are refused, naming the loop", "[cli]") {
  ScratchDir dir("bounds-part-size");
  // 20 elements, one of them 1 MiB of text: 20 × 20 repetitions of it would make 400 MiB.
  std::string data = "<council>";
  for (int i = 0; i < 18; ++i) data += "<e/>";
  data += "<big>" + std::string(1 << 20, 'a') + "</big></council>";
  write_text(dir / "d.xml", data);
  const auto tpl = template_with_body(dir / "t.docx", {"{{#each //*}}{{#each //*}}{{ string(/council/big) }}{{/each}}{{/each}}"});
  auto r = run_docket("render " + q(tpl) + " " + q(dir / "d.xml") + " -o " + q(dir / "out.docx"));
  INFO(r.err);
  CHECK(r.status == 4);
  CHECK(r.err.find("{{#each //*}} makes word/document.xml larger than 256 MiB, far beyond any real report") !=
        std::string::npos);
  CHECK_FALSE(fs::exists(dir / "out.docx"));
}

TEST_CASE("A template with more than 20,000 tags is refused before it is compiled", "[cli]") {
  ScratchDir dir("bounds-tags");
  std::string many;
  for (int i = 0; i < 20'001; ++i) many += "{{ meta/title }}";
  const auto tpl = template_with_body(dir / "t.docx", {many});
  auto r = run_docket("check " + q(tpl));
  INFO(r.err);
  CHECK(r.status == 4);
  CHECK(r.err == "docket: error: " + tpl.string() +
                     ": the template has more than 20000 tags (20001 by the end of word/document.xml), far more than any "
                     "real template\n  hint: check that this is the template you meant; a report template needs hundreds "
                     "of tags, not thousands\n");
}
