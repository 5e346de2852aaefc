#pragma once
// Small DOM helpers the merge steps share: w: attributes, new w: elements, children placed in
// schema order, parts parsed or refused, and a canonical form for comparing definitions.
#include <libxml/tree.h>

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "ooxml/package.hpp"
#include "support/diagnostic.hpp"
#include "xml/document.hpp"

namespace docket::pack::detail {

using NameMap = std::map<std::string, std::string, std::less<>>;

/// A w: attribute of an element (null element: nullopt).
std::optional<std::string> w_attr(const xmlNode* element, const char* name);
void set_w_attr(xmlNode* element, const char* name, std::string_view value);
void remove_w_attr(xmlNode* element, const char* name);
/// True when the node is an element in namespace `href` with local name `name`.
bool is_in(const xmlNode* node, std::string_view href, std::string_view name);

/// A new w: element (using the w: namespace in scope at `context`), appended to `parent`
/// when it is not null.
xmlNode* new_w(xmlNode* context, xmlNode* parent, const char* name);
/// Inserts `child` under `parent` before the first child element that comes later in `order`
/// (elements not named in `order` count as last).
void insert_in_order(xmlNode* parent, xmlNode* child, std::span<const std::string_view> order);
/// Unlinks and frees a node.
void remove_node(xmlNode* node);

/// Parses a part of a source package; a part that is not well-formed ends the merge (IoError),
/// after its position has gone to `diags`.
xml::Document parse_source_part(ooxml::Package& package, std::string_view part, Diagnostics& diags);
/// Serialises an element and everything under it, declaring the namespaces it declares.
std::string to_xml_string(const xmlNode* element);

/// A form of an element for comparing definitions: names by namespace URI (so prefixes do
/// not matter), attributes sorted, whitespace between elements ignored. Children of the
/// element named in `skip` are left out; the w:val of children named in `mapped` goes
/// through `refs` first.
std::string canonical(const xmlNode* element, std::span<const std::string_view> skip = {},
                      std::span<const std::string_view> mapped = {}, const NameMap* refs = nullptr);

}  // namespace docket::pack::detail
