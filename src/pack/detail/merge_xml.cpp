#include "pack/detail/merge_xml.hpp"

#include <algorithm>
#include <vector>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "support/byte_sink.hpp"
#include "support/error.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::pack::detail {

namespace {

const char* cstr(const xmlChar* s) { return reinterpret_cast<const char*>(s); }
const std::string kW(ooxml::ns::w);

bool named_in(std::span<const std::string_view> names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string qualified(const xmlNode* n) {
  std::string s = "{";
  s += xml::namespace_of(n);
  s += '}';
  s += xml::local_name(n);
  return s;
}

}  // namespace

std::optional<std::string> w_attr(const xmlNode* element, const char* name) {
  if (element == nullptr) return std::nullopt;
  xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(element), BAD_CAST name, BAD_CAST kW.c_str());
  if (v == nullptr) return std::nullopt;
  std::string out = cstr(v);
  xmlFree(v);
  return out;
}

void set_w_attr(xmlNode* element, const char* name, std::string_view value) {
  xmlSetNsProp(element, ooxml::w_namespace(element), BAD_CAST name, BAD_CAST std::string(value).c_str());
}

void remove_w_attr(xmlNode* element, const char* name) {
  if (xmlAttr* a = xmlHasNsProp(element, BAD_CAST name, BAD_CAST kW.c_str())) xmlRemoveProp(a);
}

bool is_in(const xmlNode* node, std::string_view href, std::string_view name) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && xml::namespace_of(node) == href &&
         xml::local_name(node) == name;
}

xmlNode* new_w(xmlNode* context, xmlNode* parent, const char* name) {
  xmlNode* made = xmlNewDocNode(context->doc, ooxml::w_namespace(context), BAD_CAST name, nullptr);
  if (parent != nullptr) xmlAddChild(parent, made);
  return made;
}

void insert_in_order(xmlNode* parent, xmlNode* child, std::span<const std::string_view> order) {
  auto rank = [&](std::string_view n) {
    return static_cast<std::size_t>(std::find(order.begin(), order.end(), n) - order.begin());
  };
  const std::size_t want = rank(xml::local_name(child));
  for (xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && rank(xml::local_name(c)) > want) {
      xmlAddPrevSibling(c, child);
      return;
    }
  }
  xmlAddChild(parent, child);
}

void remove_node(xmlNode* node) {
  xmlUnlinkNode(node);
  xmlFreeNode(node);
}

xml::Document parse_source_part(ooxml::Package& package, std::string_view part, Diagnostics& diags) {
  auto doc = package.parse_part(part, diags);
  if (!doc || doc->root() == nullptr) {
    throw IoError("cannot merge " + package.file() + ": " + std::string(part) + " is not well-formed XML",
                  "open the document in Word or LibreOffice and save it again", package.file());
  }
  return std::move(*doc);
}

std::string to_xml_string(const xmlNode* element) {
  std::string out;
  {
    StringSink sink(out);
    xml::write_node(sink, element);
  }
  return out;
}

std::string canonical(const xmlNode* element, std::span<const std::string_view> skip,
                      std::span<const std::string_view> mapped, const NameMap* refs) {
  std::string s = "<" + qualified(element);
  std::vector<std::string> attrs;
  const bool map_val = refs != nullptr && named_in(mapped, xml::local_name(element));
  for (const xmlAttr* a = element->properties; a != nullptr; a = a->next) {
    xmlChar* v = xmlNodeListGetString(element->doc, a->children, 1);
    std::string value = v ? cstr(v) : "";
    xmlFree(v);
    std::string name = "{" + std::string(a->ns ? cstr(a->ns->href) : "") + "}" + cstr(a->name);
    if (map_val && name == "{" + kW + "}val") {
      if (auto it = refs->find(value); it != refs->end()) value = it->second;
    }
    attrs.push_back(name + "=" + value);
  }
  std::sort(attrs.begin(), attrs.end());
  for (const auto& a : attrs) s += " " + a;
  s += ">";
  for (const xmlNode* c = element->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) {
      if (named_in(skip, xml::local_name(c))) continue;
      s += canonical(c, {}, mapped, refs);
    } else if (c->type == XML_TEXT_NODE && c->content != nullptr) {
      std::string_view t = cstr(c->content);
      if (t.find_first_not_of(" \t\r\n") != std::string_view::npos) s += xml::escape_text(t);
    }
  }
  return s + "</>";
}

}  // namespace docket::pack::detail
