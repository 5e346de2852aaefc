#include <catch2/catch.hpp>

#include "xml/document.hpp"
#include "xml/xpath.hpp"

using namespace docket::xml;

namespace {
Document sample() {
  docket::Diagnostics diags;
  return *parse("<r xmlns:x=\"urn:x\"><k v=\"1\">one</k><k v=\"2\">two</k><x:k>ns</x:k></r>",
                "t.xml", diags);
}

void twice(xmlXPathParserContext* ctxt, int nargs) {
  if (nargs != 1) {
    xmlXPathSetArityError(ctxt);
    return;
  }
  double v = xmlXPathPopNumber(ctxt);
  valuePush(ctxt, xmlXPathNewFloat(v * 2));
}

xmlXPathObject* lookup(void* data, const xmlChar* name, const xmlChar*) {
  if (std::string(reinterpret_cast<const char*>(name)) == "n") {
    return xmlXPathNewFloat(*static_cast<double*>(data));
  }
  return nullptr;
}

std::string eval(XPathContext& ctx, const Document& doc, const std::string& expr) {
  std::string error;
  auto comp = compile(ctx, expr, error);
  REQUIRE(comp);
  auto result = evaluate(ctx, comp.get(), doc.root(), error);
  INFO(error);
  REQUIRE(result);
  return string_value(result.get());
}
}  // namespace

TEST_CASE("XPath evaluates relative to a context node", "[xml]") {
  auto doc = sample();
  XPathContext ctx(doc.get());
  CHECK(eval(ctx, doc, "k[2]") == "two");
  CHECK(eval(ctx, doc, "count(k)") == "2");
  CHECK(eval(ctx, doc, "k/@v") == "1");
}

TEST_CASE("XPath uses registered namespaces, functions and variables", "[xml]") {
  auto doc = sample();
  XPathContext ctx(doc.get());
  ctx.register_namespace("y", "urn:x");
  ctx.register_function("twice", "", twice);
  double n = 21;
  ctx.set_variable_lookup(lookup, &n);
  CHECK(eval(ctx, doc, "y:k") == "ns");
  CHECK(eval(ctx, doc, "twice($n)") == "42");
}

TEST_CASE("XPath reports syntax and evaluation errors instead of printing them", "[xml]") {
  auto doc = sample();
  XPathContext ctx(doc.get());
  std::string error;
  CHECK_FALSE(compile(ctx, "k[", error));
  CHECK(error == "invalid expression");
  error.clear();
  auto comp = compile(ctx, "nosuch(1)", error);
  REQUIRE(comp);
  CHECK_FALSE(evaluate(ctx, comp.get(), doc.root(), error));
  CHECK_THAT(error, Catch::StartsWith("unknown function"));
  error.clear();
  auto undef = compile(ctx, "zz:k", error);
  if (undef) CHECK_FALSE(evaluate(ctx, undef.get(), doc.root(), error));
  CHECK_THAT(error, Catch::StartsWith("undefined namespace prefix"));
}
