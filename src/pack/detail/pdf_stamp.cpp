#include "pack/detail/pdf_stamp.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace docket::pack::detail {

namespace {

// Advance widths (1/1000 em) of WinAnsi characters 32–126 in the standard Helvetica and
// Helvetica-Bold (Adobe's AFM files).
constexpr std::array<short, 95> kHelvetica = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
    722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
    278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
constexpr std::array<short, 95> kHelveticaBold = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778,
    722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333,
    278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

constexpr const char* kFont = "/DocketHelvetica";
constexpr const char* kBoldFont = "/DocketHelveticaBold";

// UTF-8 → WinAnsi: ASCII and the em and en dashes the banner uses; anything else becomes '?'.
std::string win_ansi(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (text.compare(i, 3, "\u2014") == 0 || text.compare(i, 3, "\u2013") == 0) {
      out += text.compare(i, 3, "\u2014") == 0 ? '\x97' : '\x96';
      i += 2;
    } else {
      while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
      out += '?';
    }
  }
  return out;
}

double text_width(const std::string& win, const std::array<short, 95>& widths, double size) {
  double units = 0;
  for (unsigned char c : win) units += (c >= 32 && c <= 126) ? widths[c - 32] : (c == 0x96 ? 556 : 1000);
  return units * size / 1000;
}

std::string literal(const std::string& win) {
  std::string out = "(";
  for (char c : win) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

QPDFObjectHandle font(const char* base) {
  auto f = QPDFObjectHandle::newDictionary();
  f.replaceKey("/Type", QPDFObjectHandle::newName("/Font"));
  f.replaceKey("/Subtype", QPDFObjectHandle::newName("/Type1"));
  f.replaceKey("/BaseFont", QPDFObjectHandle::newName(base));
  f.replaceKey("/Encoding", QPDFObjectHandle::newName("/WinAnsiEncoding"));
  return f;
}

void add_fonts(QPDFPageObjectHelper& page) {
  auto resources = page.getAttribute("/Resources", true);
  if (!resources.isDictionary()) {
    resources = QPDFObjectHandle::newDictionary();
    page.getObjectHandle().replaceKey("/Resources", resources);
  }
  auto fonts = resources.getKey("/Font");
  if (!fonts.isDictionary()) {
    fonts = QPDFObjectHandle::newDictionary();
    resources.replaceKey("/Font", fonts);
  }
  fonts.replaceKey(kFont, font("/Helvetica"));
  fonts.replaceKey(kBoldFont, font("/Helvetica-Bold"));
}

// The matrix from the page's visible frame (origin at the bottom left as the page is shown,
// after /Rotate) to default user space, and the frame's width and height.
struct Frame {
  std::string matrix;
  double width;
  double height;
};

Frame frame(QPDFPageObjectHelper& page) {
  const auto box = visible_box(page);
  auto rotate = page.getAttribute("/Rotate", false);
  int r = rotate.isInteger() ? static_cast<int>(rotate.getIntValue() % 360) : 0;
  if (r < 0) r += 360;
  const double w = box.urx - box.llx, h = box.ury - box.lly;
  switch (r) {
    case 90: return {"0 1 -1 0 " + number(box.urx) + " " + number(box.lly) + " cm", h, w};
    case 180: return {"-1 0 0 -1 " + number(box.urx) + " " + number(box.ury) + " cm", w, h};
    case 270: return {"0 -1 1 0 " + number(box.llx) + " " + number(box.ury) + " cm", h, w};
    default: return {"1 0 0 1 " + number(box.llx) + " " + number(box.lly) + " cm", w, h};
  }
}

}  // namespace

QPDFObjectHandle::Rectangle visible_box(QPDFPageObjectHelper& page) {
  auto media = page.getMediaBox().getArrayAsRectangle();
  auto crop = page.getCropBox().getArrayAsRectangle();
  return {std::max(media.llx, crop.llx), std::max(media.lly, crop.lly), std::min(media.urx, crop.urx),
          std::min(media.ury, crop.ury)};
}

void wrap_page_content(QPDF& pdf, QPDFPageObjectHelper& page, bool figure) {
  page.addPageContents(pdf.newStream(figure ? "/Figure <</MCID 0>> BDC q\n" : "q\n"), true);
  page.addPageContents(pdf.newStream(figure ? "\nQ EMC\n" : "\nQ\n"), false);
}

void stamp_page(QPDF& pdf, QPDFPageObjectHelper& page, const PageStamp& stamp) {
  add_fonts(page);
  const Frame f = frame(page);
  std::string content;
  // The page number where the pack's own footer puts it: centred, 12 pt, its baseline 59 pt
  // above the foot of the page, on a white ground so it reads over any drawing.
  const std::string number_text = win_ansi(stamp.page_number);
  const double number_width = text_width(number_text, kHelvetica, 12);
  const double x = (f.width - number_width) / 2;
  content += "/Artifact <</Type /Pagination /Subtype /Footer>> BDC q " + f.matrix + " 1 g " + number(x - 4) +
             " 54 " + number(number_width + 8) + " 18 re f 0 g BT " + kFont + " 12 Tf " + number(x) + " 59 Td " +
             literal(number_text) + " Tj ET Q EMC\n";
  if (!stamp.banner.empty()) {
    // The banner: bold, centred in a white band across the top, ruled off from the page.
    const std::string banner = win_ansi(stamp.banner);
    const double size = std::min(10.0, 10.0 * (f.width - 36) / std::max(1.0, text_width(banner, kHelveticaBold, 10)));
    const double bx = (f.width - text_width(banner, kHelveticaBold, size)) / 2;
    const double band = size + 14;
    content += "/Artifact <</Type /Pagination /Subtype /Header>> BDC q " + f.matrix + " 1 g 0 " +
               number(f.height - band) + " " + number(f.width) + " " + number(band) + " re f 0 G 0.75 w 18 " +
               number(f.height - band) + " m " + number(f.width - 18) + " " + number(f.height - band) + " l S 0 g BT " +
               kBoldFont + " " + number(size) + " Tf " + number(bx) + " " + number(f.height - band + 6) + " Td " +
               literal(banner) + " Tj ET Q EMC\n";
  }
  page.addPageContents(pdf.newStream(content), false);
}

}  // namespace docket::pack::detail
