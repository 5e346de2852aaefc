#include "pack/detail/pdf_stamp.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>

#include "pack/pack_footer.hpp"
#include "support/files.hpp"

namespace docket::pack::detail {

namespace {

// Advance widths (1/1000 em) of WinAnsi characters 32–126 in Helvetica (Adobe's AFM), which
// Liberation Sans shares.
constexpr std::array<short, 95> kHelvetica = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
    722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
    278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
constexpr int kEnDash = 0x96, kEmDash = 0x97, kMiddleDot = 0xB7;  // in WinAnsiEncoding

constexpr const char* kFont = "/DocketStamp";

// UTF-8 → WinAnsi: ASCII and the em and en dashes the banner uses; anything else becomes '?'.
std::string win_ansi(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (text.compare(i, 2, "\u00b7") == 0) {
      out += static_cast<char>(kMiddleDot);
      i += 1;
    } else if (text.compare(i, 3, "\u2014") == 0 || text.compare(i, 3, "\u2013") == 0) {
      out += static_cast<char>(text.compare(i, 3, "\u2014") == 0 ? kEmDash : kEnDash);
      i += 2;
    } else {
      while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
      out += '?';
    }
  }
  return out;
}

int width_of(unsigned char c) { return (c >= 32 && c <= 126) ? kHelvetica[c - 32] : (c == kEnDash ? 556 : c == kMiddleDot ? 278 : 1000); }

double text_width(const std::string& win, double size) {
  double units = 0;
  for (unsigned char c : win) units += width_of(c);
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

// Liberation Sans from the fonts every Debian with LibreOffice has (fonts-liberation2).
std::optional<std::string> liberation_sans() {
  for (const char* dir : {"/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation"}) {
    const auto file = std::filesystem::path(dir) / "LiberationSans-Regular.ttf";
    std::error_code ec;
    if (std::filesystem::is_regular_file(file, ec)) return read_file(file, 4u << 20);
  }
  return std::nullopt;
}

void add_font(QPDFPageObjectHelper& page, QPDFObjectHandle font) {
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
  fonts.replaceKey(kFont, font);
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

QPDFObjectHandle stamp_font(QPDF& pdf) {
  auto font = QPDFObjectHandle::newDictionary();
  font.replaceKey("/Type", QPDFObjectHandle::newName("/Font"));
  font.replaceKey("/Encoding", QPDFObjectHandle::newName("/WinAnsiEncoding"));
  const auto program = liberation_sans();
  if (!program) {
    font.replaceKey("/Subtype", QPDFObjectHandle::newName("/Type1"));
    font.replaceKey("/BaseFont", QPDFObjectHandle::newName("/Helvetica"));
    return pdf.makeIndirectObject(font);
  }
  font.replaceKey("/Subtype", QPDFObjectHandle::newName("/TrueType"));
  font.replaceKey("/BaseFont", QPDFObjectHandle::newName("/LiberationSans"));
  font.replaceKey("/FirstChar", QPDFObjectHandle::newInteger(32));
  font.replaceKey("/LastChar", QPDFObjectHandle::newInteger(kMiddleDot));
  auto widths = QPDFObjectHandle::newArray();
  for (int c = 32; c <= kMiddleDot; ++c) widths.appendItem(QPDFObjectHandle::newInteger(width_of(static_cast<unsigned char>(c))));
  font.replaceKey("/Widths", widths);
  auto file = pdf.newStream(*program);
  file.getDict().replaceKey("/Length1", QPDFObjectHandle::newInteger(static_cast<long long>(program->size())));
  // Liberation Sans's metrics (head and OS/2 tables), in thousandths of an em.
  auto descriptor = QPDFObjectHandle::newDictionary();
  descriptor.replaceKey("/Type", QPDFObjectHandle::newName("/FontDescriptor"));
  descriptor.replaceKey("/FontName", QPDFObjectHandle::newName("/LiberationSans"));
  descriptor.replaceKey("/Flags", QPDFObjectHandle::newInteger(32));  // nonsymbolic
  descriptor.replaceKey("/FontBBox", QPDFObjectHandle::newFromRectangle({-544, -303, 1302, 980}));
  descriptor.replaceKey("/ItalicAngle", QPDFObjectHandle::newInteger(0));
  descriptor.replaceKey("/Ascent", QPDFObjectHandle::newInteger(905));
  descriptor.replaceKey("/Descent", QPDFObjectHandle::newInteger(-212));
  descriptor.replaceKey("/CapHeight", QPDFObjectHandle::newInteger(716));
  descriptor.replaceKey("/StemV", QPDFObjectHandle::newInteger(80));
  descriptor.replaceKey("/FontFile2", file);
  font.replaceKey("/FontDescriptor", pdf.makeIndirectObject(descriptor));
  return pdf.makeIndirectObject(font);
}

void stamp_page(QPDF& pdf, QPDFPageObjectHelper& page, const PageStamp& stamp, QPDFObjectHandle font) {
  add_font(page, font);
  const Frame f = frame(page);
  std::string content;
  // The pack's page line where the pack's footers put it (on a page of 2.5 cm margins):
  // centred, 10 pt, its baseline 59 pt above the foot of the page, on a white ground so it
  // reads over any drawing (and hides a paper's own page number there).
  const std::string line = win_ansi(stamp.page_line);
  const double size = kPackFooterHalfPoints / 2.0;
  const double line_width = text_width(line, size);
  const double x = (f.width - line_width) / 2;
  content += "/Artifact <</Type /Pagination /Subtype /Footer>> BDC q " + f.matrix + " 1 g " + number(x - 4) +
             " 55 " + number(line_width + 8) + " 14 re f 0 g BT " + kFont + " " + number(size) + " Tf " + number(x) +
             " 59 Td " + literal(line) + " Tj ET Q EMC\n";
  if (!stamp.banner.empty()) {
    // The banner: bold (stroked as well as filled), centred in a white band across the top,
    // ruled off from the page.
    const std::string banner = win_ansi(stamp.banner);
    const double size = std::min(10.0, 10.0 * (f.width - 36) / std::max(1.0, text_width(banner, 10)));
    const double bx = (f.width - text_width(banner, size)) / 2;
    const double band = size + 14;
    content += "/Artifact <</Type /Pagination /Subtype /Header>> BDC q " + f.matrix + " 1 g 0 " +
               number(f.height - band) + " " + number(f.width) + " " + number(band) + " re f 0 G 0.75 w 18 " +
               number(f.height - band) + " m " + number(f.width - 18) + " " + number(f.height - band) + " l S 0 g 0.3 w 2 Tr BT " +
               kFont + " " + number(size) + " Tf " + number(bx) + " " + number(f.height - band + 6) + " Td " +
               literal(banner) + " Tj ET Q EMC\n";
  }
  page.addPageContents(pdf.newStream(content), false);
}

}  // namespace docket::pack::detail
