#include <catch2/catch.hpp>

#include "ooxml/names.hpp"
#include "ooxml/package.hpp"
#include "ooxml/part_name.hpp"
#include "support/error.hpp"
#include "test_support.hpp"

using namespace docket::ooxml;
using docket::test::source_path;

TEST_CASE("Part names resolve relationship targets as OPC does", "[ooxml]") {
  CHECK(rels_part_for("word/document.xml") == "word/_rels/document.xml.rels");
  CHECK(rels_part_for("") == "_rels/.rels");
  CHECK(resolve_target("word/document.xml", "media/image1.png") == "word/media/image1.png");
  CHECK(resolve_target("word/document.xml", "../customXml/item1.xml") == "customXml/item1.xml");
  CHECK(resolve_target("word/document.xml", "/word/styles.xml") == "word/styles.xml");
  CHECK(resolve_target("", "word/document.xml") == "word/document.xml");
  CHECK(resolve_target("word/document.xml", "media/my%20image.png") == "word/media/my image.png");
  CHECK(resolve_target("word/document.xml", "../../escape.xml") == "");
  CHECK(relative_target("word/document.xml", "word/header1.xml") == "header1.xml");
  CHECK(relative_target("word/document.xml", "customXml/item1.xml") == "/customXml/item1.xml");
}

TEST_CASE("Relationships hand out fresh ids above every id in use", "[ooxml]") {
  docket::Diagnostics diags;
  auto rels = Relationships::parse(
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId7\" Type=\"t\" Target=\"a.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"t\" Target=\"http://x\" TargetMode=\"External\"/>"
      "</Relationships>",
      "word/document.xml", "t.docx", diags);
  REQUIRE(rels.all().size() == 2);
  CHECK(rels.find("rId2")->external);
  CHECK(rels.target_part(*rels.find("rId7")) == "word/a.xml");
  CHECK(rels.add(rel::hyperlink, "https://example.org", true) == "rId8");
  CHECK(rels.add(rel::hyperlink, "https://example.org/2", true) == "rId9");
  rels.remove("rId7");
  CHECK(rels.find("rId7") == nullptr);
  CHECK(rels.modified());
}

TEST_CASE("Package finds the main document and content types", "[ooxml]") {
  auto pkg = Package::open(source_path("fixtures/zip/valid-minimal.docx"));
  CHECK(pkg.main_document() == "word/document.xml");
  CHECK(pkg.content_types().type_of("word/document.xml") == content_type::main_document);
  CHECK(pkg.content_types().type_of("word/_rels/document.xml.rels") == content_type::relationships);
  CHECK(pkg.part_names() == std::vector<std::string>{"_rels/.rels", "word/document.xml"});
}

TEST_CASE("Package refuses hostile parts of the package structure", "[ooxml]") {
  CHECK_THROWS_AS(Package::open(source_path("fixtures/zip/entry-name-dotdot.docx")), docket::UnsafeInput);
  CHECK_THROWS_AS(Package::open(source_path("fixtures/zip/not-a-zip.docx")), docket::IoError);
}

TEST_CASE("Package rewrites replaced parts and copies the rest", "[ooxml]") {
  docket::test::ScratchDir dir("package-write");
  {
    auto pkg = Package::open(source_path("fixtures/zip/valid-minimal.docx"));
    pkg.replace_stream("word/document.xml", [](docket::ByteSink& out) { out.write("<replaced/>"); });
    auto& rels = pkg.relationships("word/document.xml");
    pkg.add_part("word/extra.xml", "application/xml", "<extra/>");
    rels.add(rel::hyperlink, "https://www.peterborough.gov.uk", true);
    pkg.write(dir / "out.docx");
  }
  auto out = Package::open(dir / "out.docx");
  CHECK(out.read_part("word/document.xml") == "<replaced/>");
  CHECK(out.read_part("word/extra.xml") == "<extra/>");
  CHECK(out.relationships("word/document.xml").all().at(0).target == "https://www.peterborough.gov.uk");
  CHECK(out.part_names() == std::vector<std::string>{"_rels/.rels", "word/document.xml",
                                                      "word/extra.xml", "word/_rels/document.xml.rels"});
}
