// Colour (WCAG 1.4.1 Use of Color, 1.4.3 Contrast). A shaded cell with no text carries its
// meaning (a RAG status, a risk band) by colour alone; every status needs its word. And text
// must reach 4.5:1 against what is behind it. The text colour is resolved run → character
// style → paragraph style → document defaults; an automatic colour counts as black (Word
// and LibreOffice draw it white on dark fills, but other readers and converters do not, so
// docket asks for an explicit colour). The background is the run's highlight or shading,
// else the paragraph's shading, else the cell's, else white. Large text (18 pt, or 14 pt
// bold) needs 3:1, as WCAG says; other text 4.5:1.
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <utility>

#include "ooxml/names.hpp"
#include "papers/detail/a11y_checks.hpp"
#include "papers/detail/a11y_table_cells.hpp"
#include "papers/detail/a11y_wml.hpp"
#include "support/text.hpp"

namespace docket::papers::detail {

namespace {

using format::Rgb;

constexpr double kMinimumContrast = 4.5;
constexpr double kMinimumLargeContrast = 3.0;
constexpr Rgb kWhite{255, 255, 255};
constexpr Rgb kBlack{0, 0, 0};

// The highlight colours Word offers (ST_HighlightColor).
std::optional<Rgb> highlight_colour(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, Rgb>, 16> kNames = {{
      {"black", {0, 0, 0}},         {"blue", {0, 0, 255}},         {"cyan", {0, 255, 255}},
      {"green", {0, 255, 0}},       {"magenta", {255, 0, 255}},    {"red", {255, 0, 0}},
      {"yellow", {255, 255, 0}},    {"white", {255, 255, 255}},    {"darkBlue", {0, 0, 128}},
      {"darkCyan", {0, 128, 128}},  {"darkGreen", {0, 128, 0}},    {"darkMagenta", {128, 0, 128}},
      {"darkRed", {128, 0, 0}},     {"darkYellow", {128, 128, 0}}, {"darkGray", {128, 128, 128}},
      {"lightGray", {192, 192, 192}},
  }};
  for (const auto& [n, rgb] : kNames) {
    if (n == name) return rgb;
  }
  return std::nullopt;
}

// The ratio as people read it, never rounded up past the threshold (4.47 shows as 4.4).
std::string ratio_text(double ratio) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f:1", std::floor(ratio * 10) / 10);
  return buf;
}

// "a b c" for the cells of a row, the empty one shown empty, to find the row by.
std::string row_text(const A11yContext& ctx, const TableRow& row) {
  std::string text;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    if (i > 0) text += " | ";
    text += trim(ctx.text_of(row.cells[i]));
  }
  return excerpt_of(text);
}

bool is_merge_continuation(const xmlNode* cell) {
  const xmlNode* merge = w_child(w_child(cell, "tcPr"), "vMerge");
  return merge != nullptr && w_attr(merge, "val").value_or("continue") != "restart";
}

// Shading that differs from the rest of its row says something; a uniformly shaded row
// (a header band with an empty corner cell) does not.
bool stands_out(const TableRow& row, const xmlNode* cell, const Rgb& fill) {
  for (const xmlNode* other : row.cells) {
    if (other == cell) continue;
    const auto f = cell_fill(other);
    if (!f || !(*f == fill)) return true;
  }
  return false;
}

void check_colour_only(A11yContext& ctx, const StoryPart& story) {
  for (xmlNode* tbl : find_all(story.doc.root(), ooxml::ns::w, "tbl")) {
    for (const TableRow& row : table_shape(ctx, tbl).rows) {
      for (const xmlNode* cell : row.cells) {
        const auto fill = cell_fill(cell);
        if (!is_shaded(fill) || is_merge_continuation(cell)) continue;
        if (ctx.will_have_text(ctx.text_of(cell))) continue;
        if (!find_all(cell, ooxml::ns::w, "drawing").empty() || !find_all(cell, ooxml::ns::w, "pict").empty()) continue;
        if (!stands_out(row, cell, *fill)) continue;
        ctx.report(story, first_paragraph(cell), "a11y.colour-only",
                   "a cell shaded " + fill->to_hex() +
                       " has no text, so its meaning is shown by colour alone (WCAG 1.4.1)",
                   "type the word the colour stands for in the cell (\"Red\", \"High (16)\"); the shading can "
                   "stay as well",
                   row_text(ctx, row));
      }
    }
  }
}

Rgb background_of(const A11yContext& ctx, const xmlNode* run, const xmlNode* p) {
  if (auto h = w_attr(ctx.styles().run_property(run, p, "highlight").element, "val")) {
    if (auto rgb = highlight_colour(*h)) return *rgb;
  }
  if (auto shd = shading_colour(ctx.styles().run_property(run, p, "shd").element)) return *shd;
  if (auto shd = shading_colour(ctx.styles().paragraph_property(p, "shd").element)) return *shd;
  if (const xmlNode* cell = enclosing(p, "tc")) {
    if (auto fill = cell_fill(cell)) return *fill;
  }
  return kWhite;
}

// WCAG's large-scale text: at least 18 pt, or 14 pt and bold (w:sz is in half-points).
bool is_large(const A11yContext& ctx, const xmlNode* run, const xmlNode* p) {
  const long half_points = std::atol(w_attr(ctx.styles().run_property(run, p, "sz").element, "val").value_or("0").c_str());
  return half_points >= 36 || (half_points >= 28 && is_on(ctx.styles().run_property(run, p, "b").element));
}

void check_contrast(A11yContext& ctx, const StoryPart& story) {
  for (xmlNode* p : story.paragraphs) {
    for (xmlNode* run : find_all(p, ooxml::ns::w, "r")) {
      if (enclosing(run, "p") != p) continue;  // a text box's paragraph is checked on its own
      if (!ctx.will_have_text(ctx.text_of(run))) continue;
      if (is_on(ctx.styles().run_property(run, p, "vanish").element)) continue;
      const auto value = w_attr(ctx.styles().run_property(run, p, "color").element, "val");
      const auto colour = format::Rgb::parse_hex(value.value_or("auto"));
      const Rgb background = background_of(ctx, run, p);
      const double ratio = format::contrast_ratio(colour.value_or(kBlack), background);
      const bool large = is_large(ctx, run, p);
      if (ratio >= (large ? kMinimumLargeContrast : kMinimumContrast)) continue;
      const std::string text_colour = colour ? "text coloured " + colour->to_hex() : "automatic (black) text";
      ctx.report(story, p, "a11y.contrast",
                 text_colour + " on " + background.to_hex() + " has a contrast ratio of " + ratio_text(ratio) +
                     (large ? ", below the 3:1 needed for large text (WCAG 1.4.3)"
                            : ", below the 4.5:1 needed (WCAG 1.4.3)"),
                 "use black text on light backgrounds and white on dark ones (Word: Home › Font Color; "
                 "LibreOffice: Format › Character › Font Effects), or change the shading");
      break;  // once per paragraph
    }
  }
}

}  // namespace

void check_colour(A11yContext& ctx) {
  for (StoryPart& story : ctx.stories()) {
    check_colour_only(ctx, story);
    check_contrast(ctx, story);
  }
}

}  // namespace docket::papers::detail
