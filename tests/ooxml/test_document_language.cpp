// The document language follows --locale: w:lang in the styles part's defaults.
#include <catch2/catch.hpp>

#include "ooxml/document_language.hpp"
#include "support/diagnostic.hpp"
#include "xml/document.hpp"
#include "xml/serialize.hpp"

using namespace docket;

namespace {

const std::string kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string changed(const std::string& styles, const std::string& tag, bool* did = nullptr) {
  Diagnostics diags;
  auto doc = xml::parse(styles, "styles.xml", diags);
  REQUIRE(doc);
  const bool c = ooxml::set_default_language(doc->root(), tag).has_value();
  if (did != nullptr) *did = c;
  std::string out = xml::part_text(doc->root());
  return out.substr(out.find('\n') + 1);
}

}  // namespace

TEST_CASE("Welsh replaces the default language and the styles that named it", "[ooxml]") {
  const std::string styles =
      "<w:styles " + kW + "><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"22\"/><w:lang w:val=\"en-GB\" "
      "w:eastAsia=\"en-US\"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:styleId=\"Normal\"><w:rPr><w:lang "
      "w:val=\"en-GB\"/></w:rPr></w:style><w:style w:styleId=\"Quote\"><w:rPr><w:lang w:val=\"fr-FR\"/></w:rPr></w:style></w:styles>";
  CHECK(changed(styles, "cy_GB") ==
        "<w:styles " + kW + "><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"22\"/><w:lang w:val=\"cy-GB\" "
        "w:eastAsia=\"en-US\"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:styleId=\"Normal\"><w:rPr><w:lang "
        "w:val=\"cy-GB\"/></w:rPr></w:style><w:style w:styleId=\"Quote\"><w:rPr><w:lang w:val=\"fr-FR\"/></w:rPr></w:style></w:styles>");
}

TEST_CASE("The same language in another country is left as the template has it", "[ooxml]") {
  bool did = true;
  const std::string styles = "<w:styles " + kW + "><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"en-US\"/></w:rPr>"
                             "</w:rPrDefault></w:docDefaults></w:styles>";
  CHECK(changed(styles, "en-GB", &did) == styles);
  CHECK_FALSE(did);
}

TEST_CASE("A styles part with no defaults gets them, first", "[ooxml]") {
  CHECK(changed("<w:styles " + kW + "><w:style w:styleId=\"Normal\"/></w:styles>", "cy-GB") ==
        "<w:styles " + kW + "><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"cy-GB\"/></w:rPr></w:rPrDefault>"
        "</w:docDefaults><w:style w:styleId=\"Normal\"/></w:styles>");
}

TEST_CASE("Runs Word marked as the old default language take the new one, and others keep theirs", "[ooxml]") {
  Diagnostics diags;
  auto doc = xml::parse("<w:document " + kW + "><w:body><w:p><w:r><w:rPr><w:lang w:val=\"en-GB\"/></w:rPr>"
                        "<w:t>{{ a }}</w:t></w:r><w:r><w:rPr><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr>"
                        "<w:t>b</w:t></w:r><w:r><w:rPr><w:lang w:val=\"fr-FR\"/></w:rPr><w:t>c</w:t></w:r>"
                        "<w:r><w:rPr><w:lang w:eastAsia=\"ja-JP\"/></w:rPr><w:t>d</w:t></w:r></w:p></w:body></w:document>",
                        "document.xml", diags);
  REQUIRE(doc);
  CHECK(ooxml::set_run_languages(doc->root(), "en-GB", "cy_GB") == 2);
  CHECK(ooxml::set_run_languages(doc->root(), "", "cy-GB") == 0);
  std::string out = xml::part_text(doc->root());
  out = out.substr(out.find('\n') + 1);
  CHECK(out == "<w:document " + kW + "><w:body><w:p><w:r><w:rPr><w:lang w:val=\"cy-GB\"/></w:rPr>"
               "<w:t>{{ a }}</w:t></w:r><w:r><w:rPr><w:lang w:val=\"cy-GB\" w:eastAsia=\"zh-CN\"/></w:rPr>"
               "<w:t>b</w:t></w:r><w:r><w:rPr><w:lang w:val=\"fr-FR\"/></w:rPr><w:t>c</w:t></w:r>"
               "<w:r><w:rPr><w:lang w:eastAsia=\"ja-JP\"/></w:rPr><w:t>d</w:t></w:r></w:p></w:body></w:document>");
}
