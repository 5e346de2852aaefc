#pragma once
// The pictures, charts and shapes of a story part, as the alternative-text check and
// `docket inspect` need them: DrawingML (wp:inline, wp:anchor) and legacy VML (v:shape with
// v:imagedata). What stands inside mc:Fallback is left out: it repeats the mc:Choice.
#include <libxml/tree.h>

#include <string>
#include <vector>

namespace docket::papers::detail {

struct FoundImage {
  xmlNode* paragraph = nullptr;  // the w:p holding it
  std::string kind;              // "picture", "chart", "diagram", "shape", "text box", "VML picture"
  std::string name;              // wp:docPr/@name, or the VML shape's id
  std::string alt;               // wp:docPr/@descr, or the VML shape's @alt
  std::string title;             // wp:docPr/@title
  bool decorative = false;       // marked decorative
  bool text_box = false;         // a shape holding text (read as text, needs no alt)
  std::string relationship;      // r:embed / r:link / r:id of the image data; "" for none
  long width_emu = 0;            // wp:extent (EMU; 914,400 to the inch); 0 when unknown
  long height_emu = 0;
};

/// Every drawing and VML picture under `root`, in document order.
std::vector<FoundImage> find_images(const xmlNode* root);

}  // namespace docket::papers::detail
