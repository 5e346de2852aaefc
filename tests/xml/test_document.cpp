#include <catch2/catch.hpp>
#include <chrono>

#include "support/error.hpp"
#include "xml/document.hpp"

using docket::Diagnostics;
using docket::xml::line_of;
using docket::xml::parse;

TEST_CASE("parse keeps the line of every element", "[xml]") {
  Diagnostics diags;
  auto doc = parse("<a>\n  <b/>\n\n  <c/>\n</a>", "t.xml", diags);
  REQUIRE(doc);
  xmlNode* b = xmlFirstElementChild(doc->root());
  CHECK(line_of(b) == 2);
  CHECK(line_of(xmlNextElementSibling(b)) == 4);
  CHECK(diags.empty());
}

TEST_CASE("parse keeps line numbers beyond 65,535", "[xml]") {
  std::string text = "<a>" + std::string(70'000, '\n') + "<b/></a>";
  Diagnostics diags;
  auto doc = parse(text, "t.xml", diags);
  REQUIRE(doc);
  CHECK(line_of(xmlFirstElementChild(doc->root())) == 70'001);
}

TEST_CASE("parse reports a well-formedness error with file, line and column", "[xml]") {
  Diagnostics diags;
  auto doc = parse("<a>\n  <b>\n</a>", "data.xml", diags);
  CHECK_FALSE(doc);
  REQUIRE(diags.error_count() == 1);  // only the first: libxml2's further errors echo it
  const auto& d = diags.items().front();
  CHECK(d.file == "data.xml");
  CHECK(d.line == 3);
  CHECK(d.column > 0);
  CHECK(d.code == "xml.not-well-formed");
  CHECK(d.message == "not well-formed XML: the end tag </a> does not match the start tag <b> on line 2");
}

TEST_CASE("Well-formedness errors are told in words an officer can act on", "[xml]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<a>", "the file ends before <a> (opened on line 1) is closed"},
      {"<a>x & y</a>", "an & must start an entity such as &amp; (write a plain & as &amp;)"},
      {"<a b=1/>", "an attribute value must be in quotes, as in name=\"value\""},
      {"<a b=\"1\" b=\"2\"/>", "the attribute b is given twice on the same element"},
      {"<a></a><c/>", "there is more after the end of the outermost element (an XML file has exactly one)"},
      {"hello", "the file does not start with an element (<…>): it does not look like XML"},
      {"<a>&foo;</a>", "&foo; is not an XML entity (only &amp; &lt; &gt; &quot; &apos; are)"},
      {"<a><!-- x -- y --></a>", "a comment contains --, which XML does not allow between <!-- and -->"},
      {"<a><1/></a>", "StartTag: invalid element name"},  // no translation: libxml2's words
  };
  for (const auto& [xml, message] : cases) {
    INFO(xml);
    Diagnostics diags;
    CHECK_FALSE(parse(xml, "data.xml", diags));
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items().front().message == "not well-formed XML: " + message);
  }
}

TEST_CASE("parse refuses any DOCTYPE, so entities cannot expand", "[xml]") {
  SECTION("billion laughs is refused at once") {
    std::string lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">";
    for (int i = 1; i < 10; ++i) {
      lol += "<!ENTITY lol" + std::to_string(i) + " \"";
      for (int k = 0; k < 10; ++k) lol += "&lol" + (i > 1 ? std::to_string(i - 1) : "") + ";";
      lol += "\">";
    }
    lol += "]>\n<lolz>&lol9;</lolz>";
    Diagnostics diags;
    auto start = std::chrono::steady_clock::now();
    try {
      parse(lol, "lol.xml", diags);
      FAIL("the DOCTYPE was accepted");
    } catch (const docket::UnsafeInput& e) {
      CHECK(std::string(e.what()) == "a <!DOCTYPE> declaration is not allowed");
      CHECK(e.file() == "lol.xml");
      CHECK(e.line() == 2);
      CHECK(e.code() == "xml.doctype-refused");
    }
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(100));
  }
  SECTION("an external entity is never read") {
    Diagnostics diags;
    CHECK_THROWS_AS(parse("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>",
                          "xxe.xml", diags),
                    docket::UnsafeInput);
  }
  SECTION("even a bare DOCTYPE") {
    Diagnostics diags;
    CHECK_THROWS_AS(parse("<!DOCTYPE a><a/>", "t.xml", diags), docket::UnsafeInput);
  }
}

TEST_CASE("parse reports an undefined entity as malformed", "[xml]") {
  Diagnostics diags;
  CHECK_FALSE(parse("<a>&nbsp;</a>", "t.xml", diags));
  REQUIRE_FALSE(diags.empty());
  CHECK_THAT(diags.items().front().message, Catch::Contains("&nbsp; is not an XML entity"));
}

TEST_CASE("parse refuses nesting deeper than libxml2's limit", "[xml]") {
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<a>";
  for (int i = 0; i < 300; ++i) deep += "</a>";
  Diagnostics diags;
  CHECK_FALSE(parse(deep, "deep.xml", diags));
  CHECK_THAT(diags.items().front().message, Catch::Equals("not well-formed XML: elements are nested more than 256 deep, far beyond any real document"));
}
