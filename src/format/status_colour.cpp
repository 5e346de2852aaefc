// Contrast follows WCAG 2.x's definitions of relative luminance and contrast ratio, which is
// what accessibility checkers (and the Public Sector Bodies Accessibility Regulations'
// WCAG 2.2 AA) measure against.
#include "format/status_colour.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "format/status_word.hpp"

namespace docket::format {

namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

double linear_channel(unsigned value) {
  const double c = value / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relative_luminance(Rgb colour) {
  return 0.2126 * linear_channel(colour.r) + 0.7152 * linear_channel(colour.g) +
         0.0722 * linear_channel(colour.b);
}

constexpr Rgb black{0x00, 0x00, 0x00};
constexpr Rgb white{0xFF, 0xFF, 0xFF};

}  // namespace

std::optional<Rgb> Rgb::parse_hex(std::string_view text) {
  if (!text.empty() && text.front() == '#') text.remove_prefix(1);
  if (text.size() != 6) return std::nullopt;
  unsigned channels[3];
  for (int i = 0; i < 3; ++i) {
    const int high = hex_digit(text[2 * i]);
    const int low = hex_digit(text[2 * i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    channels[i] = static_cast<unsigned>(high * 16 + low);
  }
  return Rgb{channels[0], channels[1], channels[2]};
}

std::string Rgb::to_hex() const {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02X%02X%02X", r & 0xFF, g & 0xFF, b & 0xFF);
  return buffer;
}

double contrast_ratio(Rgb a, Rgb b) {
  const double la = relative_luminance(a);
  const double lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb readable_text_colour(Rgb fill) {
  return contrast_ratio(fill, black) >= contrast_ratio(fill, white) ? black : white;
}

std::optional<Rgb> named_status_colour(std::string_view status) {
  const std::string word = normalise_status_word(status);
  if (word == "Blue") return Rgb{0x00, 0x70, 0xC0};
  if (word == "Green") return Rgb{0x00, 0xB0, 0x50};
  if (word == "Amber") return Rgb{0xFF, 0xC0, 0x00};
  if (word == "Red") return Rgb{0xC0, 0x00, 0x00};
  return std::nullopt;
}

std::optional<Rgb> default_status_fill(std::string_view status) {
  if (status.find_first_not_of(" \t\r\n") == std::string_view::npos) return std::nullopt;
  return named_status_colour(status).value_or(Rgb{0xD9, 0xD9, 0xD9});
}

}  // namespace docket::format
