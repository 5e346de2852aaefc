#include <catch2/catch.hpp>

#include "support/error.hpp"
#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

TEST_CASE("Merging nothing is refused", "[pack]") {
  test::ScratchDir dir("merge-nothing");
  Diagnostics diags;
  CHECK_THROWS_AS(pack::merge_documents({}, dir / "pack.docx", {}, diags), InvalidInput);
  CHECK_FALSE(std::filesystem::exists(dir / "pack.docx"));
}

TEST_CASE("A source that cannot be read ends the merge and writes nothing", "[pack]") {
  test::ScratchDir dir("merge-missing");
  Diagnostics diags;
  auto missing = test::source("report-python-docx.docx");
  missing.path = dir / "no-such.docx";
  CHECK_THROWS_AS(pack::merge_documents({test::source("report-python-docx.docx"), missing}, dir / "pack.docx", {}, diags),
                  IoError);
  CHECK_FALSE(std::filesystem::exists(dir / "pack.docx"));
}

TEST_CASE("A source refused as unsafe is refused for the pack", "[pack]") {
  test::ScratchDir dir("merge-unsafe");
  Diagnostics diags;
  auto hostile = test::source("report-python-docx.docx");
  hostile.path = test::source_path("fixtures/zip/entry-name-dotdot.docx");
  CHECK_THROWS_AS(pack::merge_documents({hostile}, dir / "pack.docx", {}, diags), UnsafeInput);
}

TEST_CASE("Two documents asking for one bookmark: the second is told and goes without", "[pack]") {
  test::ScratchDir dir("merge-bookmark");
  Diagnostics diags;
  auto pack = dir / "pack.docx";
  pack::merge_documents({test::source("report-python-docx.docx", "item_5"), test::source("colliding-styles.docx", "item_5")},
                        pack, {}, diags);
  REQUIRE(diags.size() == 1);
  CHECK(to_text(diags.items().front()) ==
        test::merge_fixture("colliding-styles.docx").string() +
            ": warning: colliding-styles.docx: the bookmark item_5 is already used for an earlier document\n"
        "  hint: give each document of the pack its own bookmark name");
  CHECK(test::ooxml_problems(pack) == "");
}
