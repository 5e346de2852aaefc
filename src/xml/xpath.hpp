#pragma once
// XPath 1.0 through libxml2: a context with registered namespaces, extension functions and a
// variable resolver; compiled expressions; results owned by RAII handles. Errors are captured
// per call, never printed by libxml2.
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace docket::xml {

struct XPathObjectFree {
  void operator()(xmlXPathObject* o) const noexcept { xmlXPathFreeObject(o); }
};
using XPathObjectPtr = std::unique_ptr<xmlXPathObject, XPathObjectFree>;

struct CompExprFree {
  void operator()(xmlXPathCompExpr* c) const noexcept { xmlXPathFreeCompExpr(c); }
};
using CompExprPtr = std::unique_ptr<xmlXPathCompExpr, CompExprFree>;

/// The steps (and nodes visited) one evaluation may take before libxml2 stops it with "the
/// expression does too much work": about a second of work.
inline constexpr unsigned long kXPathOpLimit = 100'000'000;

/// An expression with a descendant step after another step (a//b, //*//*, x/descendant::y)
/// merges node-sets, which costs libxml2 up to one comparison per node already found for each
/// node visited — work its step count does not see (//*//* over 20,000 elements: 34 s in
/// 200,000 steps). Such an expression may visit kXPathMergeWork / (nodes in the document)
/// nodes, between kXPathMergeStepsMin and kXPathOpLimit: a few seconds at most.
inline constexpr unsigned long kXPathMergeWork = 2'000'000'000;
inline constexpr unsigned long kXPathMergeStepsMin = 100'000;

/// True when `expression` has a descendant step after another step (outside quoted strings).
bool has_inner_descendant_step(std::string_view expression);

class XPathContext {
 public:
  /// A context over `doc`; null gives a context for checking syntax only.
  explicit XPathContext(xmlDoc* doc = nullptr);
  XPathContext(const XPathContext&) = delete;
  XPathContext& operator=(const XPathContext&) = delete;
  ~XPathContext();

  void register_namespace(const std::string& prefix, const std::string& uri);
  /// Registers `name` in namespace `ns_uri` (empty: no namespace).
  void register_function(const std::string& name, const std::string& ns_uri,
                         xmlXPathFunction function);
  void set_variable_lookup(xmlXPathVariableLookupFunc lookup, void* data);
  /// Data for extension functions, which read it from ctxt->context->funcLookupData
  /// (userData carries the error capture; no function-lookup hook is installed).
  void set_function_data(void* data);

  xmlXPathContext* get() const noexcept { return ctx_; }

  /// For an extension function: ends the evaluation with `message` as its error (the first
  /// error of an evaluation is the one kept).
  static void fail(xmlXPathParserContext* ctxt, std::string_view message);
  /// The data set with set_function_data, for an extension function.
  static void* function_data(xmlXPathParserContext* ctxt) { return ctxt->context->funcLookupData; }

  /// The message of the last error on this context, cleared by clear_error().
  const std::string& last_error() const noexcept { return error_; }
  void clear_error() noexcept { error_.clear(); }

  /// The step limit for evaluating an expression over `doc`: kXPathOpLimit, or less when
  /// the expression merges descendant node-sets (see kXPathMergeWork).
  unsigned long step_limit(bool merges_descendants, const xmlDoc* doc);

 private:
  static void on_error(void* user, xmlError* err);
  static void ignore_generic(void*, const char*, ...) {}
  xmlXPathContext* ctx_;
  std::string error_;
  // libxml2 prints some evaluation errors through its per-thread generic channel; it is
  // silenced while this context lives (in the thread that made it) and restored after.
  xmlGenericErrorFunc saved_generic_;
  void* saved_generic_ctx_;
  // The document last counted for step_limit, and its nodes. A document is parsed once and
  // read by many evaluations; one freed and another made at its address may be counted
  // wrongly, which changes only how much work is allowed.
  const xmlDoc* counted_ = nullptr;
  std::size_t nodes_ = 0;
};

/// Compiles an expression. Returns null and sets `error` on a syntax error.
CompExprPtr compile(XPathContext& ctx, std::string_view expression, std::string& error);

/// Evaluates a compiled expression with `node` as the context node. Returns null and sets
/// `error` when evaluation fails (unknown function, undefined prefix or variable, too much
/// work, …). `merges_descendants`: has_inner_descendant_step() of its text.
XPathObjectPtr evaluate(XPathContext& ctx, xmlXPathCompExpr* expr, xmlNode* node,
                        std::string& error, bool merges_descendants = false);

/// The XPath string-value of an object (node-set: its first node in document order).
std::string string_value(xmlXPathObject* object);
/// The XPath string-value of a node.
std::string string_value(const xmlNode* node);

}  // namespace docket::xml
