#include "xml/serialize.hpp"

namespace docket::xml {

namespace {

const char* cstr(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

template <bool Attribute>
void write_escaped(ByteSink& out, std::string_view text) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char* rep = nullptr;
    switch (text[i]) {
      case '&': rep = "&amp;"; break;
      case '<': rep = "&lt;"; break;
      case '>': rep = "&gt;"; break;
      case '"': if (Attribute) rep = "&quot;"; break;
      case '\n': if (Attribute) rep = "&#10;"; break;
      case '\r': rep = "&#13;"; break;
      case '\t': if (Attribute) rep = "&#9;"; break;
      default: break;
    }
    if (rep != nullptr) {
      out.write(text.substr(start, i - start));
      out.write(rep);
      start = i + 1;
    }
  }
  out.write(text.substr(start));
}

void write_name(ByteSink& out, const xmlNs* ns, const xmlChar* name) {
  if (ns != nullptr && ns->prefix != nullptr) {
    out.write(cstr(ns->prefix));
    out.put(':');
  }
  out.write(cstr(name));
}

}  // namespace

void write_escaped_text(ByteSink& out, std::string_view text) { write_escaped<false>(out, text); }
void write_escaped_attribute(ByteSink& out, std::string_view value) {
  write_escaped<true>(out, value);
}

std::string escape_text(std::string_view text) {
  std::string s;
  {
    StringSink sink(s);
    write_escaped_text(sink, text);
  }
  return s;
}

std::string escape_attribute(std::string_view value) {
  std::string s;
  {
    StringSink sink(s);
    write_escaped_attribute(sink, value);
  }
  return s;
}

std::string qualified_name(const xmlNode* node) {
  std::string s;
  if (node->ns != nullptr && node->ns->prefix != nullptr) {
    s = cstr(node->ns->prefix);
    s += ':';
  }
  s += cstr(node->name);
  return s;
}

void write_start_tag(ByteSink& out, const xmlNode* element, bool self_close, Declarations decl) {
  out.put('<');
  write_name(out, element->ns, element->name);
  for (const xmlNs* ns = decl.write ? element->nsDef : nullptr; ns != nullptr; ns = ns->next) {
    if (!decl.skip_href.empty() && ns->href && decl.skip_href == cstr(ns->href)) continue;
    out.write(" xmlns");
    if (ns->prefix != nullptr) {
      out.put(':');
      out.write(cstr(ns->prefix));
    }
    out.write("=\"");
    write_escaped_attribute(out, ns->href ? cstr(ns->href) : "");
    out.put('"');
  }
  for (const xmlAttr* a = element->properties; a != nullptr; a = a->next) {
    out.put(' ');
    write_name(out, a->ns, a->name);
    out.write("=\"");
    for (const xmlNode* t = a->children; t != nullptr; t = t->next) {
      if (t->content != nullptr) write_escaped_attribute(out, cstr(t->content));
    }
    out.put('"');
  }
  out.write(self_close ? "/>" : ">");
}

void write_end_tag(ByteSink& out, const xmlNode* element) {
  out.write("</");
  write_name(out, element->ns, element->name);
  out.put('>');
}

void write_node(ByteSink& out, const xmlNode* node, Declarations decl) {
  switch (node->type) {
    case XML_ELEMENT_NODE:
      if (node->children == nullptr) {
        write_start_tag(out, node, true, decl);
      } else {
        write_start_tag(out, node, false, decl);
        for (const xmlNode* c = node->children; c != nullptr; c = c->next) write_node(out, c, decl);
        write_end_tag(out, node);
      }
      break;
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      if (node->content != nullptr) write_escaped_text(out, cstr(node->content));
      break;
    case XML_COMMENT_NODE:
      out.write("<!--");
      if (node->content != nullptr) out.write(cstr(node->content));
      out.write("-->");
      break;
    case XML_PI_NODE:
      out.write("<?");
      out.write(cstr(node->name));
      if (node->content != nullptr) {
        out.put(' ');
        out.write(cstr(node->content));
      }
      out.write("?>");
      break;
    case XML_ENTITY_REF_NODE:
      // Only the predefined entities can occur (DOCTYPEs are refused); libxml2 expands those.
      break;
    default:
      break;
  }
}

std::string part_text(const xmlNode* root) {
  std::string out(kXmlDeclaration);
  {
    StringSink sink(out);
    write_node(sink, root);
  }
  return out;
}

}  // namespace docket::xml
