#include "pack/detail/merge_theme.hpp"

#include <array>
#include <string_view>
#include <tuple>
#include <utility>

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

// DrawingML's typeface references (ECMA-376 Part 1 §20.1.4.1.16 and .17).
constexpr std::array<std::tuple<std::string_view, std::string_view, std::string_view>, 6> kDrawingFonts = {{
    {"+mj-lt", "majorFont", "latin"}, {"+mj-ea", "majorFont", "ea"}, {"+mj-cs", "majorFont", "cs"},
    {"+mn-lt", "minorFont", "latin"}, {"+mn-ea", "minorFont", "ea"}, {"+mn-cs", "minorFont", "cs"}}};

// a:schemeClr values beyond the scheme's own names, through Word's default colour map
// (w:clrSchemeMapping: bg1 light1, t1 dark1, bg2 light2, t2 dark2).
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kMappedColours = {{
    {"bg1", "lt1"}, {"tx1", "dk1"}, {"bg2", "lt2"}, {"tx2", "dk2"}}};

std::string theme_part(MergeUnit& unit) { return related_part(unit, ooxml::rel::theme); }

std::string prop(const xmlNode* node, const char* name) {
  xmlChar* v = node ? xmlGetProp(node, BAD_CAST name) : nullptr;
  std::string out = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

// Each colour of the scheme: an sRGB value, or a system colour's last known value.
void read_colours(const xmlNode* scheme, ThemeFonts& out) {
  for (xmlNode* entry : xml::children(scheme)) {
    const xmlNode* colour = xml::child(entry, "srgbClr");
    std::string value = colour ? prop(colour, "val") : prop(xml::child(entry, "sysClr"), "lastClr");
    if (!value.empty()) out.colour[std::string(xml::local_name(entry))] = value;
  }
  for (const auto& [alias, name] : kMappedColours) {
    if (auto it = out.colour.find(name); it != out.colour.end()) out.colour[std::string(alias)] = it->second;
  }
}

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
  xmlNode* elements = xml::child(theme.root(), "themeElements");
  xmlNode* scheme = xml::child(elements, "fontScheme");
  fonts.active = true;
  auto typeface = [&](std::string_view which, std::string_view script) {
    return prop(xml::child(xml::child(scheme, std::string(which)), std::string(script)), "typeface");
  };
  for (const auto& [value, which, script] : kThemeFonts) fonts.typeface[std::string(value)] = typeface(which, script);
  for (const auto& [value, which, script] : kDrawingFonts) fonts.typeface[std::string(value)] = typeface(which, script);
  read_colours(xml::child(elements, "clrScheme"), fonts);
  return fonts;
}

}  // namespace docket::pack::detail
