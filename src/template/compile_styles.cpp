#include "template/compile_styles.hpp"

#include "ooxml/wml.hpp"
#include "support/byte_sink.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::tmpl::detail {

namespace {

using ooxml::PropertyList;

struct NodeFree {
  void operator()(xmlNode* n) const noexcept { xmlFreeNode(n); }
};
using NodePtr = std::unique_ptr<xmlNode, NodeFree>;

NodePtr copy_or_new(xmlDoc* doc, const xmlNode* rpr) {
  if (rpr != nullptr) return NodePtr(xmlDocCopyNode(const_cast<xmlNode*>(rpr), doc, 1));
  xmlNode* made = xmlNewDocNode(doc, ooxml::w_namespace(xmlDocGetRootElement(doc)), BAD_CAST "rPr", nullptr);
  return NodePtr(made);
}

std::string serialise(const xmlNode* n) {
  if (n == nullptr || n->children == nullptr) return {};
  std::string out;
  {
    StringSink sink(out);
    xml::write_node(sink, n, {.write = false});
  }
  return out;
}

std::string with_colour(xmlDoc* doc, const xmlNode* rpr, const char* colour, bool highlight) {
  NodePtr copy = copy_or_new(doc, rpr);
  ooxml::set_property(copy.get(), PropertyList::run, "color", "val", colour);
  if (highlight) ooxml::set_property(copy.get(), PropertyList::run, "highlight", "val", "yellow");
  return serialise(copy.get());
}

}  // namespace

RunStyle run_style(xmlDoc* doc, const xmlNode* rpr) {
  RunStyle s;
  s.plain = serialise(rpr);
  s.white = with_colour(doc, rpr, "FFFFFF", false);
  s.black = with_colour(doc, rpr, "000000", false);
  s.missing = with_colour(doc, rpr, "FF0000", true);
  return s;
}

std::array<std::string, 8> format_run_styles(xmlDoc* doc, const xmlNode* rpr, const ooxml::StyleTable& styles) {
  std::array<std::string, 8> out;
  for (int bits = 0; bits < 8; ++bits) {
    NodePtr copy = copy_or_new(doc, rpr);
    xmlNode* p = copy.get();
    if ((bits & 4) && styles.has("Hyperlink")) {
      if (xml::child(p, "rStyle") == nullptr) ooxml::set_property(p, PropertyList::run, "rStyle", "val", "Hyperlink");
    } else if (bits & 4) {  // as rich text does without a Hyperlink style
      ooxml::set_property(p, PropertyList::run, "color", "val", "0563C1");
      ooxml::set_property(p, PropertyList::run, "u", "val", "single");
    }
    if (bits & 1) ooxml::set_property(p, PropertyList::run, "color", "val", std::string(ValueFormat::kColourHole));
    if (bits & 2) {
      ooxml::set_property(p, PropertyList::run, "shd", "val", "clear");
      xmlNode* shd = xml::child(p, "shd");
      xmlSetNsProp(shd, ooxml::w_namespace(p), BAD_CAST "color", BAD_CAST "auto");
      xmlSetNsProp(shd, ooxml::w_namespace(p), BAD_CAST "fill", BAD_CAST std::string(ValueFormat::kShadingHole).c_str());
    }
    out[static_cast<std::size_t>(bits)] = serialise(p);
  }
  return out;
}

std::array<std::string, 16> rich_run_styles(xmlDoc* doc, const xmlNode* rpr, const ooxml::StyleTable& styles) {
  std::array<std::string, 16> out;
  for (int bits = 0; bits < 16; ++bits) {
    NodePtr copy = copy_or_new(doc, rpr);
    xmlNode* p = copy.get();
    if (bits & 8) {
      if (styles.has("Hyperlink")) {
        ooxml::set_property(p, PropertyList::run, "rStyle", "val", "Hyperlink");
      } else {
        ooxml::set_property(p, PropertyList::run, "color", "val", "0563C1");
        ooxml::set_property(p, PropertyList::run, "u", "val", "single");
      }
    }
    if (bits & 1) ooxml::ensure_property(p, PropertyList::run, "b");
    if (bits & 2) ooxml::ensure_property(p, PropertyList::run, "i");
    if (bits & 4) ooxml::set_property(p, PropertyList::run, "u", "val", "single");
    out[static_cast<std::size_t>(bits)] = serialise(p);
  }
  return out;
}

}  // namespace docket::tmpl::detail
