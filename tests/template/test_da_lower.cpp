// DocumentAssembler lowering (lower_document_assembler) and the tag scan (scan_wml_part) on
// document.xml shapes where a step once freed a paragraph and then read it from the list it
// took before (found by fuzz/assembler_markup; the sanitizer build turns such a read into a
// failure). Each lowers to the errors it should, and nothing is read after it is freed.
#include <catch2/catch.hpp>

#include "template/da_lower.hpp"
#include "template/scanner.hpp"
#include "template/site.hpp"
#include "test_support.hpp"
#include "xml/document.hpp"

namespace {

using docket::Diagnostics;

std::string document(const std::string& body) {
  return R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" + body +
         "</w:body></w:document>";
}

std::string paragraph(const std::string& text, const std::string& more = "") {
  return "<w:p><w:r><w:t>" + text + "</w:t></w:r>" + more + "</w:p>";
}

std::string text_box(const std::string& paragraphs) {
  return "<w:r><w:pict><w:txbxContent>" + paragraphs + "</w:txbxContent></w:pict></w:r>";
}

struct Lowered {
  std::vector<std::string> errors;  // "paragraph N: message"
  std::size_t sites = 0;
};

// The part lowered and scanned as Template::load does.
Lowered lower_and_scan(const std::string& xml) {
  Diagnostics diags;
  auto doc = docket::xml::parse(xml, "word/document.xml", diags);
  REQUIRE(doc);
  docket::tmpl::PartSites sites{"fuzz.docx", "word/document.xml", {}};
  docket::tmpl::lower_document_assembler(*doc, sites, diags);
  docket::tmpl::scan_wml_part(*doc, sites, diags);
  Lowered out;
  for (const auto& d : diags) out.errors.push_back("paragraph " + std::to_string(d.paragraph) + ": " + d.message);
  out.sites = sites.sites.size();
  return out;
}

}  // namespace

TEST_CASE("A paragraph whose markup is an error takes its text box's markup with it", "[template][assembler]") {
  const auto lowered = lower_and_scan(document(
      paragraph("&lt;# &lt;Nonsense/&gt; #&gt;", text_box(paragraph("&lt;# &lt;Content Select=\"./Name\"/&gt; #&gt;"))) +
      paragraph("After.")));
  CHECK(lowered.errors == std::vector<std::string>{"paragraph 1: Schema Validation Error: Invalid XML: Nonsense is not a valid element"});
}

TEST_CASE("An EndRepeat without its Repeat takes the markup in its paragraph's text box with it", "[template][assembler]") {
  const auto lowered = lower_and_scan(document(
      paragraph("&lt;# &lt;EndRepeat/&gt; #&gt;", text_box(paragraph("&lt;# &lt;EndRepeat/&gt; #&gt;"))) +
      paragraph("After.")));
  CHECK(lowered.errors == std::vector<std::string>{"paragraph 1: Error: EndRepeat without matching Repeat"});
}

TEST_CASE("A paragraph inside a w:t is no paragraph: its tags go with the w:t's text", "[template]") {
  const auto lowered = lower_and_scan(document(paragraph("{{ title }}" + paragraph("{{ date }}"))));
  CHECK(lowered.errors.empty());
  CHECK(lowered.sites == 1);
}

TEST_CASE("The fuzzer's document inside a w:t lowers to DocumentAssembler's errors", "[template][assembler]") {
  const auto lowered =
      lower_and_scan(docket::test::read_text(docket::test::source_path("fixtures/fuzz/assembler-markup-document-in-text.xml")));
  CHECK(lowered.errors == std::vector<std::string>{
                              "paragraph 0: not well-formed XML: Namespace prefix W for rsidR on r is not defined",
                              "paragraph 3: Schema Validation Error: The 'SeRect' attribute is not declared.",
                              "paragraph 3: Schema Validation Error: Invalid XML: ContenteS is not a valid element",
                              "paragraph 3: XmlException: an attribute value must be in quotes, as in name=\"value\"",
                              "paragraph 4: XmlException: the file does not start with an element (<…>): it does not look like XML",
                              "paragraph 7: XmlException: attributes construct error",
                              "paragraph 5: Error: EndRepeat without matching Repeat",
                              "paragraph 6: Error: EndRepeat without matching Repeat",
                              "paragraph 9: Error: EndRepeat without matching Repeat"});
}
