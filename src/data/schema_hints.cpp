#include "data/detail/schema_hints.hpp"

#include <algorithm>

#include "data/status_scheme.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

std::string tag(std::string_view name) { return "<" + std::string(name) + ">"; }

std::vector<std::string> tags(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const auto& n : names) out.push_back(tag(n));
  return out;
}

// "meta, summary, recommendations, section …": the children of a type in order, each once.
std::string order_of(const SchemaOutline& outline, const std::string& type) {
  std::vector<std::string> names;
  for (const auto& c : outline.children(type)) {
    if (std::find(names.begin(), names.end(), c.name) == names.end()) names.push_back(c.name);
  }
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + tag(n);
  return out;
}

const xmlNode* next_element(const xmlNode* n) { return n ? xmlNextElementSibling(const_cast<xmlNode*>(n)) : nullptr; }
const xmlNode* previous_element(const xmlNode* n) { return n ? xmlPreviousElementSibling(const_cast<xmlNode*>(n)) : nullptr; }

// The statuses of the scheme a <statedStatus> is checked against, from the shipped schemes.
std::vector<std::string> status_keys(const xmlNode* stated) {
  const xmlNode* kpis = stated && stated->parent ? stated->parent->parent : nullptr;
  const std::string id(trim(xml::attribute(kpis, "statusScheme").value_or("default")));
  Diagnostics ignored;
  const SchemeLibrary schemes;
  std::vector<std::string> keys;
  if (const StatusScheme* scheme = schemes.find_scheme(id, ignored)) {
    for (const auto& s : scheme->statuses) keys.push_back(s.key);
  }
  return keys;
}

}  // namespace

std::optional<OrderProblem> order_problem(const SchemaOutline& outline, const xmlNode* element,
                                          const std::vector<std::string>& expected) {
  const xmlNode* parent = element ? element->parent : nullptr;
  const std::string type = outline.type_of(parent);
  if (type.empty()) return std::nullopt;
  const std::string name(xml::local_name(element));
  const std::string in = " in " + tag(xml::local_name(parent));
  const std::string order = "; " + tag(xml::local_name(parent)) + " holds, in this order: " + order_of(outline, type);
  // The element belongs earlier than something before it.
  const int at = outline.position(type, name);
  if (at >= 0) {
    for (const xmlNode* s = xmlFirstElementChild(const_cast<xmlNode*>(parent)); s != nullptr && s != element; s = next_element(s)) {
      if (outline.position(type, xml::local_name(s)) > at) {
        return OrderProblem{tag(name) + " is out of order" + in + ": it must come before " + tag(xml::local_name(s)),
                            "move " + tag(name) + " up to before " + tag(xml::local_name(s)) + order, "data.out-of-order", element};
      }
    }
  }
  // A required element expected here: later in the file (out of order), or missing.
  std::vector<std::string> required, optional;
  for (const auto& e : expected) {
    bool is_required = false;
    for (const auto& c : outline.children(type)) is_required |= c.name == e && c.required;
    (is_required ? required : optional).push_back(e);
  }
  if (required.empty()) return std::nullopt;
  for (const xmlNode* s = next_element(element); s != nullptr; s = next_element(s)) {
    if (std::find(required.begin(), required.end(), std::string(xml::local_name(s))) == required.end()) continue;
    return OrderProblem{tag(xml::local_name(s)) + " is out of order" + in + ": it must come before " + tag(name),
                        "move " + tag(xml::local_name(s)) + " up to before " + tag(name) + order, "data.out-of-order", s};
  }
  std::string hint = "add " + join_words(tags(required), "and") + " before " + tag(name);
  if (!optional.empty()) hint += " (" + join_words(tags(optional)) + " may also come there)";
  if (previous_element(element) == nullptr && at < 0) hint += order;
  return OrderProblem{tag(xml::local_name(parent)) + " is missing " + join_words(tags(required), "and") + " before " + tag(name),
                      hint, "data.missing-element", element};
}

std::vector<std::string> required_first(const SchemaOutline& outline, const xmlNode* parent,
                                        const std::vector<std::string>& expected) {
  const std::string type = outline.type_of(parent);
  std::vector<std::string> required, optional;
  for (const auto& e : expected) {
    bool is_required = false;
    for (const auto& c : outline.children(type)) is_required |= c.name == e && c.required;
    (is_required ? required : optional).push_back(e);
  }
  return required.empty() ? optional : required;
}

std::string allowed_values_hint(const SchemaOutline& outline, const xmlNode* element, const std::string& attribute,
                                const std::string& value) {
  if (element == nullptr) return {};
  std::vector<std::string> listed;
  bool open = false;
  if (attribute.empty() && xml::local_name(element) == "statedStatus") {
    listed = status_keys(element);
  } else {
    const std::string type = attribute.empty() ? outline.type_of(element)
                                               : outline.attribute_type(outline.type_of(element), attribute);
    const auto values = outline.values(type);
    listed = values.listed;
    open = values.open;
  }
  if (listed.empty()) return {};
  std::string hint = "use " + join_words(listed) + (open ? ", or your council's own written x-… (x-ward-members)" : "");
  if (auto near = nearest(value, listed)) hint = "did you mean " + *near + "? (" + hint + ")";
  return hint;
}

}  // namespace docket::data::detail
