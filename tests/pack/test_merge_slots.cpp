#include <catch2/catch.hpp>

#include "pack/detail/merge_sections.hpp"
#include "pack/detail/merge_xml.hpp"
#include "xml/document.hpp"
#include "xml/node.hpp"

using namespace docket;
using namespace docket::pack::detail;

namespace {

constexpr const char* kRoot =
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>";

// The body's sections after adjust_sections, each written out.
std::vector<std::string> adjusted(const std::string& body, const SectionPlan& plan) {
  Diagnostics diags;
  auto doc = xml::parse(std::string(kRoot) + body + "</w:body></w:document>", "body", diags);
  REQUIRE(doc);
  xmlNode* b = xml::child(doc->root(), "body");
  adjust_sections(b, plan);
  std::vector<std::string> out;
  for (xmlNode* s : section_properties(b)) out.push_back(to_xml_string(s));
  return out;
}

}  // namespace

TEST_CASE("Slots a document's first section leaves empty are filled, and even pages show the default", "[pack]") {
  auto sections = adjusted(
      "<w:p/><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/><w:pgNumType w:fmt=\"decimal\" "
      "w:start=\"5\"/><w:titlePg/></w:sectPr>",
      {.last_unit = true, .pack_even_odd = true, .title_page = true, .header_filler = "rIdH", .footer_filler = "rIdF"});
  REQUIRE(sections.size() == 1);
  CHECK(sections[0] ==
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/>"
        "<w:headerReference w:type=\"even\" r:id=\"rId1\"/>"
        "<w:headerReference w:type=\"first\" r:id=\"rIdH\"/>"
        "<w:footerReference w:type=\"default\" r:id=\"rIdF\"/>"
        "<w:footerReference w:type=\"first\" r:id=\"rIdF\"/>"
        "<w:footerReference w:type=\"even\" r:id=\"rIdF\"/>"
        "<w:type w:val=\"oddPage\"/><w:pgNumType w:fmt=\"decimal\"/><w:titlePg/></w:sectPr>");
}

TEST_CASE("A document's last section moves into its last paragraph, and a table needs a paragraph of its own",
          "[pack]") {
  SECTION("a paragraph") {
    auto sections = adjusted("<w:p><w:r><w:t>end</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>",
                             {.first_unit = true});
    REQUIRE(sections.size() == 1);
    CHECK(sections[0] == "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>");
  }
  SECTION("a table") {
    Diagnostics diags;
    auto doc = xml::parse(std::string(kRoot) + "<w:tbl/><w:sectPr/></w:body></w:document>", "body", diags);
    xmlNode* body = xml::child(doc->root(), "body");
    adjust_sections(body, {.first_unit = true, .odd_page = false});
    auto blocks = xml::children(body);
    REQUIRE(blocks.size() == 2);
    CHECK(xml::local_name(blocks[1]) == "p");
    CHECK(xml::child(xml::child(blocks[1], "pPr"), "sectPr") != nullptr);
  }
}

TEST_CASE("A filler header makes room by moving the header distance, not the text", "[pack]") {
  auto sections = adjusted(
      "<w:p/><w:sectPr><w:pgMar w:top=\"1417\" w:bottom=\"1134\" w:header=\"0\" w:footer=\"0\"/></w:sectPr>",
      {.last_unit = true, .header_filler = "rIdH", .header_filler_height = 283, .footer_filler_height = 283});
  CHECK(sections[0].find("<w:pgMar w:top=\"1417\" w:bottom=\"1134\" w:header=\"1134\" w:footer=\"851\"/>") !=
        std::string::npos);
}

TEST_CASE("Which first-section slots must be filled", "[pack]") {
  CHECK(leaves_slot_empty({false, false, false}, false, false, false));
  CHECK_FALSE(leaves_slot_empty({true, false, false}, false, false, false));
  CHECK(leaves_slot_empty({true, false, false}, true, false, false));         // a title page
  CHECK_FALSE(leaves_slot_empty({true, false, false}, false, true, false));   // even pages copy the default
  CHECK(leaves_slot_empty({true, false, false}, false, true, true));          // the unit had its own even pages
}
