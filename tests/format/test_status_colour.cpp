#include "format/status_colour.hpp"

#include <catch2/catch.hpp>

using namespace docket::format;

TEST_CASE("Rgb reads and writes Word's six-digit hex colours", "[format]") {
  CHECK(Rgb::parse_hex("C00000") == Rgb{0xC0, 0x00, 0x00});
  CHECK(Rgb::parse_hex("#00b050") == Rgb{0x00, 0xB0, 0x50});
  CHECK(Rgb{0x00, 0x70, 0xC0}.to_hex() == "0070C0");
  const char* bad = GENERATE("auto", "C00", "GG0000", "C000000", "");
  CAPTURE(bad);
  CHECK_FALSE(Rgb::parse_hex(bad).has_value());
}

TEST_CASE("contrast_ratio matches WCAG's definition", "[format]") {
  const Rgb black{0, 0, 0};
  const Rgb white{255, 255, 255};
  CHECK(contrast_ratio(black, white) == Approx(21.0));
  CHECK(contrast_ratio(white, black) == Approx(21.0));
  CHECK(contrast_ratio(white, white) == Approx(1.0));
  // #767676 on white is the familiar lightest grey that passes AA: 4.54:1.
  CHECK(contrast_ratio(Rgb{0x76, 0x76, 0x76}, white) == Approx(4.54).margin(0.01));
}

TEST_CASE("default_status_fill gives the spec's shading per status", "[format]") {
  CHECK(default_status_fill("Blue")->to_hex() == "0070C0");
  CHECK(default_status_fill("green")->to_hex() == "00B050");
  CHECK(default_status_fill("AMBER")->to_hex() == "FFC000");
  CHECK(default_status_fill(" red ")->to_hex() == "C00000");
  CHECK(default_status_fill("in-development")->to_hex() == "D9D9D9");
  CHECK(default_status_fill("green star")->to_hex() == "D9D9D9");
  CHECK_FALSE(default_status_fill("  ").has_value());
}

TEST_CASE("the text colour on each default fill reaches WCAG AA contrast", "[format]") {
  struct Case {
    const char* status;
    const char* text;
  };
  // White on blue and red, black on green, amber and grey (not white on amber).
  const Case c = GENERATE(Case{"Blue", "FFFFFF"}, Case{"Green", "000000"},
                          Case{"Amber", "000000"}, Case{"Red", "FFFFFF"},
                          Case{"Baseline", "000000"});
  CAPTURE(c.status);
  const Rgb fill = *default_status_fill(c.status);
  const Rgb text = readable_text_colour(fill);
  CHECK(text.to_hex() == c.text);
  CHECK(contrast_ratio(fill, text) >= 4.5);
}
