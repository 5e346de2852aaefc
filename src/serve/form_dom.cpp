#include "serve/form_dom.hpp"

#include <set>

#include "xml/node.hpp"

namespace docket::serve::form {

namespace {

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
const xmlChar* X(const std::string& s) { return X(s.c_str()); }

bool whitespace_text(const xmlNode* n) {
  if (n == nullptr || n->type != XML_TEXT_NODE) return false;
  for (const xmlChar* c = n->content; c && *c; ++c) {
    if (*c != ' ' && *c != '\n' && *c != '\t' && *c != '\r') return false;
  }
  return true;
}

long newlines(const xmlNode* n) {
  long count = 0;
  for (const xmlChar* c = n->content; c && *c; ++c) count += *c == '\n';
  return count;
}

// Comments on the lines just above an element belong to it.
std::vector<xmlNode*> attached_comments(xmlNode* n) {
  std::vector<xmlNode*> out;
  for (xmlNode* p = n->prev; p != nullptr; p = p->prev) {
    if (whitespace_text(p)) {
      if (newlines(p) > 1) break;
    } else if (p->type == XML_COMMENT_NODE) {
      out.insert(out.begin(), p);
    } else {
      break;
    }
  }
  return out;
}

std::string indent_of(const xmlNode* n) {
  if (n->prev != nullptr && whitespace_text(n->prev)) {
    std::string ws = reinterpret_cast<const char*>(n->prev->content);
    const auto nl = ws.rfind('\n');
    if (nl != std::string::npos) return ws.substr(nl + 1);
  }
  long depth = 0;
  for (const xmlNode* p = n->parent; p != nullptr && p->type == XML_ELEMENT_NODE; p = p->parent) ++depth;
  return std::string(static_cast<std::size_t>(depth) * 2, ' ');
}

std::string child_indent(const xmlNode* parent) {
  for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if ((c->type == XML_ELEMENT_NODE || c->type == XML_COMMENT_NODE) && c->prev && whitespace_text(c->prev) &&
        newlines(c->prev) > 0) {
      return indent_of(c);
    }
  }
  return indent_of(parent) + "  ";
}

xmlNode* space(xmlDoc* doc, const std::string& indent) { return xmlNewDocText(doc, X("\n" + indent)); }

std::set<std::string> ids_in(const xmlNode* n) {
  std::set<std::string> out;
  for (; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (auto id = xml::attribute(n, "id")) out.insert(*id);
    auto below = ids_in(n->children);
    out.insert(below.begin(), below.end());
  }
  return out;
}

std::string unique_id(const xmlNode* element) {
  const auto taken = ids_in(xmlDocGetRootElement(element->doc));
  const std::string stem(xml::local_name(element));
  for (int n = 1;; ++n) {
    std::string id = stem + "-" + std::to_string(n);
    if (!taken.count(id)) return id;
  }
}

}  // namespace

void fill_required(xmlNode* e, const ElementDecl& decl) {
  if (decl.complex == nullptr) return;
  const ComplexType& t = *decl.complex;
  for (const auto& a : t.attributes) {
    if (!a.required) continue;
    std::string value = a.fixed;
    if (value.empty() && a.type.kind == ValueKind::id) value = unique_id(e);
    if (value.empty() && a.xml_namespace && a.name == "lang") value = "en-GB";
    if (value.empty()) value = a.default_value;
    set_attribute(e, a, value);
  }
  for (std::size_t i = 0; i < t.slots.size(); ++i) {
    const Slot& s = t.slots[i];
    if (s.min <= 0) continue;
    if (s.kind == Slot::Kind::text || (s.kind == Slot::Kind::list && s.text)) {
      insert_in_slot(e, t, static_cast<int>(i), {xmlNewDocNode(e->doc, e->ns, X("p"), nullptr)});
    } else if (s.choice < 0 || i == 0 || t.slots[i - 1].choice != s.choice) {
      create_child(e, t, static_cast<int>(i), *s.elements.front());
    }
  }
}

Layout layout_of(const ComplexType& type, const xmlNode* element) {
  Layout out;
  for (std::size_t i = 0; i < type.slots.size(); ++i) out.slots.push_back({&type.slots[i], static_cast<int>(i), {}});
  int current = 0, runs = 0;
  Item* open_run = nullptr;
  for (xmlNode* c = element->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = xml::local_name(c);
    int s = -1;
    for (std::size_t k = static_cast<std::size_t>(current); k < type.slots.size() && s < 0; ++k) {
      if (type.slots[k].owns(name)) s = static_cast<int>(k);
    }
    if (s < 0) s = type.slot_of(name);
    if (s < 0 || xml::namespace_of(c) != xml::namespace_of(element)) {
      out.unknown.push_back(c);
      open_run = nullptr;
      continue;
    }
    current = s;
    auto& items = out.slots[static_cast<std::size_t>(s)].items;
    if (is_block_name(name)) {
      if (open_run == nullptr || open_run != (items.empty() ? nullptr : &items.back())) {
        items.push_back({.nodes = {}, .text = true, .text_index = ++runs});
        open_run = &items.back();
      }
      open_run->nodes.push_back(c);
    } else {
      items.push_back({.nodes = {c}});
      open_run = nullptr;
    }
  }
  return out;
}

std::string key_of(const xmlNode* element) { return xml::node_path(element); }
std::string text_key(const std::string& element_key, int run) { return element_key + "/#text" + std::to_string(run); }
std::string inline_key(const std::string& element_key) { return element_key + "/#inline"; }
std::string attribute_key(const std::string& element_key, std::string_view name) {
  return element_key + "/@" + std::string(name);
}

