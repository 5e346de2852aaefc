#include "pack/font_check.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <set>
#include <utility>

#include "ooxml/package.hpp"
#include "xml/node.hpp"

namespace docket::pack {

namespace {

// Fonts whose metrics match, so text keeps its line breaks (fontconfig's 30-metric-aliases).
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kMetricTwins = {{
    {"calibri", "carlito"}, {"cambria", "caladea"}, {"arial", "liberation sans"},
    {"helvetica", "liberation sans"}, {"times new roman", "liberation serif"}, {"times", "liberation serif"},
    {"courier new", "liberation mono"}, {"courier", "liberation mono"}, {"arial narrow", "liberation sans narrow"},
    {"liberation sans", "arial"}}};

// Fonts for symbols and mathematics: LibreOffice draws these characters with its own.
constexpr std::array<std::string_view, 5> kSymbolFonts = {"symbol", "wingdings", "webdings", "cambria math",
                                                          "ms mincho"};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

struct FcConfigFree {
  void operator()(FcConfig* c) const { FcConfigDestroy(c); }
};
struct FcPatternFree {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};

// The family fontconfig gives for `family` ("" when it gives none).
std::string match(FcConfig* config, const std::string& family) {
  std::unique_ptr<FcPattern, FcPatternFree> pattern(FcPatternCreate());
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  std::unique_ptr<FcPattern, FcPatternFree> found(FcFontMatch(config, pattern.get(), &result));
  FcChar8* name = nullptr;
  if (!found || FcPatternGetString(found.get(), FC_FAMILY, 0, &name) != FcResultMatch) return {};
  return reinterpret_cast<const char*>(name);
}

void collect(const xmlNode* node, std::set<std::string>& fonts, bool& theme_used) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (xml::local_name(c) == "rFonts") {
      for (const char* attr : {"ascii", "hAnsi"}) {
        xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(c), BAD_CAST attr, c->ns ? c->ns->href : nullptr);
        if (v != nullptr && *v != 0) fonts.insert(reinterpret_cast<const char*>(v));
        xmlFree(v);
      }
      for (const char* attr : {"asciiTheme", "hAnsiTheme"}) {
        xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(c), BAD_CAST attr, c->ns ? c->ns->href : nullptr);
        if (v != nullptr) theme_used = true;
        xmlFree(v);
      }
    }
    collect(c, fonts, theme_used);
  }
}

}  // namespace

std::vector<FontStandIn> substituted_fonts(const std::filesystem::path& docx) {
  auto package = ooxml::Package::open(docx);
  std::set<std::string> fonts;
  bool theme_used = false;
  Diagnostics ignored;
  std::string theme;
  for (const auto& part : package.part_names()) {
    if (part.rfind("word/", 0) != 0 || part.size() < 4 || part.substr(part.size() - 4) != ".xml") continue;
    if (part.rfind("word/theme/", 0) == 0) {
      theme = part;
      continue;
    }
    if (part == "word/fontTable.xml") continue;  // lists fonts, uses none
    auto doc = xml::parse(package.read_part(part), part, ignored);
    if (doc) collect(doc->root(), fonts, theme_used);
  }
  if (theme_used && !theme.empty()) {
    if (auto doc = xml::parse(package.read_part(theme), theme, ignored)) {
      for (xmlNode* latin : xml::descendants(doc->root(), "latin")) {
        std::string parent(xml::local_name(latin->parent));
        xmlChar* v = xmlGetProp(latin, BAD_CAST "typeface");
        if (v != nullptr && *v != 0 && (parent == "majorFont" || parent == "minorFont")) {
          fonts.insert(reinterpret_cast<const char*>(v));
        }
        xmlFree(v);
      }
    }
  }
  std::vector<FontStandIn> out;
  std::unique_ptr<FcConfig, FcConfigFree> config(FcInitLoadConfigAndFonts());
  if (!config) return out;
  // Whether LibreOffice has `name`, or a font of the same measurements.
  const auto available = [&config](const std::string& name) {
    const std::string wanted = lower(name);
    if (std::find(kSymbolFonts.begin(), kSymbolFonts.end(), wanted) != kSymbolFonts.end()) return true;
    const std::string used = lower(match(config.get(), name));
    return used == wanted || std::any_of(kMetricTwins.begin(), kMetricTwins.end(), [&](const auto& pair) {
             return pair.first == wanted && pair.second == used;
           });
  };
  for (const auto& font : fonts) {
    // LibreOffice writes a font with its alternatives ("Liberation Serif;Times New Roman") and
    // uses the first it has.
    std::vector<std::string> names;
    for (std::size_t start = 0; start <= font.size();) {
      const std::size_t end = std::min(font.find(';', start), font.size());
      if (end > start) names.push_back(font.substr(start, end - start));
      start = end + 1;
    }
    if (names.empty() || std::any_of(names.begin(), names.end(), available)) continue;
    out.push_back({names.front(), match(config.get(), names.front())});
  }
  return out;
}

void warn_of_substituted_fonts(const std::filesystem::path& docx, Diagnostics& diags) {
  for (const auto& [font, used] : substituted_fonts(docx)) {
    diags.warning("the pack uses the font " + font + ", which this machine does not have; LibreOffice sets that text in " +
                      (used.empty() ? std::string("another font") : used) +
                      ", so its lines and pages may differ from Word's",
                  "install " + font + " (or a font with the same measurements) where docket makes the PDF",
                  "pack.font-substituted");
  }
}

}  // namespace docket::pack
