#include "template/site.hpp"

#include <cstdlib>

#include "xml/node.hpp"

namespace docket::tmpl {

Diagnostic PartSites::at(const TagSite& site, Severity severity, std::string message,
                         std::string hint, std::string code) const {
  return {.severity = severity,
          .file = file,
          .part = part,
          .paragraph = site.paragraph,
          .excerpt = site.excerpt,
          .message = std::move(message),
          .hint = std::move(hint),
          .code = std::move(code)};
}

Diagnostic PartSites::at_part(Severity severity, std::string message, std::string hint,
                              std::string code) const {
  return {.severity = severity,
          .file = file,
          .part = part,
          .message = std::move(message),
          .hint = std::move(hint),
          .code = std::move(code)};
}

void NodeBin::take_out(xmlNode* node) {
  forget_markers(node);
  xmlUnlinkNode(node);
  nodes_.emplace_back(node);
}

void NodeBin::forget_markers(const xmlNode* node) {
  if (is_marker(node)) {
    const long index = marker_site(node);
    if (index >= 0 && static_cast<std::size_t>(index) < sites_.sites.size()) {
      TagSite& site = sites_.sites[static_cast<std::size_t>(index)];
      if (site.marker == node) site.marker = nullptr;
    }
  }
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) forget_markers(c);
  }
}

bool NodeBin::in_document(const xmlNode* node) {
  for (; node != nullptr; node = node->parent) {
    if (node->type == XML_DOCUMENT_NODE) return true;
  }
  return false;
}

xmlNode* new_marker(xmlDoc* doc, std::string_view name, long index) {
  xmlNode* root = xmlDocGetRootElement(doc);
  const std::string href(kMarkerNamespace);
  xmlNs* ns = xmlSearchNsByHref(doc, root, BAD_CAST href.c_str());
  if (ns == nullptr) ns = xmlNewNs(root, BAD_CAST href.c_str(), BAD_CAST "dk");
  xmlNode* m = xmlNewDocNode(doc, ns, BAD_CAST std::string(name).c_str(), nullptr);
  xmlNewProp(m, BAD_CAST "site", BAD_CAST std::to_string(index).c_str());
  return m;
}

bool is_marker(const xmlNode* node, std::string_view name) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && xml::namespace_of(node) == kMarkerNamespace &&
         (name.empty() || xml::local_name(node) == name);
}

long marker_site(const xmlNode* marker) {
  auto v = xml::attribute(marker, "site");
  return v ? std::atol(v->c_str()) : -1;
}

}  // namespace docket::tmpl
