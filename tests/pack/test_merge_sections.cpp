#include <catch2/catch.hpp>

#include "ooxml/package.hpp"
#include "ooxml/wml.hpp"
#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

// A w:sectPr as "type orient w×h header-ids footer-ids".
struct Section {
  std::string type, orient, size;
  std::map<std::string, std::string> headers, footers;  // w:type → part
};

struct MergedSections {
  test::ScratchDir dir{"merge-sections"};
  Diagnostics diags;
  std::filesystem::path pack;
  xml::Document document;
  std::vector<Section> sections;

  void merge(std::vector<pack::MergeSource> sources) {
    pack = dir / "pack.docx";
    pack::merge_documents(sources, pack, {}, diags);
    document = test::parse_part(pack, "word/document.xml");
    auto package = ooxml::Package::open(pack);
    auto& rels = package.relationships("word/document.xml");
    for (xmlNode* s : test::elements(document, "sectPr")) {
      Section section;
      section.type = test::w_attribute(xml::child(s, "type"), "val");
      section.orient = test::w_attribute(xml::child(s, "pgSz"), "orient");
      section.size = test::w_attribute(xml::child(s, "pgSz"), "w") + "x" + test::w_attribute(xml::child(s, "pgSz"), "h");
      for (bool header : {true, false}) {
        for (xmlNode* ref : xml::children(s, header ? "headerReference" : "footerReference")) {
          (header ? section.headers : section.footers)[test::w_attribute(ref, "type")] =
              rels.target_part(*rels.find(test::w_attribute(ref, "r:id")));
        }
      }
      sections.push_back(section);
    }
  }
  void merge_abc() {
    merge({test::source("report-python-docx.docx", "item_1"), test::source("appendix-libreoffice.docx", "item_2"),
           test::source("colliding-styles.docx", "item_3")});
  }
};

}  // namespace

TEST_CASE_METHOD(MergedSections, "Each document keeps its sections and starts on an odd page", "[pack]") {
  merge_abc();
  REQUIRE(sections.size() == 5);  // the report's one, the appendix's three, the minutes' one
  CHECK(sections[0].type == "");
  CHECK(sections[1].type == "oddPage");
  CHECK(sections[2].type == "nextPage");
  CHECK(sections[2].orient == "landscape");
  CHECK(sections[2].size == "16838x11906");
  CHECK(sections[3].size == "11906x16838");
  CHECK(sections[4].type == "oddPage");
  // Page numbers run on: no section restarts them.
  for (xmlNode* n : test::elements(document, "pgNumType")) CHECK(test::w_attribute(n, "start") == "");
}

TEST_CASE_METHOD(MergedSections, "A document's last section ends in its own last paragraph", "[pack]") {
  merge_abc();
  const xmlNode* last = test::paragraph_with(document, "Regular reporting lets Cabinet see");
  std::vector<const xmlNode*> with_break;
  for (xmlNode* p : ooxml::all_paragraphs(document.root())) {
    if (xml::child(xml::child(p, "pPr"), "sectPr") != nullptr) with_break.push_back(p);
  }
  REQUIRE(with_break.size() == 4);
  CHECK(xml::text(with_break[0]) == xml::text(last));
  CHECK(xml::text(with_break[3]) == "The depot sale completes later than March 2025.");
}

TEST_CASE_METHOD(MergedSections, "A bookmark marks where each document starts", "[pack]") {
  merge_abc();
  for (auto [name, text] : {std::pair{"item_1", "Corporate performance report"}, {"item_2", "Appendix B: Financial"},
                            {"item_3", "Minutes of the Cabinet meeting"}}) {
    const xmlNode* p = test::paragraph_with(document, text);
    REQUIRE(p != nullptr);
    const xmlNode* first = xml::child(p, "bookmarkStart");
    CHECK(test::w_attribute(first, "name") == name);
  }
}

TEST_CASE_METHOD(MergedSections, "Headers do not run on into a document that had none", "[pack]") {
  merge_abc();
  CHECK(sections[0].headers.at("default") == "word/header1.xml");
  CHECK(sections[0].footers.at("default") == "word/footer1.xml");
  // The appendix and the minutes had no header: each gets a blank one, and the pack's footer.
  CHECK(test::part_text(pack, sections[1].headers.at("default")) == "\n");
  CHECK(sections[4].headers.at("default") == sections[1].headers.at("default"));
  CHECK(test::read_part(pack, sections[1].footers.at("default")).find("<w:fldSimple w:instr=\" PAGE \\* MERGEFORMAT \">") !=
        std::string::npos);
  CHECK(test::part_text(pack, sections[1].footers.at("default")) == "Page 1\n");
  // The appendix's later sections name none and take its first section's.
  CHECK(sections[2].headers.empty());
}

TEST_CASE_METHOD(MergedSections, "A page banner heads every page of its document", "[pack]") {
  const std::string banner = "NOT FOR PUBLICATION — exempt information under paragraph 3 of Part 1 of Schedule 12A";
  auto report = test::source("report-python-docx.docx");
  auto appendix = test::source("appendix-libreoffice.docx");
  appendix.page_banner = banner;
  auto second_report = test::source("report-python-docx.docx");
  second_report.page_banner = "NOT FOR PUBLICATION";
  merge({report, appendix, second_report});
  CHECK(test::ooxml_problems(pack) == "");
  REQUIRE(sections.size() == 5);
  CHECK(test::part_text(pack, sections[0].headers.at("default")).find("NOT FOR") == std::string::npos);
  CHECK(test::part_text(pack, sections[1].headers.at("default")) == banner + "\n");
  // A document with a header of its own gets the banner above it.
  CHECK(test::part_text(pack, sections[4].headers.at("default")) ==
        "NOT FOR PUBLICATION\nPeterborough City Council · Cabinet · 18 December 2023\n");
}

TEST_CASE_METHOD(MergedSections, "A document need not start on an odd page", "[pack]") {
  auto appendix = test::source("appendix-libreoffice.docx");
  appendix.start_on_odd_page = false;
  merge({test::source("report-python-docx.docx"), appendix});
  CHECK(sections[1].type == "nextPage");
}

TEST_CASE_METHOD(MergedSections, "Without the pack footer, a document without footers gets blank ones", "[pack]") {
  pack = dir / "plain.docx";
  pack::merge_documents({test::source("report-python-docx.docx"), test::source("colliding-styles.docx")}, pack,
                        {.add_page_number_footer = false}, diags);
  auto doc = test::parse_part(pack, "word/document.xml");
  auto last = test::elements(doc, "sectPr").back();
  auto package = ooxml::Package::open(pack);
  auto& rels = package.relationships("word/document.xml");
  const xmlNode* footer = xml::child(last, "footerReference");
  REQUIRE(footer != nullptr);
  CHECK(test::part_text(pack, rels.target_part(*rels.find(test::w_attribute(footer, "r:id")))) == "\n");
}

TEST_CASE("Merging the same documents twice gives the same bytes", "[pack]") {
  test::ScratchDir one("merge-det-1"), two("merge-det-2");
  Diagnostics diags;
  auto a = test::merge_abc(one.path(), diags);
  auto b = test::merge_abc(two.path(), diags);
  CHECK(test::read_text(a) == test::read_text(b));
}
