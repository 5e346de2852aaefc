#include <catch2/catch.hpp>

#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;
using test::styled_look;

namespace {

struct MergedAbc {
  test::ScratchDir dir{"merge-styles"};
  Diagnostics diags;
  std::filesystem::path pack = test::merge_abc(dir.path(), diags);
  xml::Document document = test::parse_part(pack, "word/document.xml");
  xml::Document styles = test::parse_part(pack, "word/styles.xml");

  std::map<std::string, std::string> look_of(const std::string& text) {
    const xmlNode* p = test::paragraph_with(document, text);
    REQUIRE(p != nullptr);
    return styled_look(styles, p);
  }
  std::string style_of(const std::string& text) {
    return test::w_attribute(xml::child(xml::child(test::paragraph_with(document, text), "pPr"), "pStyle"), "val");
  }
};

std::map<std::string, std::string> source_look(const std::string& fixture, const std::string& text) {
  auto path = test::merge_fixture(fixture);
  auto document = test::parse_part(path, "word/document.xml");
  auto styles = test::parse_part(path, "word/styles.xml");
  return styled_look(styles, test::paragraph_with(document, text));
}

}  // namespace

TEST_CASE_METHOD(MergedAbc, "A merged pack is valid and needs no warnings", "[pack]") {
  CHECK(test::ooxml_problems(pack) == "");
  CHECK(diags.empty());
}

TEST_CASE_METHOD(MergedAbc, "Each document's paragraphs keep the look their styles gave them alone", "[pack]") {
  SECTION("the first document's Heading 1 is unchanged") {
    CHECK(style_of("Corporate performance report") == "Heading1");
    CHECK(look_of("Corporate performance report") == source_look("report-python-docx.docx", "Corporate performance report"));
    CHECK(look_of("Corporate performance report")["sz"] == "28");
    CHECK(look_of("Corporate performance report")["color"] == "365F91");
  }
  SECTION("the clashing Heading 1 is renamed for the third document and stays red 20pt") {
    CHECK(style_of("Minutes of the Cabinet meeting") == "Heading1-3");
    auto look = look_of("Minutes of the Cabinet meeting");
    CHECK(look["sz"] == "40");
    CHECK(look["color"] == "FF0000");
  }
  SECTION("body text without a style gets its own document's Normal, with its defaults made explicit") {
    CHECK(style_of("Present: Councillor Holdich") == "Normal-3");
    auto look = look_of("Present: Councillor Holdich");
    CHECK(look == std::map<std::string, std::string>{
                      {"after", "0"}, {"font", "Times New Roman"}, {"line", "240"}, {"sz", "22"}});
    CHECK(look == source_look("colliding-styles.docx", "Present: Councillor Holdich"));
  }
  SECTION("the first document's body text is unchanged") {
    CHECK(style_of("This report sets out") == "");
    CHECK(look_of("This report sets out") == source_look("report-python-docx.docx", "This report sets out"));
  }
  SECTION("the LibreOffice document keeps Liberation Serif 12pt and its own heading") {
    CHECK(look_of("This appendix sets out")["font"] == "Liberation Serif");
    CHECK(look_of("This appendix sets out")["sz"] == "24");
    CHECK(look_of("Options considered")["color"] == "2E74B5");
    CHECK(look_of("Options considered")["sz"] == "28");
  }
}

TEST_CASE_METHOD(MergedAbc, "Identical style definitions are shared and clashing ones renamed with their names",
                 "[pack]") {
  auto ids = [&](const std::string& id) {
    int n = 0;
    for (xmlNode* s : test::elements(styles, "style")) n += test::w_attribute(s, "styleId") == id;
    return n;
  };
  CHECK(ids("TableGrid") == 1);
  CHECK(ids("TableGrid-3") == 0);  // same definition in the report and the minutes
  CHECK(ids("Heading1-3") == 1);
  CHECK(ids("Heading1-2") == 1);   // LibreOffice's Heading 1 differs too
  for (xmlNode* s : test::elements(styles, "style")) {
    if (test::w_attribute(s, "styleId") == "Heading1-3") {
      CHECK(test::w_attribute(xml::child(s, "name"), "val") == "heading 1 (3)");
      CHECK(test::w_attribute(xml::child(s, "basedOn"), "val") == "Normal-3");
    }
  }
  int defaults = 0;
  for (xmlNode* s : test::elements(styles, "style")) {
    defaults += test::w_attribute(s, "type") == "paragraph" && test::w_attribute(s, "default") == "1";
  }
  CHECK(defaults == 1);
}

TEST_CASE_METHOD(MergedAbc, "The pack's language is the default language of its text", "[pack]") {
  auto defaults = test::elements(styles, "docDefaults");
  REQUIRE(defaults.size() == 1);
  CHECK(test::w_attribute(xml::descendants(defaults.front(), "lang").front(), "val") == "en-GB");
  CHECK(test::read_part(pack, "docProps/core.xml").find("<dc:title>Cabinet, 18 December 2023</dc:title>") !=
        std::string::npos);
}
