#include <catch2/catch.hpp>

#include "papers/detail/publish_revisions.hpp"
#include "papers/detail/publish_text.hpp"
#include "support/byte_sink.hpp"
#include "xml/document.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

using namespace docket;
using namespace docket::papers::detail;

namespace {

constexpr const char* kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

xml::Document parse(const std::string& inner) {
  Diagnostics diags;
  auto doc = xml::parse("<w:body " + std::string(kW) + ">" + inner + "</w:body>", "test", diags);
  REQUIRE(doc);
  return std::move(*doc);
}

// The body's content written out without the namespace declaration.
std::string content(const xml::Document& doc) {
  std::string out;
  {
    StringSink sink(out);
    for (const xmlNode* c = doc.root()->children; c != nullptr; c = c->next) xml::write_node(sink, c);
  }
  return out;
}

}  // namespace

TEST_CASE("Accepting changes keeps insertions and drops deletions", "[papers]") {
  auto doc = parse(
      "<w:p><w:r><w:t>a</w:t></w:r><w:ins w:id=\"1\" w:author=\"x\"><w:r><w:t>b</w:t></w:r></w:ins>"
      "<w:del w:id=\"2\" w:author=\"x\"><w:r><w:delText>c</w:delText></w:r></w:del>"
      "<w:r><w:rPr><w:b/><w:rPrChange w:id=\"3\" w:author=\"x\"><w:rPr/></w:rPrChange></w:rPr><w:t>d</w:t></w:r></w:p>");
  CHECK(accept_revisions(doc.root()) == 3);
  CHECK(content(doc) == "<w:p><w:r><w:t>a</w:t></w:r><w:r><w:t>b</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>d</w:t></w:r></w:p>");
}

TEST_CASE("A deleted paragraph mark joins its paragraph to the next, which keeps its properties", "[papers]") {
  auto doc = parse(
      "<w:p><w:pPr><w:jc w:val=\"center\"/><w:rPr><w:del w:id=\"1\" w:author=\"x\"/></w:rPr></w:pPr>"
      "<w:r><w:t>one </w:t></w:r></w:p>"
      "<w:p><w:pPr><w:rPr><w:del w:id=\"2\" w:author=\"x\"/></w:rPr></w:pPr><w:r><w:t>two </w:t></w:r></w:p>"
      "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>three</w:t></w:r></w:p>");
  accept_revisions(doc.root());
  CHECK(content(doc) ==
        "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>one </w:t></w:r><w:r><w:t>two </w:t></w:r>"
        "<w:r><w:t>three</w:t></w:r></w:p>");
}

TEST_CASE("A deleted row goes, and a table left without rows goes too", "[papers]") {
  auto doc = parse(
      "<w:tbl><w:tr><w:trPr><w:del w:id=\"1\" w:author=\"x\"/></w:trPr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/>");
  accept_revisions(doc.root());
  CHECK(content(doc) == "<w:p/>");
}

TEST_CASE("Styles hide text through w:basedOn unless a style shows it again", "[papers]") {
  auto styles = parse(
      "<w:style w:styleId=\"Hidden\"><w:rPr><w:vanish/></w:rPr></w:style>"
      "<w:style w:styleId=\"Child\"><w:basedOn w:val=\"Hidden\"/></w:style>"
      "<w:style w:styleId=\"Shown\"><w:basedOn w:val=\"Hidden\"/><w:rPr><w:vanish w:val=\"0\"/></w:rPr></w:style>"
      "<w:style w:styleId=\"Plain\"/>");
  CHECK(hiding_styles(styles.root()) == std::set<std::string>{"Child", "Hidden"});
}

TEST_CASE("Hidden runs go, and a paragraph hidden whole goes unless it is the last", "[papers]") {
  auto doc = parse(
      "<w:p><w:r><w:t>seen</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"Child\"/></w:rPr><w:t>unseen</w:t></w:r>"
      "<w:r><w:rPr><w:rStyle w:val=\"Child\"/><w:vanish w:val=\"false\"/></w:rPr><w:t>shown</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:pStyle w:val=\"Hidden\"/></w:pPr><w:r><w:t>note to self</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:pStyle w:val=\"Hidden\"/></w:pPr><w:r><w:t>last</w:t></w:r></w:p>");
  remove_hidden_text(doc.root(), {"Hidden", "Child"});
  CHECK(content(doc) ==
        "<w:p><w:r><w:t>seen</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"Child\"/><w:vanish w:val=\"false\"/></w:rPr>"
        "<w:t>shown</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"Hidden\"/></w:pPr></w:p>");
}

TEST_CASE("Comment marks go, with the runs that held only them", "[papers]") {
  auto doc = parse(
      "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>text</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
      "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"0\"/></w:r></w:p>");
  remove_comment_marks(doc.root());
  CHECK(content(doc) == "<w:p><w:r><w:t>text</w:t></w:r></w:p>");
}
