#pragma once
// An XPath expression of a tag, compiled once. Plain child paths (`name`, `unit/@kind`,
// `d:status`, `.`) — most tags, and every cell of a long KPI table — are walked directly;
// everything else goes through libxml2's compiled XPath.
#include <libxml/tree.h>

#include <optional>
#include <string>
#include <vector>

#include "xml/xpath.hpp"

namespace docket::tmpl {

/// The result of evaluating for a value: nothing selected, or a string.
struct Selected {
  bool found = false;
  std::string text;
  bool not_finite = false;  // arithmetic gave NaN or Infinity (`error` says which)
};

class Expression {
 public:
  /// Compiles `text` against `ctx` (for namespace prefixes). Returns nullopt and sets `error`
  /// on a syntax error or an unknown function name.
  static std::optional<Expression> compile(std::string text, xml::XPathContext& ctx, std::string& error);

  const std::string& text() const noexcept { return text_; }
  /// A plain path (names, "..", "@attribute"), as opposed to a comparison or a function call.
  bool is_path() const noexcept { return path_.has_value(); }

  /// String value; `found` is false for an empty node-set. Sets `error` when evaluation fails.
  Selected value(xml::XPathContext& ctx, xmlNode* node, std::string& error) const;
  /// XPath boolean.
  bool truth(xml::XPathContext& ctx, xmlNode* node, std::string& error) const;
  /// The selected nodes in document order; `error` is set when the result is not a node-set.
  std::vector<xmlNode*> nodes(xml::XPathContext& ctx, xmlNode* node, std::string& error) const;
  /// The first selected node, or null.
  xmlNode* first_node(xml::XPathContext& ctx, xmlNode* node, std::string& error) const;
  /// The XPath result as libxml2 gives it (null and `error` set on failure).
  xml::XPathObjectPtr object(xml::XPathContext& ctx, xmlNode* node, std::string& error) const;

 private:
  struct Step {
    std::string name;
    std::string ns;       // namespace URI ("" for none)
    bool attribute = false;
    bool parent = false;  // ".."
  };
  std::string text_;
  xml::CompExprPtr compiled_;
  bool merges_descendants_ = false;  // xml::has_inner_descendant_step: a tighter step limit
  std::optional<std::vector<Step>> path_;  // set when the fast walk applies

  xmlNode* walk_first(xmlNode* node, std::size_t step) const;
  void walk_all(xmlNode* node, std::size_t step, std::vector<xmlNode*>& out) const;
};

/// The XPath 1.0 core function names and docket's extension functions, for checking
/// templates without data.
bool is_known_function(std::string_view name);

}  // namespace docket::tmpl
