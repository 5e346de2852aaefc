#include "template/expression.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "xml/node.hpp"

namespace docket::tmpl {

namespace {

bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

constexpr std::array<std::string_view, 44> kFunctions = {
    "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat",
    "starts-with", "contains", "substring-before", "substring-after", "substring", "string-length",
    "normalize-space", "translate", "boolean", "not", "true", "false", "lang", "number", "sum",
    "floor", "ceiling", "round",
    // docket's extension functions
    "rag-status", "fy-quarter", "fy", "max", "min", "avg", "add-days", "add-months", "add-years",
    "days-between", "compare-dates", "add-working-days", "working-days-between", "clear-working-days-before",
    "is-working-day",
    // node tests that look like calls
    "node", "text"};

// Function names in an expression: a name followed by "(" that is not an axis ("child::")
// or a node test. Quoted strings are skipped.
std::vector<std::string> called_functions(std::string_view e) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < e.size();) {
    char c = e[i];
    if (c == '"' || c == '\'') {
      auto end = e.find(c, i + 1);
      i = end == std::string_view::npos ? e.size() : end + 1;
      continue;
    }
    if (is_name_start(c) && (i == 0 || (!is_name_char(e[i - 1]) && e[i - 1] != '$' && e[i - 1] != '@' && e[i - 1] != ':'))) {
      std::size_t j = i;
      while (j < e.size() && (is_name_char(e[j]) || (e[j] == ':' && j + 1 < e.size() && e[j + 1] != ':'))) ++j;
      std::size_t k = j;
      while (k < e.size() && e[k] == ' ') ++k;
      if (k < e.size() && e[k] == '(') out.emplace_back(e.substr(i, j - i));
      i = j;
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace

bool is_known_function(std::string_view name) {
  if (name == "comment" || name == "processing-instruction") return true;
  return std::find(kFunctions.begin(), kFunctions.end(), name) != kFunctions.end();
}

std::optional<Expression> Expression::compile(std::string text, xml::XPathContext& ctx, std::string& error) {
  Expression e;
  e.text_ = std::move(text);
  for (const auto& f : called_functions(e.text_)) {
    if (f.find(':') == std::string::npos && !is_known_function(f)) {
      error = "unknown function " + f + "()";
      return std::nullopt;
    }
  }
  e.compiled_ = xml::compile(ctx, e.text_, error);
  if (!e.compiled_) return std::nullopt;
  e.merges_descendants_ = xml::has_inner_descendant_step(e.text_);
  // The fast walk: steps of names (optionally prefixed), "." and "..", ending in @name.
  std::vector<Step> steps;
  bool simple = true;
  std::size_t start = 0;
  const std::string& t = e.text_;
  if (t.empty() || t.front() == '/' || t.back() == '/') simple = false;
  while (simple && start <= t.size()) {
    std::size_t end = t.find('/', start);
    if (end == std::string::npos) end = t.size();
    std::string_view seg(t.data() + start, end - start);
    Step step;
    if (seg == ".") {
      start = end + 1;
      continue;
    }
    if (seg == "..") {
      step.parent = true;
    } else {
      if (!seg.empty() && seg.front() == '@') {
        step.attribute = true;
        seg.remove_prefix(1);
        if (end != t.size()) simple = false;  // attributes only at the end
      }
      auto colon = seg.find(':');
      std::string_view local = seg;
      if (colon != std::string_view::npos) {
        std::string prefix(seg.substr(0, colon));
        const xmlChar* uri = xmlXPathNsLookup(ctx.get(), BAD_CAST prefix.c_str());
        if (uri == nullptr) simple = false;
        else step.ns = reinterpret_cast<const char*>(uri);
        local = seg.substr(colon + 1);
      }
      if (local.empty() || !is_name_start(local.front()) ||
          !std::all_of(local.begin(), local.end(), is_name_char)) {
        simple = false;
      }
      step.name = std::string(local);
    }
    steps.push_back(std::move(step));
    start = end + 1;
  }
  if (simple) e.path_ = std::move(steps);
  return e;
}

xmlNode* Expression::walk_first(xmlNode* node, std::size_t i) const {
  if (node == nullptr) return nullptr;
  const auto& steps = *path_;
  if (i == steps.size()) return node;
  const Step& s = steps[i];
  if (s.parent) return walk_first(node->parent && node->parent->type == XML_ELEMENT_NODE ? node->parent : nullptr, i + 1);
  if (s.attribute) {
    for (xmlAttr* a = node->properties; a != nullptr; a = a->next) {
      if (s.name == reinterpret_cast<const char*>(a->name) && xml::namespace_of(reinterpret_cast<xmlNode*>(a)) == s.ns) {
        return reinterpret_cast<xmlNode*>(a);
      }
    }
    return nullptr;
  }
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && s.name == reinterpret_cast<const char*>(c->name) && xml::namespace_of(c) == s.ns) {
      if (xmlNode* found = walk_first(c, i + 1)) return found;
    }
  }
  return nullptr;
}

void Expression::walk_all(xmlNode* node, std::size_t i, std::vector<xmlNode*>& out) const {
  if (node == nullptr) return;
  const auto& steps = *path_;
  if (i == steps.size()) {
    out.push_back(node);
    return;
  }
  const Step& s = steps[i];
  if (s.parent || s.attribute) {
    if (xmlNode* n = walk_first(node, i)) out.push_back(n);
    return;
  }
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && s.name == reinterpret_cast<const char*>(c->name) && xml::namespace_of(c) == s.ns) {
      walk_all(c, i + 1, out);
    }
  }
}

