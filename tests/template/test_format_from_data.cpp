// Formatting from data: fill= shades a table cell (a risk heat map), colour= and highlight=
// colour text, link= makes a hyperlink; colours are hex or status words, checked for WCAG
// contrast. Tags typed into attributes or link addresses are reported, and the output stays valid.
#include <catch2/catch.hpp>

#include "ooxml/names.hpp"
#include "ooxml/package.hpp"
#include "rendered_text.hpp"
#include "test_support.hpp"
#include "word_markup.hpp"

using namespace docket::test;
using namespace docket::test::word;

namespace {

const std::string kRisks =
    "<r><risk><name>Flooding</name><score>20</score><band>Red</band><fill>C00000</fill></risk>"
    "<risk><name>Cyber</name><score>9</score><band>Amber</band><fill>#FFC000</fill></risk>"
    "<risk><name>Staffing</name><score>4</score><band>Green</band><fill></fill></risk>"
    "<variance>-12.5</variance><site>https://www.northfield.example/budget</site></r>";

struct Out {
  Rendered r;
  std::string xml;
};

Out render_body(const ScratchDir& dir, const std::string& body, const std::string& data = kRisks, bool draft = false) {
  write_template(body, dir / "t.docx");
  write_text(dir / "d.xml", data);
  Out o{render_template(dir / "t.docx", dir / "d.xml", dir / "out.docx", draft), {}};
  if (o.r.written) {
    o.xml = part_xml(dir / "out.docx", "word/document.xml");
    CHECK(ooxml_problems(dir / "out.docx").empty());
  }
  return o;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("fill= shades each repeated cell from the data, with readable text", "[template]") {
  ScratchDir dir("format-fill");
  const auto body = table({row({cell({para("Risk")}), cell({para("Score")})}),
                           row({cell({para("{{#each risk}}{{ name }}")}),
                                cell({para({run("Score "), run("{{ score fi", kBold), kSpellStart, run("ll=\"fill\" }}", kBold), kSpellEnd,
                                            run("{{/each}}")})})})},
                          2);
  auto o = render_body(dir, body);
  INFO(o.r.messages);
  REQUIRE(o.r.written);
  CHECK(o.r.diags.empty());
  CHECK(xpath_strings(o.xml, "//w:tr/w:tc[2]/w:tcPr/w:shd/@w:fill") == Strings{"C00000", "FFC000"});
  CHECK(xpath_strings(o.xml, "//w:tr[w:tc[2]/w:tcPr/w:shd]/w:tc[2]//w:r[w:t='20' or w:t='9']/w:rPr/w:color/@w:val") ==
        Strings{"FFFFFF", "000000"});
  SECTION("the value keeps its own formatting") {
    CHECK(xpath_strings(o.xml, "count(//w:r[w:t='20']/w:rPr/w:b)") == Strings{"1"});
  }
  SECTION("an empty colour leaves the cell as it was") {
    CHECK(xpath_strings(o.xml, "count(//w:tr[4]/w:tc[2]/w:tcPr/w:shd)") == Strings{"0"});
  }
}

TEST_CASE("A status word is a colour: the scheme's or the template language's", "[template]") {
  ScratchDir dir("format-status-word");
  const auto body = table({row({cell({para("{{#each risk}}{{ name fill=\"band\" }}")}), cell({para("{{/each}}")})})}, 2);
  auto o = render_body(dir, body);
  REQUIRE(o.r.written);
  CHECK(xpath_strings(o.xml, "//w:tc[1]/w:tcPr/w:shd/@w:fill") == Strings{"C00000", "FFC000", "00B050"});
}

TEST_CASE("colour= and highlight= colour the text, and link= makes it a link", "[template]") {
  ScratchDir dir("format-text");
  const auto body = para("Variance: {{ variance colour=\"'C00000'\" }}") +
                      para("Band: {{ risk[1]/band highlight=\"risk[1]/fill\" }}") +
                      para("Outside a table fill= shades the text: {{ risk[2]/band fill=\"risk[2]/fill\" }}") +
                      para("See {{ 'the budget pages' link=\"site\" }}.");
  auto o = render_body(dir, body);
  INFO(o.r.messages);
  REQUIRE(o.r.written);
  CHECK(o.r.diags.empty());
  CHECK(xpath_strings(o.xml, "//w:r[w:t='-12.5']/w:rPr/w:color/@w:val") == Strings{"C00000"});
  CHECK(xpath_strings(o.xml, "//w:r[w:t='Red']/w:rPr/w:shd/@w:fill") == Strings{"C00000"});
  CHECK(xpath_strings(o.xml, "//w:r[w:t='Red']/w:rPr/w:color/@w:val") == Strings{"FFFFFF"});
  CHECK(xpath_strings(o.xml, "//w:r[w:t='Amber']/w:rPr/w:shd/@w:fill") == Strings{"FFC000"});
  CHECK(xpath_strings(o.xml, "string(//w:hyperlink)") == Strings{"the budget pages"});
  const auto rels = part_xml(dir / "out.docx", "word/_rels/document.xml.rels");
  const auto id = xpath_strings(o.xml, "string(//w:hyperlink/@r:id)").at(0);
  CHECK(xpath_strings(rels, "string(//rel:Relationship[@Id='" + id + "']/@Target)") ==
        Strings{"https://www.northfield.example/budget"});
}

TEST_CASE("A colour that is not one, or text that does not contrast, is reported", "[template]") {
  ScratchDir dir("format-bad");
  SECTION("not a colour: an error naming the tag") {
    auto o = render_body(dir, para("{{ variance colour=\"'purple-ish'\" }}"));
    CHECK_FALSE(o.r.written);
    REQUIRE(o.r.has("template.colour"));
    CHECK(o.r.first("template.colour")->message == "colour=\"'purple-ish'\" gives \u201Cpurple-ish\u201D, which is not a colour");
  }
  SECTION("low contrast: a warning with the ratio") {
    auto o = render_body(dir, para("{{ variance colour=\"'FFC000'\" }}"));
    CHECK(o.r.written);
    REQUIRE(o.r.has("template.contrast"));
    CHECK(o.r.first("template.contrast")->message ==
          "text in FFC000 on white has a contrast of 1.6:1, below the 4.5:1 that WCAG AA asks for");
    CHECK(o.r.first("template.contrast")->severity == docket::Severity::warning);
  }
  SECTION("a link that is not a web address") {
    auto o = render_body(dir, para("{{ 'x' link=\"'javascript:alert(1)'\" }}"));
    CHECK_FALSE(o.r.written);
    REQUIRE(o.r.has("template.link"));
  }
  SECTION("two fills in one cell") {
    auto o = render_body(dir, table({row({cell({para("{{ risk[1]/name fill=\"'C00000'\" }} {{ risk[2]/name fill=\"'FFC000'\" }}")})})}, 1));
    REQUIRE(o.r.has("template.format"));
    CHECK(o.r.first("template.format")->message == "a second fill= in one table cell");
  }
}

TEST_CASE("Tags typed into attributes or link addresses are reported and the draft stays valid", "[template]") {
  ScratchDir dir("format-attributes");
  const auto shaded = "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" "
                      "w:fill=\"{{ fill }}\"/></w:tcPr>" + para("{{ risk[1]/name }}") + "</w:tc>";
  const auto coloured = para(std::vector<std::string>{"<w:r><w:rPr><w:color w:val=\"{{ colour }}\"/></w:rPr><w:t>Coloured</w:t></w:r>"});
  auto o = render_body(dir, table({row({shaded})}, 1) + coloured, kRisks, true);
  REQUIRE(o.r.written);
  CHECK(o.r.count("template.tag-in-attribute") == 2);
  CHECK(o.r.first("template.tag-in-attribute")->message ==
        "\u201C{{ fill }}\u201D is in the attribute w:fill of <w:shd>, where tags are not filled");
  CHECK(o.r.first("template.tag-in-attribute")->hint ==
        "to shade a cell from the data, type a tag in the cell with fill=, such as {{ d:band fill=\"d:fill\" }}");
  CHECK(xpath_strings(o.xml, "count(//w:shd | //w:color)") == Strings{"0"});
}

TEST_CASE("A tag in a hyperlink's address is reported by check, not left in the link", "[template]") {
  ScratchDir dir("format-link-address");
  write_template(para("See the report."), dir / "plain.docx");
  auto package = docket::ooxml::Package::open(dir / "plain.docx");
  const std::string id = package.relationships("word/document.xml")
                             .add(docket::ooxml::rel::hyperlink, "https://example.org/%7B%7B%20ref%20%7D%7D", true);
  std::string xml = package.read_part("word/document.xml");
  xml.replace(xml.find("<w:r w:rsidR"), 0, "<w:hyperlink r:id=\"" + id + "\"><w:r><w:t>Link</w:t></w:r></w:hyperlink>");
  package.replace("word/document.xml", xml);
  REQUIRE(package.write(dir / "t.docx"));
  write_text(dir / "d.xml", kRisks);
  auto r = check_template(dir / "t.docx", dir / "d.xml");
  REQUIRE(r.count("template.tag-in-link") == 1);
  CHECK(r.first("template.tag-in-link")->message ==
        "the address of a hyperlink is \u201Chttps://example.org/{{ ref }}\u201D: tags in link addresses are not filled");
  CHECK(r.first("template.tag-in-link")->hint == "type the link's text as a tag with link=, such as {{ title link=\"url\" }}");
}
