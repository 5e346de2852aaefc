#pragma once
// The seam between docket's UTF-8 strings and ICU: text conversion, the ICU locale for a
// format::Locale, and turning an ICU failure into a FilterError.
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <string>
#include <string_view>

#include "format/filter.hpp"

namespace docket::format::detail {

/// UTF-8 to ICU's UTF-16; malformed bytes become U+FFFD.
icu::UnicodeString to_unicode(std::string_view utf8);
std::string to_utf8(const icu::UnicodeString& text);

/// The ICU locale for a BCP 47 tag, also accepting ICU's '_' form ("en_GB"). Returns a bogus
/// locale when the tag is malformed.
icu::Locale icu_locale(std::string_view tag);
inline icu::Locale icu_locale(const Locale& locale) { return icu_locale(locale.id()); }

/// Throws FilterError when ICU failed to build `what` (e.g. "date formatter"). For a valid
/// locale this only happens when ICU's data is incomplete, which no template can fix.
void check_icu(UErrorCode status, std::string_view what);

}  // namespace docket::format::detail
