#include <catch2/catch.hpp>

#include "support/error.hpp"
#include "test_support.hpp"
#include "xml/document.hpp"
#include "xml/schema.hpp"
#include "xml/serialize.hpp"

using namespace docket::xml;

namespace {
const char* kSchema = R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
  targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="qualified">
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="d" type="xs:date" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>)";
}

TEST_CASE("SchemaCache compiles a schema once and validation names the line at fault", "[xml]") {
  docket::test::ScratchDir dir("schema");
  docket::test::write_text(dir / "t.xsd", kSchema);
  SchemaCache cache;
  const Schema& s = cache.get(dir / "t.xsd");
  CHECK(&cache.get(dir / "t.xsd") == &s);
  CHECK(s.target_namespace() == "urn:t");

  docket::Diagnostics diags;
  auto doc = parse("<r xmlns=\"urn:t\">\n<d>2023-12-18</d>\n<d>18/12/2023</d>\n</r>", "t.xml", diags);
  REQUIRE(doc);
  auto problems = validate(s, doc->get());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].line == 3);
  CHECK(problems[0].node != nullptr);
  CHECK_THAT(problems[0].message, Catch::Contains("'18/12/2023' is not a valid value of the atomic type 'xs:date'"));
}

TEST_CASE("SchemaCache reports a broken schema file", "[xml]") {
  docket::test::ScratchDir dir("schema-broken");
  docket::test::write_text(dir / "bad.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>");
  SchemaCache cache;
  CHECK_THROWS_AS(cache.get(dir / "bad.xsd"), docket::InvalidInput);
  CHECK_THROWS_AS(cache.get(dir / "missing.xsd"), docket::IoError);
}

TEST_CASE("Serialisation writes nodes back with namespaces and escaping", "[xml]") {
  docket::Diagnostics diags;
  auto doc = parse("<w:p xmlns:w=\"urn:w\" a=\"x&quot;y\"><w:t xml:space=\"preserve\"> a&amp;b&lt;c </w:t><w:br/><!--c--></w:p>",
                   "t.xml", diags);
  REQUIRE(doc);
  std::string out;
  {
    docket::StringSink sink(out);
    write_node(sink, doc->root());
  }
  CHECK(out == "<w:p xmlns:w=\"urn:w\" a=\"x&quot;y\"><w:t xml:space=\"preserve\"> a&amp;b&lt;c </w:t><w:br/><!--c--></w:p>");
  CHECK(escape_attribute("a\nb\t<\"&") == "a&#10;b&#9;&lt;&quot;&amp;");
  CHECK(escape_text("]]> & <") == "]]&gt; &amp; &lt;");
}
