#include "xml/xpath.hpp"

#include <algorithm>
#include <cctype>

#include "support/error.hpp"

namespace docket::xml {

namespace {

// libxml2 puts only a code into an XPath error; its own message table is private.
std::string xpath_message(int code) {
  switch (code - XML_XPATH_EXPRESSION_OK + XPATH_EXPRESSION_OK) {
    case XPATH_NUMBER_ERROR: return "a number is written wrongly";
    case XPATH_UNFINISHED_LITERAL_ERROR: return "a quoted string is not closed";
    case XPATH_START_LITERAL_ERROR: return "a quoted string was expected";
    case XPATH_VARIABLE_REF_ERROR: return "a $variable name was expected";
    case XPATH_UNDEF_VARIABLE_ERROR: return "undefined variable";
    case XPATH_INVALID_PREDICATE_ERROR: return "invalid [predicate]";
    case XPATH_EXPR_ERROR: return "invalid expression";
    case XPATH_UNCLOSED_ERROR: return "a bracket is not closed";
    case XPATH_UNKNOWN_FUNC_ERROR: return "unknown function";
    case XPATH_INVALID_OPERAND: return "an operand has the wrong type";
    case XPATH_INVALID_TYPE: return "a value has the wrong type";
    case XPATH_INVALID_ARITY: return "a function was given the wrong number of arguments";
    case XPATH_UNDEF_PREFIX_ERROR: return "undefined namespace prefix";
    case XPATH_INVALID_CHAR_ERROR: return "invalid character";
    case XPATH_MEMORY_ERROR: return "out of memory";
    case XPATH_OP_LIMIT_EXCEEDED: return "the expression does too much work";
    case XPATH_RECURSION_LIMIT_EXCEEDED: return "the expression nests too deeply";
    default: return "invalid expression";
  }
}

// Elements and attributes in the tree below `node`, counted without recursion (a document
// may be as deep as the parser allows).
std::size_t count_nodes(const xmlNode* top) {
  std::size_t n = 0;
  for (const xmlNode* node = top; node != nullptr;) {
    if (node->type == XML_ELEMENT_NODE) {
      ++n;
      for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) ++n;
    }
    if (node->children != nullptr && node->type != XML_ENTITY_REF_NODE) {
      node = node->children;
      continue;
    }
    while (node != nullptr && node != top && node->next == nullptr) node = node->parent;
    if (node == nullptr || node == top) break;
    node = node->next;
  }
  return n;
}

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'; }

struct XmlCharFree {
  void operator()(xmlChar* p) const noexcept { xmlFree(p); }
};
using XmlCharPtr = std::unique_ptr<xmlChar, XmlCharFree>;
}  // namespace

XPathContext::XPathContext(xmlDoc* doc)
    : ctx_(xmlXPathNewContext(doc)), saved_generic_(xmlGenericError),
      saved_generic_ctx_(xmlGenericErrorContext) {
  if (ctx_ == nullptr) throw IoError("out of memory creating an XPath context");
  ctx_->error = &XPathContext::on_error;
  ctx_->userData = this;
  // Work bound per evaluation (reset in evaluate): //*//*//* over a large file would otherwise
  // run for minutes. Real expressions do thousands of steps.
  ctx_->opLimit = kXPathOpLimit;
  xmlSetGenericErrorFunc(nullptr, &XPathContext::ignore_generic);
}

XPathContext::~XPathContext() {
  xmlSetGenericErrorFunc(saved_generic_ctx_, saved_generic_);
  xmlXPathFreeContext(ctx_);
}

void XPathContext::on_error(void* user, xmlError* err) {
  auto* self = static_cast<XPathContext*>(user);
  if (!self->error_.empty()) return;
  self->error_ = xpath_message(err->code);
  // str1 is the expression and int1 the offset where parsing stopped.
  if (err->str1 != nullptr && err->int1 >= 0) {
    std::string expr = err->str1;
    auto at = static_cast<std::size_t>(err->int1);
    if (at < expr.size()) self->error_ += " at \"" + expr.substr(at, 20) + "\"";
  }
}

void XPathContext::fail(xmlXPathParserContext* ctxt, std::string_view message) {
  auto* self = static_cast<XPathContext*>(ctxt->context->userData);
  if (self != nullptr && self->error_.empty()) self->error_ = std::string(message);
  xmlXPathErr(ctxt, XPATH_EXPR_ERROR);
}

void XPathContext::register_namespace(const std::string& prefix, const std::string& uri) {
  xmlXPathRegisterNs(ctx_, BAD_CAST prefix.c_str(), BAD_CAST uri.c_str());
}

