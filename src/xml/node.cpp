#include "xml/node.hpp"

namespace docket::xml {

namespace {
const char* cstr(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

void collect(const xmlNode* node, std::string_view name, std::vector<xmlNode*>& out) {
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (local_name(c) == name) out.push_back(c);
    collect(c, name, out);
  }
}
}  // namespace

std::string_view local_name(const xmlNode* node) { return node && node->name ? cstr(node->name) : ""; }

std::string_view namespace_of(const xmlNode* node) {
  return node && node->ns && node->ns->href ? cstr(node->ns->href) : "";
}

bool is_element(const xmlNode* node, std::string_view name) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && local_name(node) == name;
}

xmlNode* child(const xmlNode* parent, std::string_view name) {
  if (parent == nullptr) return nullptr;
  for (xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (is_element(c, name)) return c;
  }
  return nullptr;
}

std::vector<xmlNode*> children(const xmlNode* parent, std::string_view name) {
  std::vector<xmlNode*> out;
  if (parent == nullptr) return out;
  for (xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && (name.empty() || local_name(c) == name)) out.push_back(c);
  }
  return out;
}

std::vector<xmlNode*> descendants(const xmlNode* root, std::string_view name) {
  std::vector<xmlNode*> out;
  if (root != nullptr) collect(root, name, out);
  return out;
}

xmlNode* attribute_node(const xmlNode* element, std::string_view name) {
  if (element == nullptr || element->type != XML_ELEMENT_NODE) return nullptr;
  for (xmlAttr* a = element->properties; a != nullptr; a = a->next) {
    if (a->ns == nullptr && cstr(a->name) == name) return reinterpret_cast<xmlNode*>(a);
  }
  return nullptr;
}

std::optional<std::string> attribute(const xmlNode* element, std::string_view name) {
  xmlNode* a = attribute_node(element, name);
  if (a == nullptr) return std::nullopt;
  std::string value;
  for (xmlNode* t = a->children; t != nullptr; t = t->next) {
    if (t->content) value += cstr(t->content);
  }
  return value;
}

std::string text(const xmlNode* node) {
  if (node == nullptr) return {};
  xmlChar* s = xmlNodeGetContent(node);
  std::string out = s ? cstr(s) : "";
  xmlFree(s);
  return out;
}

std::optional<std::string> child_text(const xmlNode* parent, std::string_view name) {
  xmlNode* c = child(parent, name);
  if (c == nullptr) return std::nullopt;
  return text(c);
}

std::string node_path(const xmlNode* node) {
  std::string path;
  if (node != nullptr && node->type == XML_ATTRIBUTE_NODE) {
    path = "/@" + std::string(local_name(node));
    node = node->parent;
  }
  while (node != nullptr && node->type != XML_ELEMENT_NODE) node = node->parent;
  for (; node != nullptr && node->type == XML_ELEMENT_NODE; node = node->parent) {
    long position = 1;
    for (const xmlNode* s = node->prev; s != nullptr; s = s->prev) {
      if (s->type == XML_ELEMENT_NODE && local_name(s) == local_name(node) &&
          namespace_of(s) == namespace_of(node)) {
        ++position;
      }
    }
    path = "/" + std::string(local_name(node)) + "[" + std::to_string(position) + "]" + path;
  }
  return path;
}

}  // namespace docket::xml
