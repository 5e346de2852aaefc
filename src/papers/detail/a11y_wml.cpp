#include "papers/detail/a11y_wml.hpp"

#include "ooxml/names.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::papers::detail {

namespace {

bool is_in(const xmlNode* node, std::string_view ns, std::string_view name) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && xml::namespace_of(node) == ns &&
         xml::local_name(node) == name;
}

void collect(const xmlNode* node, std::string_view ns, std::string_view name, std::vector<xmlNode*>& out) {
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    // The fallback repeats the choice for readers that lack an extension: counting both
    // would report every text box and picture twice.
    if (is_in(c, ooxml::ns::mc, "Fallback")) continue;
    if (is_in(c, ns, name)) out.push_back(c);
    collect(c, ns, name, out);
  }
}

}  // namespace

std::optional<std::string> ns_attr(const xmlNode* element, std::string_view ns, const char* name) {
  if (element == nullptr || element->type != XML_ELEMENT_NODE) return std::nullopt;
  xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(element), BAD_CAST name, BAD_CAST std::string(ns).c_str());
  if (v == nullptr) return std::nullopt;
  std::string s = reinterpret_cast<const char*>(v);
  xmlFree(v);
  return s;
}

std::optional<std::string> w_attr(const xmlNode* element, const char* name) {
  return ns_attr(element, ooxml::ns::w, name);
}

xmlNode* child_in(const xmlNode* parent, std::string_view ns, std::string_view name) {
  if (parent == nullptr) return nullptr;
  for (xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (is_in(c, ns, name)) return c;
  }
  return nullptr;
}

xmlNode* w_child(const xmlNode* parent, std::string_view name) { return child_in(parent, ooxml::ns::w, name); }

std::vector<xmlNode*> w_children(const xmlNode* parent, std::string_view name) {
  std::vector<xmlNode*> out;
  if (parent == nullptr) return out;
  for (xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (is_in(c, ooxml::ns::w, name)) out.push_back(c);
  }
  return out;
}

std::vector<xmlNode*> find_all(const xmlNode* root, std::string_view ns, std::string_view name) {
  std::vector<xmlNode*> out;
  if (root != nullptr) collect(root, ns, name, out);
  return out;
}

xmlNode* enclosing(const xmlNode* node, std::string_view name) {
  for (xmlNode* n = node ? node->parent : nullptr; n != nullptr && n->type == XML_ELEMENT_NODE; n = n->parent) {
    if (is_in(n, ooxml::ns::w, name)) return n;
  }
  return nullptr;
}

bool inside(const xmlNode* node, std::string_view ns, std::string_view name) {
  for (xmlNode* n = node ? node->parent : nullptr; n != nullptr && n->type == XML_ELEMENT_NODE; n = n->parent) {
    if (is_in(n, ns, name)) return true;
  }
  return false;
}

bool is_on(const xmlNode* property) {
  if (property == nullptr) return false;
  auto v = w_attr(property, "val");
  return !v || !(*v == "0" || *v == "false" || *v == "off");
}

bool has_tag(std::string_view text) {
  const auto open = text.find("{{");
  return open != std::string_view::npos && text.find("}}", open + 2) != std::string_view::npos;
}

std::string without_tags(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto open = text.find("{{", i);
    const auto close = open == std::string_view::npos ? open : text.find("}}", open + 2);
    if (close == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, open - i));
    i = close + 2;
    if (i < text.size() && text[i] == '}') ++i;  // {{{ rich }}}
  }
  return out;
}

bool has_visible_text(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (text.substr(i, 2) == "\u00A0") {  // a no-break space shows nothing either
      ++i;
      continue;
    }
    return true;
  }
  return false;
}

std::string excerpt_of(std::string_view text) { return abbreviate(trim(text), 80); }

}  // namespace docket::papers::detail
