// Links (WCAG 2.4.4 Link Purpose): screen reader users list a page's links out of context,
// so a link's text must say where it goes ("Cabinet agenda, 18 December 2023", not "click
// here"); and it must go somewhere: a relationship that exists with a real target, or a
// bookmark that exists. The sample papers show "(#)" links (domain notes §5.2).
#include <cctype>
#include <set>
#include <string>

#include "ooxml/names.hpp"
#include "papers/detail/a11y_checks.hpp"
#include "papers/detail/a11y_wml.hpp"
#include "support/text.hpp"

namespace docket::papers::detail {

namespace {

constexpr std::string_view kTextHint =
    "make the link text say what it leads to, e.g. \u201CCabinet agenda, 18 December 2023\u201D (Word: "
    "right-click › Edit Hyperlink › Text to display; LibreOffice: Edit › Hyperlink › Text)";
constexpr std::string_view kTargetHint =
    "give the link its web address or the place in this document it goes to (Word: right-click › Edit "
    "Hyperlink; LibreOffice: Edit › Hyperlink), or remove the link";

// Lower case, single spaces, without the punctuation around it.
std::string normalised(std::string_view text) {
  std::string out;
  for (char c : trim(text)) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isspace(u)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(u));
    }
  }
  while (!out.empty() && std::string_view(".:;,!?\"'()[]").find(out.back()) != std::string_view::npos) out.pop_back();
  while (!out.empty() && std::string_view("\"'([").find(out.front()) != std::string_view::npos) out.erase(0, 1);
  return out;
}

bool is_vague(std::string_view text) {
  static const std::set<std::string, std::less<>> kVague = {
      "click here", "here", "link", "read more", "more", "this", "click", "click this link", "this link",
      "this page", "more info", "more information", "find out more", "learn more", "go", "website", "web link"};
  return kVague.count(normalised(text)) > 0;
}

std::set<std::string, std::less<>> bookmarks(A11yContext& ctx) {
  std::set<std::string, std::less<>> names;
  for (StoryPart& story : ctx.stories()) {
    for (const xmlNode* b : find_all(story.doc.root(), ooxml::ns::w, "bookmarkStart")) {
      if (auto name = w_attr(b, "name")) names.insert(*name);
    }
  }
  return names;
}

// What is wrong with where the link goes, or "" when nothing is.
std::string target_problem(A11yContext& ctx, const StoryPart& story, const xmlNode* link,
                           const std::set<std::string, std::less<>>& marks) {
  if (auto anchor = w_attr(link, "anchor"); anchor && !anchor->empty()) {
    return marks.count(*anchor) ? "" : "goes to the bookmark \u201C" + *anchor + "\u201D, which does not exist";
  }
  auto id = ns_attr(link, ooxml::ns::r, "id");
  if (!id || id->empty()) return "goes nowhere: it has no address";
  const ooxml::Relationship* rel = ctx.package().relationships(story.name).find(*id);
  if (rel == nullptr) return "goes nowhere: its relationship " + *id + " does not exist";
  const std::string_view target = trim(rel->target);
  if (target.empty()) return "goes nowhere: its address is empty";
  if (target == "#") return "goes to \u201C#\u201D, which leads nowhere";
  return "";
}

}  // namespace

void check_links(A11yContext& ctx) {
  const auto marks = bookmarks(ctx);
  for (StoryPart& story : ctx.stories()) {
    for (const xmlNode* link : find_all(story.doc.root(), ooxml::ns::w, "hyperlink")) {
      const xmlNode* p = enclosing(link, "p");
      const std::string text = ctx.text_of(link);
      const std::string shown = std::string(trim(text));
      if (!ctx.will_have_text(text)) {
        ctx.report(story, p, "a11y.link-text", "a link has no text (WCAG 2.4.4)", std::string(kTextHint));
      } else if (!has_tag(text) && is_vague(text)) {
        ctx.report(story, p, "a11y.link-text",
                   "the link text \u201C" + shown + "\u201D does not say where the link goes (WCAG 2.4.4)",
                   std::string(kTextHint));
      }
      if (std::string problem = target_problem(ctx, story, link, marks); !problem.empty()) {
        const std::string what = has_visible_text(text) ? "the link \u201C" + shown + "\u201D" : "a link";
        ctx.report(story, p, "a11y.link-target", what + " " + problem + " (WCAG 2.4.4)", std::string(kTargetHint));
      }
    }
  }
}

}  // namespace docket::papers::detail
