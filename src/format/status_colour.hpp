#pragma once
// Cell shading for status words and a text colour that stays readable on it (WCAG 2.x
// contrast, SC 1.4.3). Colour is only ever added to the printed word, never instead of it.
#include <optional>
#include <string>
#include <string_view>

namespace docket::format {

/// An sRGB colour, each channel 0-255.
struct Rgb {
  unsigned r;
  unsigned g;
  unsigned b;

  /// Reads six hex digits as Word writes them in w:fill ("C00000"); a leading '#' is
  /// accepted. Returns nullopt for anything else ("auto", "C00", "GG0000").
  static std::optional<Rgb> parse_hex(std::string_view text);
  /// Six upper-case hex digits without '#': "C00000".
  std::string to_hex() const;
  friend bool operator==(const Rgb&, const Rgb&) = default;
};

/// The WCAG 2.x contrast ratio of two colours, from 1 (same) to 21 (black on white).
double contrast_ratio(Rgb a, Rgb b);

/// Black or white, whichever contrasts more with `fill`.
Rgb readable_text_colour(Rgb fill);

/// The colour of one of the four status words (Blue, Green, Amber, Red, matched as
/// normalise_status_word matches), else nullopt.
std::optional<Rgb> named_status_colour(std::string_view status);

/// The default shading for a status word, matched as normalise_status_word matches:
/// Blue 0070C0, Green 00B050, Amber FFC000, Red C00000, any other status D9D9D9. Returns
/// nullopt for an empty (or all-whitespace) status: there is no word to shade.
std::optional<Rgb> default_status_fill(std::string_view status);

}  // namespace docket::format
