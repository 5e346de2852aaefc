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
  auto result = evaluate(ctx, comp.get(), doc.root(), error, has_inner_descendant_step(expr));
  INFO(error);
  REQUIRE(result);
  return string_value(result.get());
}
// `depth` nested <a>, each also holding 100 empty <b/>.
std::string levels(int depth) {
  std::string text = "<r>";
  for (int level = 0; level < depth; ++level) {
    text += "<a>";
    for (int i = 0; i < 100; ++i) text += "<b/>";
  }
  for (int level = 0; level < depth; ++level) text += "</a>";
  return text + "</r>";
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

TEST_CASE("A descendant step after another step is told from one that starts a path", "[xml]") {
  for (const char* merging : {"//*//*", "kpis//value", "//kpi//value", "a/descendant::b", "a/descendant-or-self::b",
                              "(//a)//b", "k[1]//b", "count(//*//*//*)", "kpis/kpi/.//value", "a.b//c", "k[.//x]//y", "../..//x"}) {
    INFO(merging);
    CHECK(has_inner_descendant_step(merging));
  }
  for (const char* starting : {"//kpi", "count(//kpi)", "kpi[not(//section[@kind = 'a'])]", ".//value", "..//x",
                               "descendant::b", "//a | //b", "1 and //a", "'a//b'", "concat(\"x//y\", //z)", "a = //b"}) {
    INFO(starting);
    CHECK_FALSE(has_inner_descendant_step(starting));
  }
}

TEST_CASE("Merging descendant node-sets over a large document is stopped early, over a small one it runs", "[xml]") {
  // 60 levels, each with 100 empty siblings: 6,061 elements, where //*//* merges ~200,000 times.
  const std::string text = levels(60);
  docket::Diagnostics diags;
  auto medium = *parse(text, "medium.xml", diags);
  XPathContext ctx(medium.get());
  CHECK(eval(ctx, medium, "count(//*//*)") == "6060");  // within the budget: about 200,000 steps
  CHECK(eval(ctx, medium, "count(//b)") == "6000");     // a path with one descendant step is not limited
  // Four times the elements: //*//*//* would take minutes; it stops at its step limit.
  const std::string big = levels(240);
  auto large = *parse(big, "large.xml", diags);
  XPathContext large_ctx(large.get());
  CHECK(large_ctx.step_limit(false, large.get()) == kXPathOpLimit);
  CHECK(large_ctx.step_limit(true, large.get()) == kXPathMergeStepsMin);  // 2e9 / 24,241 nodes is below the floor
  CHECK(ctx.step_limit(true, medium.get()) == kXPathMergeWork / 6061);
  std::string error;
  auto comp = compile(large_ctx, "count(//*//*//*)", error);
  REQUIRE(comp);
  CHECK_FALSE(evaluate(large_ctx, comp.get(), large.root(), error, true));
  CHECK(error == "the expression does too much work");
}