Selected Expression::value(xml::XPathContext& ctx, xmlNode* node, std::string& error) const {
  if (path_) {
    xmlNode* n = walk_first(node, 0);
    if (n == nullptr) return {};
    // One text child: read it without libxml2 allocating a copy.
    if (n->children && !n->children->next && n->children->type == XML_TEXT_NODE && n->children->content) {
      return {true, reinterpret_cast<const char*>(n->children->content)};
    }
    return {true, xml::string_value(n)};
  }
  auto result = xml::evaluate(ctx, compiled_.get(), node, error, merges_descendants_);
  if (!result) return {};
  if (result->type == XPATH_NODESET) {
    if (result->nodesetval == nullptr || result->nodesetval->nodeNr == 0) return {};
    return {true, xml::string_value(result->nodesetval->nodeTab[0])};
  }
  // XPath arithmetic never fails: it gives NaN or Infinity, which must not reach a report.
  if (result->type == XPATH_NUMBER && !std::isfinite(result->floatval)) {
    error = std::isnan(result->floatval)
                ? "the result is not a number (arithmetic on a value that is not a number, such as a date or "
                  "empty text; use functions such as add-days() for dates)"
                : "the result is infinite (a division by zero)";
    return {.not_finite = true};
  }
  return {true, xml::string_value(result.get())};
}

bool Expression::truth(xml::XPathContext& ctx, xmlNode* node, std::string& error) const {
  if (path_) return walk_first(node, 0) != nullptr;
  auto result = xml::evaluate(ctx, compiled_.get(), node, error, merges_descendants_);
  return result && xmlXPathCastToBoolean(result.get()) != 0;
}

std::vector<xmlNode*> Expression::nodes(xml::XPathContext& ctx, xmlNode* node, std::string& error) const {
  std::vector<xmlNode*> out;
  if (path_) {
    walk_all(node, 0, out);
    return out;
  }
  auto result = xml::evaluate(ctx, compiled_.get(), node, error, merges_descendants_);
  if (!result) return out;
  if (result->type != XPATH_NODESET) {
    error = "it gives a value, not a list of elements";
    return out;
  }
  if (result->nodesetval != nullptr) {
    out.assign(result->nodesetval->nodeTab, result->nodesetval->nodeTab + result->nodesetval->nodeNr);
  }
  return out;
}

xml::XPathObjectPtr Expression::object(xml::XPathContext& ctx, xmlNode* node, std::string& error) const {
  return xml::evaluate(ctx, compiled_.get(), node, error, merges_descendants_);
}

xmlNode* Expression::first_node(xml::XPathContext& ctx, xmlNode* node, std::string& error) const {
  if (path_) return walk_first(node, 0);
  auto all = nodes(ctx, node, error);
  return all.empty() ? nullptr : all.front();
}

}  // namespace docket::tmpl
