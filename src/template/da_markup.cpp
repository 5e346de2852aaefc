#include "template/da_markup.hpp"

#include <algorithm>
#include <array>

#include "support/diagnostic.hpp"
#include "support/error.hpp"
#include "xml/document.hpp"
#include "xml/node.hpp"

namespace docket::tmpl {

namespace {

struct Rule {
  DaKind kind;
  std::string_view name;
  bool takes_attributes;  // EndRepeat/EndConditional are declared as xs:anyType
  std::array<std::string_view, 4> attributes;
};

constexpr std::array<Rule, 6> kRules = {{
    {DaKind::content, "Content", true, {"Select", "Optional", "", ""}},
    {DaKind::table, "Table", true, {"Select", "", "", ""}},
    {DaKind::repeat, "Repeat", true, {"Select", "Optional", "", ""}},
    {DaKind::end_repeat, "EndRepeat", false, {}},
    {DaKind::conditional, "Conditional", true, {"Select", "Match", "NotMatch", ""}},
    {DaKind::end_conditional, "EndConditional", false, {}},
}};

// xs:boolean accepts true, false, 1 and 0 (with surrounding whitespace).
std::optional<bool> xs_boolean(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\n')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\n')) v.remove_suffix(1);
  if (v == "true" || v == "1") return true;
  if (v == "false" || v == "0") return false;
  return std::nullopt;
}

bool is_blank(const xmlChar* text) {
  for (const xmlChar* c = text; c != nullptr && *c != 0; ++c) {
    if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r') return false;
  }
  return true;
}

}  // namespace

std::string_view da_name(DaKind kind) {
  for (const auto& r : kRules) {
    if (r.kind == kind) return r.name;
  }
  return "Content";
}

bool is_da_block_kind(DaKind kind) { return kind != DaKind::content; }

std::variant<DaMarkup, DaMarkupError> parse_da_markup(std::string_view text) {
  Diagnostics diags;
  std::optional<xml::Document> doc;
  try {
    doc = xml::parse(text, "markup", diags);
  } catch (const Error& e) {  // a DOCTYPE in markup
    return DaMarkupError{"XmlException: " + std::string(e.what())};
  }
  if (!doc) {
    std::string why = diags.empty() ? "the markup is not XML" : diags.items().front().message;
    const std::string prefix = "not well-formed XML: ";
    if (why.rfind(prefix, 0) == 0) why = why.substr(prefix.size());
    return DaMarkupError{"XmlException: " + why};
  }
  xmlNode* root = doc->root();
  const std::string name(xml::local_name(root));
  const Rule* rule = nullptr;
  for (const auto& r : kRules) {
    if (r.name == name) rule = &r;
  }
  if (rule == nullptr || !xml::namespace_of(root).empty()) {
    return DaMarkupError{"Schema Validation Error: Invalid XML: " + name + " is not a valid element"};
  }
  DaMarkup m;
  m.kind = rule->kind;
  if (!rule->takes_attributes) return m;
  for (xmlAttr* a = root->properties; a != nullptr; a = a->next) {
    std::string_view an = reinterpret_cast<const char*>(a->name);
    if (std::find(rule->attributes.begin(), rule->attributes.end(), an) == rule->attributes.end() || an.empty()) {
      return DaMarkupError{"Schema Validation Error: The '" + std::string(an) + "' attribute is not declared."};
    }
  }
  // Declared with attributes only (an empty content model): no text, no child elements.
  for (xmlNode* c = root->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) {
      return DaMarkupError{"Schema Validation Error: The element '" + name + "' cannot contain child element '" +
                           std::string(xml::local_name(c)) + "' because the parent element's content model is empty."};
    }
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && !is_blank(c->content)) {
      return DaMarkupError{"Schema Validation Error: The element '" + name + "' cannot contain text. Content model is empty."};
    }
  }
  auto select = xml::attribute(root, "Select");
  if (!select) return DaMarkupError{"Schema Validation Error: The required attribute 'Select' is missing."};
  m.select = *select;
  if (auto optional = xml::attribute(root, "Optional")) {
    auto value = xs_boolean(*optional);
    if (!value) {
      return DaMarkupError{"Schema Validation Error: The 'Optional' attribute is invalid - The value '" + *optional +
                           "' is invalid according to its datatype 'http://www.w3.org/2001/XMLSchema:boolean' - "
                           "The string '" + *optional + "' is not a valid Boolean value."};
    }
    // DocumentAssembler treats Optional as true only when it is the word "true" (any case).
    std::string lower = *optional;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    m.optional = lower == "true";
  }
  m.match = xml::attribute(root, "Match");
  m.not_match = xml::attribute(root, "NotMatch");
  return m;
}

}  // namespace docket::tmpl
