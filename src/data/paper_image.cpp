// The pixel size (and resolution, when given) of PNG and JPEG papers, read from their headers
// so that an image appendix can be placed on a page at the right size.
#include "data/paper_file.hpp"

namespace docket::data {

namespace {

std::uint32_t big_endian(std::string_view bytes, std::size_t at, int width) {
  std::uint32_t v = 0;
  for (int i = 0; i < width; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
  return v;
}

std::optional<ImageSize> png_size(std::string_view b) {
  // Signature, then chunks of (length, type, data, CRC); IHDR first, pHYs before IDAT.
  if (b.size() < 33 || b.substr(12, 4) != "IHDR") return std::nullopt;
  ImageSize size{static_cast<int>(big_endian(b, 16, 4)), static_cast<int>(big_endian(b, 20, 4)), 0};
  for (std::size_t at = 8; at + 12 <= b.size();) {
    const std::uint32_t length = big_endian(b, at, 4);
    const std::string_view type = b.substr(at + 4, 4);
    if (type == "IDAT" || length > b.size() - at - 12) break;
    if (type == "pHYs" && length >= 9 && b[at + 16] == 1) size.dpi = big_endian(b, at + 8, 4) * 0.0254;  // per metre
    at += 12 + length;
  }
  return size;
}

std::optional<ImageSize> jpeg_size(std::string_view b) {
  ImageSize size;
  for (std::size_t at = 2; at + 4 <= b.size();) {
    if (static_cast<unsigned char>(b[at]) != 0xFF) return std::nullopt;
    const auto marker = static_cast<unsigned char>(b[at + 1]);
    if (marker == 0xFF) {  // fill byte
      ++at;
      continue;
    }
    const std::uint32_t length = big_endian(b, at + 2, 2);
    if (length < 2 || at + 2 + length > b.size()) return std::nullopt;
    const std::string_view data = b.substr(at + 4, length - 2);
    if (marker == 0xE0 && data.size() >= 12 && data.substr(0, 5) == std::string_view("JFIF\0", 5)) {
      const int units = static_cast<unsigned char>(data[7]);
      const double x = big_endian(data, 8, 2);
      if (units == 1) size.dpi = x;
      if (units == 2) size.dpi = x * 2.54;
    }
    // Start-of-frame markers (not DHT C4, JPG C8 or DAC CC) give the size.
    const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame && data.size() >= 5) {
      size.height = static_cast<int>(big_endian(data, 1, 2));
      size.width = static_cast<int>(big_endian(data, 3, 2));
      return size;
    }
    at += 2 + length;
  }
  return std::nullopt;
}

}  // namespace

std::optional<ImageSize> image_size(std::string_view bytes, PaperFormat format) {
  std::optional<ImageSize> size;
  if (format == PaperFormat::png) size = png_size(bytes);
  if (format == PaperFormat::jpeg && bytes.substr(0, 2) == "\xFF\xD8") size = jpeg_size(bytes);
  if (!size || size->width <= 0 || size->height <= 0 || size->width > 65535 || size->height > 65535) return std::nullopt;
  return size;
}

}  // namespace docket::data
