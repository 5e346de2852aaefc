// The progress a pack reports (pack/progress.hpp): every step as it begins, counted against
// the whole job once the agenda is read, for the command line and the server to show.
#include <catch2/catch.hpp>

#include "pack/pack.hpp"
#include "test_support.hpp"

using namespace docket;

TEST_CASE("A pack reports each step as it begins, counted against the whole job", "[pack]") {
  test::ScratchDir dir("pack-progress");
  std::vector<pack::ProgressStep> steps;
  pack::PackOptions options;
  options.progress = [&](const pack::ProgressStep& s) { steps.push_back(s); };
  Diagnostics diags;
  REQUIRE(pack::build_pack(test::source_path("fixtures/agenda-pcc-cabinet-2023-12-18.xml"), dir / "pack.docx", options, diags));

  REQUIRE(steps.size() == 13);  // the agenda, its 10 items, the front sheet, the pack
  CHECK(steps.front().what == "reading the agenda");
  CHECK(steps.front().total == 0);  // not known before the agenda is read
  CHECK(steps[1].what == "preparing item 1 of 10: Apologies for Absence");
  CHECK(steps[6].what == "rendering item 6 of 10: City Market Regeneration \u2013 Approval of Delivery Strategy");
  CHECK(steps[11].what == "making the front sheet");
  CHECK(steps.back().what == "writing the pack");
  for (std::size_t i = 1; i < steps.size(); ++i) {
    CHECK(steps[i].done == i);
    CHECK(steps[i].total == steps.size());
  }
}

TEST_CASE("A counter numbers steps and never reports a total below the steps begun", "[pack]") {
  std::vector<pack::ProgressStep> seen;
  pack::ProgressCounter counter([&](const pack::ProgressStep& s) { seen.push_back(s); }, 2);
  counter.begin("one");
  counter.begin("two");
  counter.begin("three, not foreseen");
  REQUIRE(seen.size() == 3);
  CHECK(seen[2].done == 2);
  CHECK(seen[2].total == 3);
  pack::ProgressCounter silent(nullptr);
  silent.begin("nobody listens");  // an empty callback is allowed
}
