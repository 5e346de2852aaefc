#include "template/compile_rich.hpp"

#include "ooxml/wml.hpp"
#include "support/byte_sink.hpp"
#include "template/compile_styles.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::tmpl::detail {

namespace {

using ooxml::PropertyList;
constexpr std::string_view kPlaceholder = "987654321";

struct NodeFree {
  void operator()(xmlNode* n) const noexcept { xmlFreeNode(n); }
};
using NodePtr = std::unique_ptr<xmlNode, NodeFree>;

xmlNs* w_ns(xmlDoc* doc) { return ooxml::w_namespace(xmlDocGetRootElement(doc)); }

std::string serialise(const xmlNode* n) {
  std::string out;
  {
    StringSink sink(out);
    xml::write_node(sink, n, {.write = false});
  }
  return out;
}

NodePtr paragraph_properties(xmlDoc* doc, const xmlNode* ppr) {
  if (ppr != nullptr) {
    NodePtr copy(xmlDocCopyNode(const_cast<xmlNode*>(ppr), doc, 1));
    ooxml::remove_property(copy.get(), "sectPr");  // a section break belongs to the tag's paragraph only
    return copy;
  }
  return NodePtr(xmlNewDocNode(doc, w_ns(doc), BAD_CAST "pPr", nullptr));
}

ListLevel list_level(xmlDoc* doc, const xmlNode* ppr, const ooxml::StyleTable& styles, bool ordered, int level) {
  std::string style = ordered ? "ListNumber" : "ListBullet";
  if (level > 0) style += std::to_string(level + 1);
  NodePtr p = paragraph_properties(doc, ppr);
  ooxml::remove_property(p.get(), "numPr");
  ListLevel out;
  long ilvl = level;
  if (styles.has(style)) {
    ooxml::set_property(p.get(), PropertyList::paragraph, "pStyle", "val", style);
    if (auto n = styles.numbering_of(style)) {
      out.style_num_id = n->num_id;
      ilvl = n->level;
    }
  }
  // A bullet style numbers its own paragraphs; numbered lists restart, so they name their
  // own list instance, as do lists in templates without list styles.
  out.explicit_number = ordered || !out.style_num_id;
  if (!out.explicit_number) {
    out.before = serialise(p.get());
    return out;
  }
  xmlNode* numpr = ooxml::ensure_property(p.get(), PropertyList::paragraph, "numPr");
  xmlNode* il = xmlNewDocNode(doc, w_ns(doc), BAD_CAST "ilvl", nullptr);
  xmlSetNsProp(il, w_ns(doc), BAD_CAST "val", BAD_CAST std::to_string(ilvl).c_str());
  xmlAddChild(numpr, il);
  xmlNode* id = xmlNewDocNode(doc, w_ns(doc), BAD_CAST "numId", nullptr);
  xmlSetNsProp(id, w_ns(doc), BAD_CAST "val", BAD_CAST std::string(kPlaceholder).c_str());
  xmlAddChild(numpr, id);
  std::string text = serialise(p.get());
  auto at = text.find(kPlaceholder);
  out.before = text.substr(0, at);
  out.after = text.substr(at + kPlaceholder.size());
  return out;
}

std::string table_properties(const ooxml::StyleTable& styles) {
  std::string out = "<w:tblPr>";
  if (styles.has("TableGrid")) {
    out += "<w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>";
  } else {
    out += "<w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>";
    for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      out += std::string("<w:") + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>";
    }
    out += "</w:tblBorders>";
  }
  out += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>";
  return out;
}

}  // namespace

std::shared_ptr<const RichStyles> rich_styles(xmlDoc* doc, const xmlNode* rpr, const xmlNode* ppr,
                                              const ooxml::StyleTable& styles) {
  auto out = std::make_shared<RichStyles>();
  out->runs = rich_run_styles(doc, rpr, styles);
  NodePtr p = paragraph_properties(doc, ppr);
  out->paragraph = p->children ? serialise(p.get()) : std::string();
  for (int ordered = 0; ordered < 2; ++ordered) {
    for (int level = 0; level < 3; ++level) {
      out->lists[static_cast<std::size_t>(ordered)][static_cast<std::size_t>(level)] =
          list_level(doc, ppr, styles, ordered == 1, level);
    }
  }
  out->table_properties = table_properties(styles);
  out->header_cell_run = out->runs[1];
  return out;
}

}  // namespace docket::tmpl::detail
