#include "papers/detail/a11y_drawings.hpp"

#include <cstdlib>
#include <string_view>

#include "ooxml/names.hpp"
#include "papers/detail/a11y_wml.hpp"
#include "xml/node.hpp"

namespace docket::papers::detail {

namespace {

constexpr std::string_view kWps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
constexpr std::string_view kChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
constexpr std::string_view kDiagramUri = "http://schemas.openxmlformats.org/drawingml/2006/diagram";

// Word 365 writes "Mark as decorative" as <a:ext uri="{C183D7F6-…}"><adec:decorative val="1"/>
// in wp:docPr's extension list; some tools write a14:decorativ.
bool marked_decorative(const xmlNode* doc_pr) {
  for (const char* name : {"decorative", "decorativ"}) {
    for (const xmlNode* e : xml::descendants(doc_pr, name)) {
      const std::string v = xml::attribute(e, "val").value_or("");
      if (v == "1" || v == "true") return true;
    }
  }
  return false;
}

long emu(const xmlNode* extent, const char* name) {
  return std::atol(xml::attribute(extent, name).value_or("0").c_str());
}

std::string kind_of(const xmlNode* container) {
  const xmlNode* data = nullptr;
  for (const xmlNode* e : find_all(container, ooxml::ns::a, "graphicData")) {
    data = e;
    break;
  }
  const std::string uri = xml::attribute(data, "uri").value_or("");
  if (uri == ooxml::ns::pic) return "picture";
  if (uri == kChartUri) return "chart";
  if (uri == kDiagramUri) return "diagram";
  return "shape";
}

FoundImage drawing(xmlNode* doc_pr) {
  const xmlNode* container = doc_pr->parent;  // wp:inline or wp:anchor
  FoundImage image;
  image.paragraph = enclosing(doc_pr, "p");
  image.kind = kind_of(container);
  image.name = xml::attribute(doc_pr, "name").value_or("");
  image.alt = xml::attribute(doc_pr, "descr").value_or("");
  image.title = xml::attribute(doc_pr, "title").value_or("");
  image.decorative = marked_decorative(doc_pr);
  image.text_box = !find_all(container, kWps, "txbx").empty() || !find_all(container, ooxml::ns::w, "txbxContent").empty();
  if (image.text_box) image.kind = "text box";
  for (const xmlNode* blip : find_all(container, ooxml::ns::a, "blip")) {
    image.relationship = ns_attr(blip, ooxml::ns::r, "embed").value_or(ns_attr(blip, ooxml::ns::r, "link").value_or(""));
    break;
  }
  if (const xmlNode* extent = child_in(container, ooxml::ns::wp, "extent")) {
    image.width_emu = emu(extent, "cx");
    image.height_emu = emu(extent, "cy");
  }
  return image;
}

FoundImage vml_picture(xmlNode* shape, const xmlNode* imagedata) {
  FoundImage image;
  image.paragraph = enclosing(shape, "p");
  image.kind = "VML picture";
  image.name = xml::attribute(shape, "id").value_or("");
  image.alt = xml::attribute(shape, "alt").value_or("");
  image.relationship = ns_attr(imagedata, ooxml::ns::r, "id").value_or("");
  return image;
}

}  // namespace

std::vector<FoundImage> find_images(const xmlNode* root) {
  std::vector<FoundImage> out;
  for (xmlNode* doc_pr : find_all(root, ooxml::ns::wp, "docPr")) out.push_back(drawing(doc_pr));
  for (xmlNode* shape : find_all(root, ooxml::ns::v, "shape")) {
    if (const xmlNode* data = child_in(shape, ooxml::ns::v, "imagedata")) out.push_back(vml_picture(shape, data));
  }
  return out;
}

}  // namespace docket::papers::detail
