#pragma once
// Reading parsed trees without libxml2's C idioms: children by local name, attributes as
// optional strings, text content. Names compare by local name only (callers have checked the
// namespace once, at the root).
#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docket::xml {

std::string_view local_name(const xmlNode* node);
/// The namespace URI of an element or attribute ("" for none).
std::string_view namespace_of(const xmlNode* node);
bool is_element(const xmlNode* node, std::string_view name);

/// The first child element with this local name, or null.
xmlNode* child(const xmlNode* parent, std::string_view name);
/// Every child element with this local name (every child element when name is empty).
std::vector<xmlNode*> children(const xmlNode* parent, std::string_view name = {});
/// Every descendant element with this local name, in document order.
std::vector<xmlNode*> descendants(const xmlNode* root, std::string_view name);

/// An attribute in no namespace, or nullopt.
std::optional<std::string> attribute(const xmlNode* element, std::string_view name);
/// The attribute node itself (for positions), or null.
xmlNode* attribute_node(const xmlNode* element, std::string_view name);

/// Where a node is in its document: local names with 1-based positions among siblings of the
/// same name and namespace, "/report[1]/meta[1]/period[1]/@start". A text node gives its
/// element's path. Stable across a serialise-and-parse round trip of the document.
std::string node_path(const xmlNode* node);
/// All text inside the node (XPath string-value).
std::string text(const xmlNode* node);
/// The text of the named child, or nullopt when there is no such child.
std::optional<std::string> child_text(const xmlNode* parent, std::string_view name);

}  // namespace docket::xml