std::string simple_value(const xmlNode* element) {
  std::string out;
  for (const xmlNode* c = element->children; c != nullptr; c = c->next) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
      out += reinterpret_cast<const char*>(c->content);
    }
  }
  const auto first = out.find_first_not_of(" \n\t\r");
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(" \n\t\r") - first + 1);
}

std::string attribute_value(const xmlNode* element, const Attribute& a) {
  xmlChar* v = a.xml_namespace ? xmlGetNsProp(element, X(a.name), XML_XML_NAMESPACE)
                               : xmlGetNoNsProp(element, X(a.name));
  if (v == nullptr) return {};
  std::string out = reinterpret_cast<const char*>(v);
  xmlFree(v);
  return out;
}

std::vector<xmlNode*> inline_nodes(const xmlNode* element) {
  std::vector<xmlNode*> out;
  for (xmlNode* c = element->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE ||
        (c->type == XML_ELEMENT_NODE && is_inline_name(xml::local_name(c)))) {
      out.push_back(c);
    }
  }
  return out;
}

void set_attribute(xmlNode* element, const Attribute& a, const std::string& value) {
  if (value.empty() && !a.required) {
    if (a.xml_namespace) xmlUnsetNsProp(element, xmlSearchNsByHref(element->doc, element, XML_XML_NAMESPACE), X(a.name));
    else xmlUnsetProp(element, X(a.name));
    return;
  }
  if (a.xml_namespace) {
    xmlSetNsProp(element, xmlSearchNsByHref(element->doc, element, XML_XML_NAMESPACE), X(a.name), X(value));
  } else {
    xmlSetProp(element, X(a.name), X(value));
  }
}

void set_simple_value(xmlNode* element, const std::string& value) {
  xmlNode* first_other = nullptr;
  for (xmlNode* c = element->children; c != nullptr;) {
    xmlNode* next = c->next;
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      xmlUnlinkNode(c);
      xmlFreeNode(c);
    } else if (first_other == nullptr) {
      first_other = c;
    }
    c = next;
  }
  if (value.empty()) return;
  xmlNode* text = xmlNewDocText(element->doc, X(value));
  if (first_other) xmlAddPrevSibling(first_other, text);
  else xmlAddChild(element, text);
}

const ElementDecl* child_decl(const ComplexType& type, std::string_view name) {
  for (const auto& s : type.slots) {
    for (const auto* e : s.elements) {
      if (e->name == name) return e;
    }
  }
  return nullptr;
}

void insert_in_slot(xmlNode* parent, const ComplexType& type, int slot, const std::vector<xmlNode*>& nodes, xmlNode* before) {
  if (before == nullptr) {
    for (xmlNode* c = parent->children; c != nullptr && before == nullptr; c = c->next) {
      if (c->type == XML_ELEMENT_NODE && type.slot_of(xml::local_name(c)) > slot) before = c;
    }
  }
  if (before != nullptr) {
    auto comments = attached_comments(before);
    if (!comments.empty()) before = comments.front();
  }
  // libxml2 merges a text node added next to another text node, so the indentation is put
  // beside the element just added, never beside existing whitespace.
  const std::string indent = child_indent(parent);
  for (xmlNode* n : nodes) {
    if (before != nullptr) {
      xmlAddPrevSibling(before, n);
      xmlAddNextSibling(n, space(parent->doc, indent));
    } else if (parent->last != nullptr && whitespace_text(parent->last) && newlines(parent->last) > 0) {
      xmlAddPrevSibling(parent->last, n);
      xmlAddPrevSibling(n, space(parent->doc, indent));
    } else if (parent->children == nullptr) {
      xmlAddChild(parent, space(parent->doc, indent));
      xmlAddChild(parent, n);
      xmlAddChild(parent, space(parent->doc, indent_of(parent)));
    } else {
      xmlAddChild(parent, space(parent->doc, indent));
      xmlAddChild(parent, n);
    }
  }
}

xmlNode* create_child(xmlNode* parent, const ComplexType& parent_type, int slot, const ElementDecl& decl) {
  xmlNode* e = xmlNewDocNode(parent->doc, parent->ns, X(decl.name), nullptr);
  insert_in_slot(parent, parent_type, slot, {e});
  fill_required(e, decl);
  return e;
}

void remove_nodes(const std::vector<xmlNode*>& nodes) {
  for (xmlNode* n : nodes) {
    std::vector<xmlNode*> doomed = n->type == XML_ELEMENT_NODE ? attached_comments(n) : std::vector<xmlNode*>{};
    doomed.push_back(n);
    for (xmlNode* d : doomed) {
      if (d->prev != nullptr && whitespace_text(d->prev)) {
        xmlNode* ws = d->prev;
        xmlUnlinkNode(ws);
        xmlFreeNode(ws);
      }
      xmlUnlinkNode(d);
      xmlFreeNode(d);
    }
  }
}

void move_before(const Item& item, const Item& other) {
  xmlNode* anchor = other.nodes.front();
  if (auto comments = attached_comments(anchor); !comments.empty()) anchor = comments.front();
  for (xmlNode* n : item.nodes) {
    std::vector<xmlNode*> group = attached_comments(n);
    group.push_back(n);
    for (xmlNode* g : group) {
      xmlNode* ws = g->prev != nullptr && whitespace_text(g->prev) ? g->prev : nullptr;
      if (ws) xmlUnlinkNode(ws);
      xmlUnlinkNode(g);
      const std::string indent = indent_of(anchor);
      xmlAddPrevSibling(anchor, g);
      xmlAddNextSibling(g, ws ? ws : space(anchor->doc, indent));
    }
  }
}

}  // namespace docket::serve::form
