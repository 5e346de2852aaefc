// upper, lower, title, default and rag: filters that work on text rather than parse it.
#include <unicode/locid.h>
#include <unicode/stringoptions.h>

#include "format/detail/compilers.hpp"
#include "format/detail/icu_text.hpp"
#include "format/detail/values.hpp"
#include "format/status_word.hpp"

namespace docket::format::detail {

namespace {

enum class CaseMapping { upper, lower, title };

// Through ICU with the locale, because case is language-specific (Turkish dotted i, German
// ß → SS) and title case needs word boundaries, not spaces.
class CaseFilter final : public Filter {
 public:
  CaseFilter(CaseMapping mapping, icu::Locale locale) : mapping_(mapping), locale_(locale) {}

  std::string apply(std::string_view value) const override {
    icu::UnicodeString text = to_unicode(value);
    switch (mapping_) {
      case CaseMapping::upper: text.toUpper(locale_); break;
      case CaseMapping::lower: text.toLower(locale_); break;
      // Capitals already in the text stay ("KPI", "NHS"); `lower | title` recases fully.
      case CaseMapping::title: text.toTitle(nullptr, locale_, U_TITLECASE_NO_LOWERCASE); break;
    }
    return to_utf8(text);
  }

 private:
  CaseMapping mapping_;
  icu::Locale locale_;
};

// Whitespace-only counts as empty: an element written <note> </note> holds nothing to print.
class DefaultFilter final : public Filter {
 public:
  explicit DefaultFilter(std::string text) : text_(std::move(text)) {}
  std::string apply(std::string_view value) const override {
    return trim_xml_space(value).empty() ? text_ : std::string(value);
  }

 private:
  std::string text_;
};

class RagFilter final : public Filter {
 public:
  explicit RagFilter(bool welsh) : welsh_(welsh) {}
  std::string apply(std::string_view value) const override {
    return normalise_status_word(require_value(value, "rag"), welsh_);
  }

 private:
  bool welsh_;
};

}  // namespace

std::unique_ptr<Filter> compile_case_mapping(const FilterCall& call, const Locale& locale) {
  const CaseMapping mapping = call.name == "upper"   ? CaseMapping::upper
                              : call.name == "lower" ? CaseMapping::lower
                                                     : CaseMapping::title;
  return std::make_unique<CaseFilter>(mapping, icu_locale(locale));
}

std::unique_ptr<Filter> compile_default(const FilterCall& call, const Locale&) {
  return std::make_unique<DefaultFilter>(call.args[0]);
}

std::unique_ptr<Filter> compile_rag(const FilterCall&, const Locale& locale) {
  return std::make_unique<RagFilter>(locale.language() == "cy");
}

}  // namespace docket::format::detail
