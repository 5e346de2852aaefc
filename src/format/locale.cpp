#include <unicode/locid.h>

#include <cstring>

#include "format/detail/icu_text.hpp"
#include "format/filter.hpp"
#include "support/error.hpp"

namespace docket::format {

namespace {

// ICU silently falls back to root data for a locale it does not know, which would print
// English month names for a typo such as "cy-BG"; only locales with their own data count.
bool has_icu_data(const icu::Locale& locale) {
  if (locale.isBogus() || *locale.getName() == '\0') return false;
  int32_t count = 0;
  const icu::Locale* available = icu::Locale::getAvailableLocales(count);
  for (int32_t i = 0; i < count; ++i) {
    if (std::strcmp(available[i].getName(), locale.getName()) == 0) return true;
  }
  return false;
}

}  // namespace

Locale::Locale(std::string id) : id_(std::move(id)) {
  if (!has_icu_data(detail::icu_locale(id_))) {
    throw UsageError("unknown locale '" + id_ + "'",
                     "use a language tag ICU has data for, such as en-GB or cy-GB");
  }
}

std::string Locale::language() const { return detail::icu_locale(id_).getLanguage(); }

std::string Locale::document_language() const {
  icu::Locale locale = detail::icu_locale(id_);
  if (*locale.getCountry() == '\0') {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale likely(locale);
    likely.addLikelySubtags(status);
    if (U_SUCCESS(status)) locale = likely;
  }
  std::string tag = locale.getLanguage();
  if (*locale.getCountry() != '\0') tag += std::string("-") + locale.getCountry();
  return tag;
}

}  // namespace docket::format