void XPathContext::register_function(const std::string& name, const std::string& ns_uri,
                                     xmlXPathFunction function) {
  if (ns_uri.empty()) {
    xmlXPathRegisterFunc(ctx_, BAD_CAST name.c_str(), function);
  } else {
    xmlXPathRegisterFuncNS(ctx_, BAD_CAST name.c_str(), BAD_CAST ns_uri.c_str(), function);
  }
}

void XPathContext::set_variable_lookup(xmlXPathVariableLookupFunc lookup, void* data) {
  xmlXPathRegisterVariableLookup(ctx_, lookup, data);
}

void XPathContext::set_function_data(void* data) { ctx_->funcLookupData = data; }

bool has_inner_descendant_step(std::string_view e) {
  char quote = 0;
  for (std::size_t i = 0; i < e.size(); ++i) {
    if (quote != 0) {
      if (e[i] == quote) quote = 0;
      continue;
    }
    if (e[i] == '\'' || e[i] == '"') {
      quote = e[i];
      continue;
    }
    const bool double_slash = e.compare(i, 2, "//") == 0;
    const bool axis = e.compare(i, 11, "descendant-") == 0 || e.compare(i, 12, "descendant::") == 0;
    if (!double_slash && !axis) continue;
    // What comes before: a step (a name, *, ], ), .) makes this a step after a step; an
    // operator, a bracket, a comma or nothing makes it the start of a path.
    std::size_t j = i;
    if (axis && (j == 0 || e[j - 1] != '/')) continue;  // descendant:: starting a relative path
    if (axis) --j;                                      // the / before the axis
    while (j > 0 && std::isspace(static_cast<unsigned char>(e[j - 1]))) --j;
    if (j == 0) {
      i += 1;
      continue;
    }
    const char before = e[j - 1];
    if (before == '*' || before == ']' || before == ')') return true;
    if (before == '.') {  // . or .. as a step: only after another step; a name may hold dots too
      std::size_t k = j - 1;
      while (k > 0 && e[k - 1] == '.') --k;
      if (k > 0 && (is_name_char(e[k - 1]) || e[k - 1] == '/')) return true;
      i += 1;
      continue;
    }
    if (is_name_char(before)) {
      std::size_t k = j;
      while (k > 0 && is_name_char(e[k - 1])) --k;
      const std::string_view word = e.substr(k, j - k);
      const bool operator_word = (word == "and" || word == "or" || word == "div" || word == "mod") && j < i;
      if (!operator_word) return true;
    }
    i += 1;
  }
  return false;
}

unsigned long XPathContext::step_limit(bool merges_descendants, const xmlDoc* doc) {
  if (doc == nullptr || !merges_descendants) return kXPathOpLimit;
  if (doc != counted_) {
    nodes_ = count_nodes(xmlDocGetRootElement(doc));
    counted_ = doc;
  }
  const unsigned long steps = kXPathMergeWork / std::max<std::size_t>(nodes_, 1);
  return std::clamp(steps, kXPathMergeStepsMin, kXPathOpLimit);
}

CompExprPtr compile(XPathContext& ctx, std::string_view expression, std::string& error) {
  ctx.clear_error();
  std::string text(expression);
  CompExprPtr expr(xmlXPathCtxtCompile(ctx.get(), BAD_CAST text.c_str()));
  if (!expr) error = ctx.last_error().empty() ? "invalid expression" : ctx.last_error();
  return expr;
}

XPathObjectPtr evaluate(XPathContext& ctx, xmlXPathCompExpr* expr, xmlNode* node,
                        std::string& error, bool merges_descendants) {
  ctx.clear_error();
  ctx.get()->node = node;
  ctx.get()->opCount = 0;
  ctx.get()->opLimit = ctx.step_limit(merges_descendants, node != nullptr ? node->doc : ctx.get()->doc);
  XPathObjectPtr result(xmlXPathCompiledEval(expr, ctx.get()));
  if (!result || !ctx.last_error().empty()) {
    error = ctx.last_error().empty() ? "XPath evaluation failed" : ctx.last_error();
    return nullptr;
  }
  return result;
}

std::string string_value(xmlXPathObject* object) {
  if (object == nullptr) return {};
  if (object->type == XPATH_STRING) {
    return object->stringval ? reinterpret_cast<const char*>(object->stringval) : "";
  }
  XmlCharPtr s(xmlXPathCastToString(object));
  return s ? reinterpret_cast<const char*>(s.get()) : "";
}

std::string string_value(const xmlNode* node) {
  if (node == nullptr) return {};
  XmlCharPtr s(xmlXPathCastNodeToString(const_cast<xmlNode*>(node)));
  return s ? reinterpret_cast<const char*>(s.get()) : "";
}

}  // namespace docket::xml
