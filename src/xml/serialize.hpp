#pragma once
// Writing XML straight into a ByteSink: escaping, start and end tags of parsed nodes (with
// the namespace declarations they carry), and whole subtrees. Used to stream rendered parts
// without building an output tree.
#include <libxml/tree.h>

#include <string>
#include <string_view>

#include "support/byte_sink.hpp"

namespace docket::xml {

/// Writes character data, escaping & < >.
void write_escaped_text(ByteSink& out, std::string_view text);
/// Writes an attribute value (without quotes), escaping & < > " and whitespace controls.
void write_escaped_attribute(ByteSink& out, std::string_view value);
std::string escape_text(std::string_view text);
std::string escape_attribute(std::string_view value);

/// prefix:name of an element or attribute.
std::string qualified_name(const xmlNode* node);

/// What namespace declarations to write.
struct Declarations {
  bool write = true;              // false: a fragment placed where its prefixes are declared
  std::string_view skip_href = {};  // one namespace never to declare (docket's own markers)
};

/// `<name xmlns… attrs…>` (or `<… />` when `self_close`).
void write_start_tag(ByteSink& out, const xmlNode* element, bool self_close = false, Declarations decl = {});
void write_end_tag(ByteSink& out, const xmlNode* element);
/// Writes a node and everything under it (elements, text, comments, processing instructions).
void write_node(ByteSink& out, const xmlNode* node, Declarations decl = {});
/// The XML declaration docket writes at the top of every part.
inline constexpr std::string_view kXmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
/// A whole part: the declaration, then `root` and everything under it.
std::string part_text(const xmlNode* root);

}  // namespace docket::xml
