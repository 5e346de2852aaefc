#include "format/detail/icu_text.hpp"

#include <algorithm>

namespace docket::format::detail {

icu::UnicodeString to_unicode(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

icu::Locale icu_locale(std::string_view tag) {
  // forLanguageTag reads BCP 47 only, where '_' is illegal; ICU's own ids use it.
  std::string bcp47(tag);
  std::replace(bcp47.begin(), bcp47.end(), '_', '-');
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(bcp47, status);
  if (U_FAILURE(status)) locale.setToBogus();
  return locale;
}

void check_icu(UErrorCode status, std::string_view what) {
  if (U_SUCCESS(status)) return;
  throw FilterError("cannot build the " + std::string(what) + ": " + u_errorName(status),
                    "the ICU data docket runs with is incomplete; reinstall docket or ICU");
}

}  // namespace docket::format::detail
