#include <catch2/catch.hpp>

#include <set>

#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

// What numbers a paragraph: its own w:numPr, else its style's (following w:basedOn).
struct Numbering {
  std::string num_id;
  std::string abstract_id;
  std::string start;  // of level 0
};

struct MergedLists {
  test::ScratchDir dir{"merge-lists"};
  Diagnostics diags;
  std::filesystem::path pack = test::merge_abc(dir.path(), diags);
  xml::Document document = test::parse_part(pack, "word/document.xml");
  xml::Document styles = test::parse_part(pack, "word/styles.xml");
  xml::Document numbering = test::parse_part(pack, "word/numbering.xml");

  std::string num_id_of(const xmlNode* p) {
    xmlNode* direct = xml::child(xml::child(xml::child(p, "pPr"), "numPr"), "numId");
    if (direct != nullptr) return test::w_attribute(direct, "val");
    std::string style = test::w_attribute(xml::child(xml::child(p, "pPr"), "pStyle"), "val");
    for (int depth = 0; depth < 10 && !style.empty(); ++depth) {
      const xmlNode* found = nullptr;
      for (xmlNode* s : test::elements(styles, "style")) {
        if (test::w_attribute(s, "styleId") == style) found = s;
      }
      if (found == nullptr) break;
      if (xmlNode* n = xml::child(xml::child(xml::child(found, "pPr"), "numPr"), "numId")) return test::w_attribute(n, "val");
      style = test::w_attribute(xml::child(found, "basedOn"), "val");
    }
    return {};
  }

  Numbering numbering_of(const std::string& text) {
    const xmlNode* p = test::paragraph_with(document, text);
    REQUIRE(p != nullptr);
    Numbering n{num_id_of(p), {}, {}};
    for (xmlNode* num : test::elements(numbering, "num")) {
      if (test::w_attribute(num, "numId") == n.num_id) n.abstract_id = test::w_attribute(xml::child(num, "abstractNumId"), "val");
    }
    for (xmlNode* a : test::elements(numbering, "abstractNum")) {
      if (test::w_attribute(a, "abstractNumId") != n.abstract_id) continue;
      n.start = test::w_attribute(xml::child(xml::child(a, "lvl"), "start"), "val");
    }
    return n;
  }
};

}  // namespace

TEST_CASE_METHOD(MergedLists, "A list in a later document starts again instead of continuing the first's",
                 "[pack]") {
  // Both the report and the minutes number their list through the template's List Number style.
  Numbering report = numbering_of("note the performance of the key indicators");
  Numbering minutes = numbering_of("The Cabinet approved the City Market business case");
  REQUIRE(!report.abstract_id.empty());
  REQUIRE(!minutes.abstract_id.empty());
  CHECK(report.num_id != minutes.num_id);
  CHECK(report.abstract_id != minutes.abstract_id);
  CHECK(minutes.start == "1");
  CHECK(test::w_attribute(xml::child(xml::child(test::paragraph_with(document, "The Cabinet approved"), "pPr"),
                                     "pStyle"), "val") == "ListNumber-3");
}

TEST_CASE_METHOD(MergedLists, "Items of one list in a document stay one list", "[pack]") {
  CHECK(numbering_of("note the performance").num_id == numbering_of("ask officers to report again").num_id);
  CHECK(numbering_of("Do minimum: essential repairs").num_id == numbering_of("phase one: roof and services").num_id);
  // The appendix restarts its own list for the funding risks, as it did alone.
  CHECK(numbering_of("Do minimum: essential repairs").num_id != numbering_of("Interest rates rise").num_id);
}

TEST_CASE_METHOD(MergedLists, "Lists applied through heading styles are renumbered with the rest", "[pack]") {
  // LibreOffice numbers its headings through Heading 1's w:numPr (outline numbering).
  Numbering heading = numbering_of("Options considered");
  REQUIRE(!heading.num_id.empty());
  CHECK(heading.abstract_id != numbering_of("note the performance").abstract_id);
  CHECK(heading.abstract_id != numbering_of("Do minimum").abstract_id);
}

TEST_CASE_METHOD(MergedLists, "Every list definition of the pack is its own Word list", "[pack]") {
  std::set<std::string> nsids;
  auto abstracts = test::elements(numbering, "abstractNum");
  int with_nsid = 0;
  for (xmlNode* a : abstracts) {
    if (xmlNode* nsid = xml::child(a, "nsid")) {
      nsids.insert(test::w_attribute(nsid, "val"));
      ++with_nsid;
    }
  }
  CHECK(with_nsid == 18);  // Writer writes none
  CHECK(nsids.size() == 18);
  CHECK(abstracts.size() == 9 + 3 + 9);  // the template's nine twice, Writer's three
}
