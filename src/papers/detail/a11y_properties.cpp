// The checks of the package as a whole: its title (WCAG 2.4.2), its default language
// (WCAG 3.1.1) and the size of its body text (GDS guidance).
#include <cctype>
#include <cstdlib>

#include "ooxml/names.hpp"
#include "papers/detail/a11y_checks.hpp"
#include "papers/detail/a11y_wml.hpp"
#include "xml/node.hpp"

namespace docket::papers::detail {

namespace {

// "en-GB" → "en"; "x-none" (Word's "no language") gives "".
std::string primary_subtag(std::string_view tag) {
  std::string primary(tag.substr(0, tag.find('-')));
  for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return primary == "x" ? "" : primary;
}

std::string points(long half_points) {
  return std::to_string(half_points / 2) + (half_points % 2 != 0 ? ".5" : "") + " pt";
}

}  // namespace

std::optional<std::string> core_part(ooxml::Package& package) {
  // LibreOffice writes the relationship type as …/officedocument/2006/relationships/metadata/
  // core-properties; Word reads it all the same, so docket does too.
  for (const ooxml::Relationship& r : package.relationships("").all()) {
    if (!r.type.ends_with("/metadata/core-properties") || r.external) continue;
    std::string part = package.relationships("").target_part(r);
    if (package.has_part(part)) return part;
  }
  return std::nullopt;
}

std::optional<std::string> core_title(ooxml::Package& package) {
  auto part = core_part(package);
  if (!part) return std::nullopt;
  Diagnostics ignored;  // an unreadable core part has no title: reported as such
  auto doc = package.parse_part(*part, ignored);
  if (!doc) return std::string();
  const xmlNode* title = child_in(doc->root(), ooxml::ns::dc, "title");
  return title != nullptr ? xml::text(title) : std::string();
}

std::optional<LanguageSetting> default_language(const StyleSheet& styles) {
  // Word resolves the default paragraph style's w:lang first, then the document defaults;
  // a w:lang with only w:eastAsia or w:bidi says nothing about the Latin text.
  for (const StyleDef* style : {styles.default_style("paragraph"), static_cast<const StyleDef*>(nullptr)}) {
    Found found = styles.style_run_property(style, "lang");
    auto value = w_attr(found.element, "val");
    if (value && !primary_subtag(*value).empty()) return LanguageSetting{*value, found.source};
  }
  return std::nullopt;
}

void check_title(A11yContext& ctx) {
  auto part = core_part(ctx.package());
  auto title = core_title(ctx.package());
  if (title && ctx.will_have_text(*title)) return;
  const std::string hint =
      ctx.template_mode()
          ? "in Word, File › Info › Properties › Title; type the tag {{ meta/title }} there so that "
            "each report gets its own title (LibreOffice: File › Properties › Description › Title)"
          : "in Word, File › Info › Properties › Title (LibreOffice: File › Properties › Description › "
            "Title); screen readers and PDF viewers announce it";
  ctx.report_part(part.value_or(""), "a11y.no-title", "the document has no title (WCAG 2.4.2)", hint);
}

void check_language(A11yContext& ctx) {
  auto lang = default_language(ctx.styles());
  if (!lang) {
    ctx.report_part(ctx.styles_part(), "a11y.no-language",
                    "the document has no default language, so screen readers guess how to pronounce it "
                    "(WCAG 3.1.1)",
                    "in Word, Home › Styles › right-click Normal › Modify › Format › Language › English "
                    "(United Kingdom); in LibreOffice, Tools › Options › Language Settings › Languages › "
                    "Western: English (UK), for the current document only");
    return;
  }
  const std::string primary = primary_subtag(lang->value);
  if (primary == "en" || primary == "cy") return;
  ctx.report_part(ctx.styles_part(), "a11y.unusual-language",
                  "the default language is " + lang->value + " (set in " + lang->source +
                      "): check that it is the language of the text (WCAG 3.1.1)",
                  "if the text is in English, set English (United Kingdom): in Word, Home › Styles › "
                  "right-click " + (lang->source == "docDefaults" ? std::string("Normal") : lang->source) +
                      " › Modify › Format › Language");
}

void check_body_text_size(A11yContext& ctx) {
  const StyleDef* normal = ctx.styles().default_style("paragraph");
  Found size = ctx.styles().style_run_property(normal, "sz");
  auto value = w_attr(size.element, "val");
  if (!value) return;  // the application's default applies: nothing to report
  const long half_points = std::atol(value->c_str());
  if (half_points <= 0 || half_points >= 22) return;
  const std::string style = normal != nullptr ? StyleSheet::display_name(*normal) : "Normal";
  ctx.report_part(ctx.styles_part(), "a11y.small-text",
                  "body text is " + points(half_points) + " (the " + style +
                      " style): text under 11 pt is hard to read (GDS guidance)",
                  "in Word, Home › Styles › right-click " + style +
                      " › Modify and choose 12 pt (Arial 12 is the usual house style); in LibreOffice, "
                      "Styles › right-click Default Paragraph Style › Modify › Font");
}

}  // namespace docket::papers::detail
