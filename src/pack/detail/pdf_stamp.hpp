#pragma once
// Drawing on a PDF paper's pages in the pack: the pack's page line where the pack's footer
// has it, and the NOT FOR PUBLICATION banner across the top of an exempt paper in a members'
// pack. Both in Liberation Sans, embedded (PDF/UA wants every font embedded; its metrics are
// Helvetica's), or in the standard Helvetica when that font is not installed; as pagination
// artifacts so screen readers skip them; placed by the page's visible box and rotation so
// that A3 plans and landscape tables keep their size and orientation.
#include "data/pdf_file.hpp"  // first: qpdf's PointerHolder mode

#include <qpdf/QPDFPageObjectHelper.hh>

#include <string>

namespace docket::pack::detail {

struct PageStamp {
  std::string page_line;    // the pack's page line: "Cabinet, 18 December 2023 · Page 7 of 17"
  std::string banner;       // empty for none
};

/// Wraps a page's content so that what is drawn after it starts from a clean graphics state;
/// with `figure`, also in one marked-content sequence with MCID 0 for a Figure tag.
void wrap_page_content(QPDF& pdf, QPDFPageObjectHelper& page, bool figure);

/// The font stamps are drawn in, made once per pack (an indirect font dictionary).
QPDFObjectHandle stamp_font(QPDF& pdf);

/// Draws the stamp over the page in `font` (from stamp_font).
void stamp_page(QPDF& pdf, QPDFPageObjectHelper& page, const PageStamp& stamp, QPDFObjectHandle font);

/// The page's visible box (crop box within the media box) in default user space.
QPDFObjectHandle::Rectangle visible_box(QPDFPageObjectHelper& page);

}  // namespace docket::pack::detail
