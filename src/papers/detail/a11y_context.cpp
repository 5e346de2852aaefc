#include "papers/detail/a11y_context.hpp"

#include <algorithm>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "papers/accessibility.hpp"
#include "papers/detail/a11y_wml.hpp"

namespace docket::papers::detail {

namespace {

Severity severity_of(std::string_view code) {
  const AccessibilityCheck* check = find_accessibility_check(code);
  return check != nullptr ? check->severity : Severity::error;
}

}  // namespace

long StoryPart::number_of(const xmlNode* p) const {
  auto it = numbers.find(p);
  return it == numbers.end() ? 0 : it->second;
}

A11yContext::A11yContext(ooxml::Package& package, bool template_mode, Diagnostics* parse_diags)
    : package_(package), template_mode_(template_mode) {
  Diagnostics ignored;
  Diagnostics& sink = parse_diags != nullptr ? *parse_diags : ignored;
  const std::string main = package_.main_document();
  auto& rels = package_.relationships(main);
  if (const auto* r = rels.first_of_type(ooxml::rel::styles)) {
    const std::string part = rels.target_part(*r);
    if (package_.has_part(part)) {
      styles_doc_ = package_.parse_part(part, sink);
      if (styles_doc_) {
        styles_part_ = part;
        styles_ = StyleSheet::read(styles_doc_->root());
      }
    }
  }
  load_story(main, true, sink);
  // The same parts the template engine fills, in the same order.
  for (auto type : {ooxml::rel::header, ooxml::rel::footer, ooxml::rel::footnotes, ooxml::rel::endnotes}) {
    for (const auto* r : rels.of_type(type)) {
      const std::string part = rels.target_part(*r);
      if (package_.has_part(part)) load_story(part, false, sink);
    }
  }
}

void A11yContext::load_story(const std::string& part, bool main, Diagnostics& sink) {
  auto doc = package_.parse_part(part, sink);
  if (!doc) return;
  StoryPart story{.name = part, .doc = std::move(*doc), .main = main};
  story.paragraphs = ooxml::all_paragraphs(story.doc.root());
  for (std::size_t i = 0; i < story.paragraphs.size(); ++i) {
    story.numbers.emplace(story.paragraphs[i], static_cast<long>(i + 1));
  }
  stories_.push_back(std::move(story));
}

std::string A11yContext::text_of(const xmlNode* node) const {
  if (ooxml::is_w(node, "p")) return ooxml::paragraph_text(node);
  // A cell, a table or a run: the text of the paragraphs inside, if it holds any.
  auto paragraphs = ooxml::all_paragraphs(const_cast<xmlNode*>(node));
  if (paragraphs.empty()) return ooxml::paragraph_text(node);
  std::string text;
  for (const xmlNode* p : paragraphs) {
    if (!text.empty()) text += ' ';
    text += ooxml::paragraph_text(p);
  }
  return text;
}

bool A11yContext::will_have_text(std::string_view text) const {
  return has_visible_text(text) || (template_mode_ && has_tag(text));
}

std::string A11yContext::known_text(std::string_view text) const {
  return template_mode_ ? without_tags(text) : std::string(text);
}

void A11yContext::report(const StoryPart& story, const xmlNode* paragraph, std::string_view code,
                         std::string message, std::string hint, std::optional<std::string> excerpt) {
  const long number = story.number_of(paragraph);
  Diagnostic d{.severity = severity_of(code),
               .file = package_.file(),
               .part = story.name,
               .paragraph = number,
               .excerpt = excerpt ? std::move(*excerpt) : excerpt_of(text_of(paragraph)),
               .message = std::move(message),
               .hint = std::move(hint),
               .code = std::string(code)};
  found_.push_back({static_cast<long>(&story - stories_.data()), number, std::move(d)});
}

void A11yContext::report_part(std::string part, std::string_view code, std::string message, std::string hint,
                              std::string excerpt) {
  Diagnostic d{.severity = severity_of(code),
               .file = package_.file(),
               .part = std::move(part),
               .excerpt = std::move(excerpt),
               .message = std::move(message),
               .hint = std::move(hint),
               .code = std::string(code)};
  found_.push_back({-1, 0, std::move(d)});
}

void A11yContext::flush_to(Diagnostics& diags) {
  std::stable_sort(found_.begin(), found_.end(), [](const Entry& a, const Entry& b) {
    return a.story != b.story ? a.story < b.story : a.paragraph < b.paragraph;
  });
  for (Entry& e : found_) diags.add(std::move(e.diagnostic));
  found_.clear();
}

}  // namespace docket::papers::detail
