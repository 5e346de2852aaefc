#include <catch2/catch.hpp>

#include <set>

#include "ooxml/package.hpp"
#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

struct MergedParts {
  test::ScratchDir dir{"merge-parts"};
  Diagnostics diags;
  std::filesystem::path pack = test::merge_abc(dir.path(), diags);
  xml::Document document = test::parse_part(pack, "word/document.xml");

  std::string target_of(const std::string& id) {
    auto package = ooxml::Package::open(pack);
    auto& rels = package.relationships("word/document.xml");
    const auto* r = rels.find(id);
    return r ? rels.target_part(*r) : std::string();
  }
};

}  // namespace

TEST_CASE_METHOD(MergedParts, "Pictures come with their relationships and media, under names of their own",
                 "[pack]") {
  auto blips = test::elements(document, "blip");
  REQUIRE(blips.size() == 2);
  const std::string chart = target_of(test::w_attribute(blips[0], "r:embed"));
  const std::string badge = target_of(test::w_attribute(blips[1], "r:embed"));
  CHECK(chart == "word/media/image1.png");
  CHECK(badge == "word/media/image1-2.png");
  CHECK(test::read_part(pack, chart) == test::read_part(test::merge_fixture("report-python-docx.docx"), "word/media/image1.png"));
  CHECK(test::read_part(pack, badge) == test::read_part(test::merge_fixture("colliding-styles.docx"), "word/media/image1.png"));
}

TEST_CASE_METHOD(MergedParts, "Drawing and bookmark ids are unique in the pack", "[pack]") {
  std::set<std::string> drawings;
  for (xmlNode* d : test::elements(document, "docPr")) drawings.insert(*xml::attribute(d, "id"));
  CHECK(drawings == std::set<std::string>{"1", "2"});
  std::set<std::string> ids, names;
  auto starts = test::elements(document, "bookmarkStart");
  for (xmlNode* b : starts) {
    ids.insert(test::w_attribute(b, "id"));
    names.insert(test::w_attribute(b, "name"));
  }
  CHECK(ids.size() == starts.size());
  CHECK(names == std::set<std::string>{"Summary", "Summary_3", "item_1", "item_2", "item_3"});
}

TEST_CASE_METHOD(MergedParts, "A renamed bookmark takes its document's links and fields with it", "[pack]") {
  const xmlNode* refs = test::paragraph_with(document, "Those present are listed under");
  REQUIRE(refs != nullptr);
  CHECK(test::w_attribute(xml::child(refs, "hyperlink"), "anchor") == "Summary_3");
  std::string instructions;
  for (xmlNode* i : xml::descendants(refs, "instrText")) instructions += xml::text(i) + "|";
  CHECK(instructions == " PAGEREF Summary_3 \\h | REF Summary_3 \\h |");
}

TEST_CASE_METHOD(MergedParts, "Footnotes are renumbered, resolve, and keep their text", "[pack]") {
  auto notes = test::parse_part(pack, "word/footnotes.xml");
  std::map<std::string, std::string> text_of;
  for (xmlNode* n : test::elements(notes, "footnote")) text_of[test::w_attribute(n, "id")] = xml::text(n);
  std::vector<std::string> shown;
  for (xmlNode* r : test::elements(document, "footnoteReference")) shown.push_back(text_of[test::w_attribute(r, "id")]);
  REQUIRE(shown.size() == 3);
  CHECK(shown[0].find("Outturn prices assume") != std::string::npos);
  CHECK(shown[1].find("district valuer") != std::string::npos);
  CHECK(shown[2].find("VAT adviser") != std::string::npos);
  CHECK(text_of.size() == 5);  // the three notes and Word's two separators (the report has no notes)
}

TEST_CASE("The same document merged twice gets fresh note ids and part names", "[pack]") {
  test::ScratchDir dir("merge-twice");
  Diagnostics diags;
  auto pack = dir / "twice.docx";
  pack::merge_documents({test::source("appendix-libreoffice.docx"), test::source("appendix-libreoffice.docx")}, pack,
                        {}, diags);
  CHECK(test::ooxml_problems(pack) == "");
  auto document = test::parse_part(pack, "word/document.xml");
  std::set<std::string> ids;
  for (xmlNode* r : test::elements(document, "footnoteReference")) ids.insert(test::w_attribute(r, "id"));
  CHECK(ids == std::set<std::string>{"2", "3", "4", "5", "6", "7"});
}

TEST_CASE("Comments are carried with fresh ids, each reference resolving", "[pack]") {
  test::ScratchDir dir("merge-comments");
  Diagnostics diags;
  auto pack = dir / "pack.docx";
  pack::merge_documents({test::source("draft-with-markup.docx"), test::source("report-python-docx.docx"),
                         test::source("draft-with-markup.docx")},
                        pack, {}, diags);
  CHECK(test::ooxml_problems(pack) == "");
  auto comments = test::parse_part(pack, "word/comments.xml");
  std::map<std::string, std::string> text_of;
  for (xmlNode* c : test::elements(comments, "comment")) text_of[test::w_attribute(c, "id")] = xml::text(c);
  CHECK(text_of.size() == 2);
  auto document = test::parse_part(pack, "word/document.xml");
  std::vector<std::string> ids;
  for (xmlNode* r : test::elements(document, "commentReference")) ids.push_back(test::w_attribute(r, "id"));
  REQUIRE(ids == std::vector<std::string>{"0", "1"});
  for (const auto& id : ids) CHECK(text_of[id].find("check this figure with finance") != std::string::npos);
}

TEST_CASE("Every document of the repository's corpora merges into a valid pack", "[pack]") {
  test::ScratchDir dir("merge-corpora");
  std::vector<pack::MergeSource> sources;
  for (const char* folder : {"fixtures/merge", "fixtures/templates", "fixtures/papers"}) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(test::source_path(folder))) {
      if (e.path().extension() == ".docx") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) sources.push_back({.path = f, .label = f.filename().string(), .bookmark = "doc_" + std::to_string(sources.size() + 1)});
  }
  REQUIRE(sources.size() >= 5);
  Diagnostics diags;
  auto pack = dir / "pack.docx";
  pack::merge_documents(sources, pack, {.title = "Everything"}, diags);
  CHECK(test::ooxml_problems(pack) == "");
  for (const auto& d : diags) CHECK(d.severity == Severity::warning);
  auto document = test::parse_part(pack, "word/document.xml");
  std::set<std::string> starts;
  for (xmlNode* b : test::elements(document, "bookmarkStart")) starts.insert(test::w_attribute(b, "name"));
  for (std::size_t i = 1; i <= sources.size(); ++i) CHECK(starts.count("doc_" + std::to_string(i)) == 1);
}
