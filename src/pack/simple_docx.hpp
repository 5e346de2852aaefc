#pragma once
// Small documents docket writes itself for a pack: filler pages, the pages that stand for a
// PDF paper, an image paper. One section, a Normal style in Arial 12pt, and at most one image.
#include <filesystem>
#include <optional>
#include <string>

namespace docket::pack {

struct SimpleDocx {
  std::string body;  // w:body content before the section properties (w namespaces: w, r, wp, a, pic)
  bool landscape = false;
  std::string language = "en-GB";
  struct Image {
    std::string extension;     // "png" or "jpeg"
    std::string content_type;  // "image/png"
    std::string bytes;
  };
  std::optional<Image> image;  // word/media/image1.EXT, relationship rIdImage
};

/// Writes the document to `out` (atomically). A4, 2.5 cm margins. An empty paragraph ends the
/// body: merged into a pack, the last paragraph carries the section's properties, and
/// LibreOffice puts a bookmark in a section's only paragraph on the page before it.
void write_simple_docx(const std::filesystem::path& out, const SimpleDocx& doc);

/// The margins of write_simple_docx, in twips, and the page's text area in EMU (portrait).
inline constexpr int kSimpleMarginTwips = 1418;
inline constexpr long long kTextWidthEmu = (11906LL - 2 * kSimpleMarginTwips) * 635;
inline constexpr long long kTextHeightEmu = (16838LL - 2 * kSimpleMarginTwips) * 635;

}  // namespace docket::pack
