#include "pack/detail/merge_theme.hpp"

#include <array>
#include <string_view>
#include <tuple>

#include "ooxml/names.hpp"
#include "xml/node.hpp"

namespace docket::pack::detail {

namespace {

// w:rFonts theme values → the font scheme entry they name (ECMA-376 Part 1 §17.18.96).
constexpr std::array<std::tuple<std::string_view, std::string_view, std::string_view>, 8> kThemeFonts = {{
    {"majorAscii", "majorFont", "latin"}, {"majorHAnsi", "majorFont", "latin"},
    {"majorEastAsia", "majorFont", "ea"},  {"majorBidi", "majorFont", "cs"},
    {"minorAscii", "minorFont", "latin"}, {"minorHAnsi", "minorFont", "latin"},
    {"minorEastAsia", "minorFont", "ea"},  {"minorBidi", "minorFont", "cs"}}};

std::string theme_part(MergeUnit& unit) { return related_part(unit, ooxml::rel::theme); }

}  // namespace

std::string theme_bytes(MergeUnit& unit) {
  std::string part = theme_part(unit);
  return part.empty() ? std::string() : unit.package.read_part(part);
}

ThemeFonts theme_fonts(MergeUnit& unit, const std::string& pack_theme, Diagnostics& diags) {
  ThemeFonts fonts;
  std::string part = theme_part(unit);
  if (part.empty() || unit.package.read_part(part) == pack_theme) return fonts;
  xml::Document theme = parse_source_part(unit.package, part, diags);
  xmlNode* scheme = xml::child(xml::child(theme.root(), "themeElements"), "fontScheme");
  fonts.active = true;
  for (const auto& [value, which, script] : kThemeFonts) {
    xmlNode* face = xml::child(xml::child(scheme, which), script);
    xmlChar* typeface = face ? xmlGetProp(face, BAD_CAST "typeface") : nullptr;
    fonts.typeface[std::string(value)] = typeface ? reinterpret_cast<const char*>(typeface) : "";
    xmlFree(typeface);
  }
  return fonts;
}

}  // namespace docket::pack::detail
