// Formatting from data: cells shaded by a status word (`| rag`) or a value's fill=, and a
// value's colour=, highlight= and link=. A colour is six hex digits (C00000, #C00000) or a
// status word of the report's scheme (Red, Amber…); an empty value means no colour. Text on a
// fill from data gets black or white, whichever reads better, unless colour= says otherwise;
// a colour= that does not contrast 4.5:1 with what is behind it (WCAG 2.x AA) is a warning.
#include <string>

#include "ooxml/names.hpp"
#include "support/text.hpp"
#include "template/runtime.hpp"
#include "xml/serialize.hpp"

namespace docket::tmpl {

namespace {

constexpr double kMinimumContrast = 4.5;

void fill_hole(std::string& rpr, std::string_view hole, const std::string& value) {
  if (auto at = rpr.find(hole); at != std::string::npos) rpr.replace(at, hole.size(), value);
}

std::string ratio_text(double ratio) {
  const long tenths = static_cast<long>(ratio * 10 + 0.5);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

}  // namespace

std::optional<format::Rgb> Runtime::colour_of(std::size_t site, const Expression& e, std::string_view option) {
  std::string error;
  Selected s = e.value(env_.xpath, current_, error);
  if (!error.empty()) {
    problem(site, Severity::error, "cannot evaluate " + std::string(option) + "=\"" + e.text() + "\": " + error + where_in_data(),
            "check the expression", "template.xpath-error");
    return std::nullopt;
  }
  const std::string_view text = trim(s.text);
  if (!s.found || text.empty() || text == "none") return std::nullopt;
  if (auto rgb = format::Rgb::parse_hex(text)) return rgb;
  if (env_.colour_word) {
    if (auto colours = env_.colour_word(text)) return format::Rgb::parse_hex(colours->fill);
  }
  problem(site, Severity::error,
          std::string(option) + "=\"" + e.text() + "\" gives \u201C" + std::string(text) + "\u201D, which is not a colour" +
              where_in_data(),
          "a colour is six hex digits such as C00000 (or #C00000), or a status word of the report's scheme such as Red",
          "template.colour");
  return std::nullopt;
}

void Runtime::write_formatted(const WriteValue& v, const std::string& text, ByteSink& out) {
  const ValueFormat& f = *v.format;
  std::optional<format::Rgb> colour = f.colour ? colour_of(v.site, *f.colour, "colour") : std::nullopt;
  std::optional<format::Rgb> highlight = f.highlight ? colour_of(v.site, *f.highlight, "highlight") : std::nullopt;
  const std::optional<format::Rgb> behind = highlight ? highlight : f.on_cell_fill ? cell_fill_ : std::nullopt;
  if (colour) {
    const double ratio = format::contrast_ratio(*colour, behind.value_or(format::Rgb{0xFF, 0xFF, 0xFF}));
    if (ratio < kMinimumContrast) {
      problem(v.site, Severity::warning,
              "text in " + colour->to_hex() + " on " + (behind ? behind->to_hex() : std::string("white")) +
                  " has a contrast of " + ratio_text(ratio) + ":1, below the 4.5:1 that WCAG AA asks for" + where_in_data(),
              "choose a darker text colour or a lighter fill, or leave colour= out: docket then picks black or white",
              "template.contrast");
    }
  } else if (behind) {
    colour = format::readable_text_colour(*behind);
  }
  std::string link_id;
  if (f.link) {
    std::string error;
    const std::string href(trim(f.link->value(env_.xpath, current_, error).text));
    const bool web = href.rfind("https://", 0) == 0 || href.rfind("http://", 0) == 0 || href.rfind("mailto:", 0) == 0;
    if (!error.empty() || !web) {
      problem(v.site, Severity::error,
              "link=\"" + f.link->text() + "\" gives \u201C" + (error.empty() ? href : error) +
                  "\u201D, which is not a web or email address" + where_in_data(),
              "links must start with https://, http:// or mailto:", "template.link");
    } else if (env_.relationships != nullptr) {
      link_id = env_.relationships->add(ooxml::rel::hyperlink, href, true);
    }
  }
  std::string rpr = f.styles[(colour ? 1u : 0u) | (highlight ? 2u : 0u) | (link_id.empty() ? 0u : 4u)];
  if (colour) fill_hole(rpr, ValueFormat::kColourHole, colour->to_hex());
  if (highlight) fill_hole(rpr, ValueFormat::kShadingHole, highlight->to_hex());
  if (!link_id.empty()) out.write("<w:hyperlink r:id=\"" + xml::escape_attribute(link_id) + "\" w:history=\"1\">");
  write_text_runs(text, rpr, out);
  if (!link_id.empty()) out.write("</w:hyperlink>");
}

void Runtime::write_status_cell(const StatusCell& c, ByteSink& out) {
  std::optional<std::string> fill;
  std::optional<format::Rgb> saved = cell_fill_;
  cell_fill_.reset();
  if (c.fill_option) {
    cell_fill_ = colour_of(c.site, c.expression, "fill");
    if (cell_fill_) fill = cell_fill_->to_hex();
  } else {
    std::string error;
    Selected s = c.expression.value(env_.xpath, current_, error);
    if (s.found && error.empty() && env_.status_fill) {
      try {
        std::string word = s.text;
        for (const auto& f : c.filters.filters) word = f->apply(word);
        if (auto colours = env_.status_fill(word)) fill = colours->fill;
      } catch (const format::FilterError&) {
        // The value itself reports the problem when it is written.
      }
    }
  }
  out.write(c.open);
  if (fill) out.write("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + *fill + "\"/>");
  out.write(c.after_shading);
  execute(*c.body, out);
  cell_fill_ = saved;
}

}  // namespace docket::tmpl
