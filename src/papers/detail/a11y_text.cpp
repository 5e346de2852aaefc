// Readable text (domain notes §5.2 "Readable text", GDS guidance): long passages typed in
// capitals, justified text (WCAG 1.4.8, AAA) and lists typed with bullet characters instead
// of Word's numbering (WCAG 1.3.1: a screen reader announces a real list and its length).
// These are warnings: they make a paper harder to read, not impossible. Justified text and
// typed lists are reported once per part and run of paragraphs, not once per paragraph.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "papers/detail/a11y_checks.hpp"
#include "papers/detail/a11y_wml.hpp"
#include "support/text.hpp"

namespace docket::papers::detail {

namespace {

constexpr std::size_t kMaxCapitalWords = 4;

// The longest run of words typed wholly in capitals; words without letters (numbers,
// dashes) neither count nor break a run.
std::size_t longest_capital_run(std::string_view text) {
  std::size_t longest = 0;
  std::size_t run = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t upper = 0;
    std::size_t lower = 0;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) {
      const auto c = static_cast<unsigned char>(text[i++]);
      upper += std::isupper(c) ? 1 : 0;
      lower += std::islower(c) ? 1 : 0;
    }
    if (upper + lower == 0) continue;
    run = lower == 0 ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

bool is_justified(std::string_view jc) {
  return jc == "both" || jc == "distribute" || jc == "lowKashida" || jc == "mediumKashida" ||
         jc == "highKashida" || jc == "thaiDistribute";
}

// The bullet a paragraph starts with when it is typed ("•", "-", …), or "".
std::string typed_bullet(std::string_view text) {
  static constexpr std::array<std::string_view, 15> kGlyphs = {
      "\u2022", "\u25E6", "\u25AA", "\u25AB", "\u2023", "\u2043", "\u25CF", "\u25CB",
      "\u25A0", "\u25A1", "\u25BA", "\u25B6", "\u27A2", "\u27A4", "\uF0B7"};
  const std::string_view t = trim(text);
  for (std::string_view g : kGlyphs) {
    if (t.starts_with(g) && t.size() > g.size()) return std::string(g);
  }
  // Typed with the keyboard: a hyphen, asterisk or en dash, then a space.
  for (std::string_view g : {std::string_view("-"), std::string_view("*"), std::string_view("\u2013")}) {
    if (t.size() > g.size() + 1 && t.starts_with(g) && t[g.size()] == ' ') return std::string(g);
  }
  return "";
}

void check_capitals(A11yContext& ctx, const StoryPart& story) {
  for (const xmlNode* p : story.paragraphs) {
    const std::size_t words = longest_capital_run(ctx.known_text(ctx.text_of(p)));
    if (words <= kMaxCapitalWords) continue;
    ctx.report(story, p, "a11y.all-caps",
               std::to_string(words) + " words in a row are typed in capitals, which are harder to read "
                                       "(GDS guidance)",
               "retype it in sentence case (Word: Home › Change Case › Sentence case; LibreOffice: Format › "
               "Text › Sentence case); use bold for emphasis");
  }
}

void check_justified(A11yContext& ctx, const StoryPart& story) {
  const xmlNode* first = nullptr;
  std::string first_source;
  long count = 0;
  for (const xmlNode* p : story.paragraphs) {
    const Found jc = ctx.styles().paragraph_property(p, "jc");
    if (!is_justified(w_attr(jc.element, "val").value_or(""))) continue;
    if (!ctx.will_have_text(ctx.text_of(p))) continue;
    if (first == nullptr) {
      first = p;
      first_source = jc.source;
    }
    ++count;
  }
  if (first == nullptr) return;
  const std::string message =
      count == 1 ? "justified text: uneven gaps between words make it harder to read (WCAG 1.4.8; GDS guidance)"
                 : "justified text in " + std::to_string(count) +
                       " paragraphs of this part, the first here: uneven gaps between words make it harder to "
                       "read (WCAG 1.4.8; GDS guidance)";
  const std::string hint =
      first_source == "direct"
          ? "select the text and align it left (Word: Home › Align Left, Ctrl+L; LibreOffice: Format › Align "
            "Text › Left)"
          : "the style " + first_source + " justifies it: in Word, Home › Styles › right-click " + first_source +
                " › Modify › Align Left; in LibreOffice, Styles › Modify › Alignment › Left";
  ctx.report(story, first, "a11y.justified", message, hint);
}

bool is_numbered(const A11yContext& ctx, const xmlNode* p) {
  const xmlNode* num_pr = ctx.styles().paragraph_property(p, "numPr").element;
  const auto id = w_attr(w_child(num_pr, "numId"), "val");
  return id && *id != "0";
}

void report_typed_list(A11yContext& ctx, const StoryPart& story, const xmlNode* first, long count,
                       const std::string& bullet) {
  const std::string message =
      (count == 1 ? "a list item typed with \u201C" + bullet + "\u201D is"
                  : std::to_string(count) + " list items typed with \u201C" + bullet + "\u201D are") +
      " not a real list, so screen readers do not announce it (WCAG 1.3.1)";
  ctx.report(story, first, "a11y.typed-list", message,
             "remove the typed bullets and use Word's list buttons (Home › Bullets or Numbering) or a list "
             "style such as List Bullet; LibreOffice: Format › Bullets and Numbering");
}

void check_typed_lists(A11yContext& ctx, const StoryPart& story) {
  const xmlNode* first = nullptr;
  std::string bullet;
  long count = 0;
  for (const xmlNode* p : story.paragraphs) {
    const std::string b = is_numbered(ctx, p) ? "" : typed_bullet(ctx.known_text(ctx.text_of(p)));
    if (!b.empty() && first != nullptr) {
      ++count;
      continue;
    }
    if (first != nullptr) report_typed_list(ctx, story, first, count, bullet);
    first = b.empty() ? nullptr : p;
    bullet = b;
    count = b.empty() ? 0 : 1;
  }
  if (first != nullptr) report_typed_list(ctx, story, first, count, bullet);
}

}  // namespace

void check_readable_text(A11yContext& ctx) {
  for (StoryPart& story : ctx.stories()) {
    check_capitals(ctx, story);
    check_justified(ctx, story);
    check_typed_lists(ctx, story);
  }
}

}  // namespace docket::papers::detail
