// date, ordinal-date and time. Each value's wall-clock fields become an instant read as GMT
// and every formatter runs in GMT, so neither the machine's time zone nor a zone written in
// the data can move a meeting to another day.
#include <unicode/datefmt.h>
#include <unicode/dtfmtsym.h>
#include <unicode/localpointer.h>
#include <unicode/rbnf.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <array>
#include <utility>

#include "format/detail/compilers.hpp"
#include "format/detail/icu_text.hpp"
#include "format/detail/values.hpp"

namespace docket::format::detail {

namespace {

using DateFormatPtr = icu::LocalPointer<icu::DateFormat>;

DateFormatPtr in_gmt(DateFormatPtr format) {
  format->setTimeZone(*icu::TimeZone::getGMT());
  return format;
}

// ICU skips letters it does not know ("d MMMM yo" prints "7 December 2023"), which would
// hide a typo in a template until someone reads the printed report; so check here.
DateFormatPtr pattern_format(std::string_view pattern, const Locale& locale,
                             const std::string& kind) {
  const std::string problem = "'" + std::string(pattern) + "' is not a " + kind + " pattern";
  const std::optional<std::string> unquoted = unquoted_chars(pattern);
  if (!unquoted) {
    throw FilterError(problem, "a quote is not closed; put literal text in single quotes and "
                               "write '' for an apostrophe");
  }
  const icu::UnicodeString letters(icu::DateFormatSymbols::getPatternUChars());
  bool has_field = false;
  for (const char c : *unquoted) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
    if (letters.indexOf(static_cast<char16_t>(c)) < 0) {
      throw FilterError(problem, std::string("'") + c + "' is not an ICU pattern letter; put "
                                 "other text in single quotes, e.g. \"d MMMM y 'at' HH:mm\"");
    }
    has_field = true;
  }
  if (!has_field) {
    throw FilterError(problem, "the pattern has no fields: d is the day, MMMM the month, "
                               "y the year, HH:mm the time");
  }
  UErrorCode status = U_ZERO_ERROR;
  DateFormatPtr format(new icu::SimpleDateFormat(to_unicode(pattern), icu_locale(locale), status),
                       status);
  check_icu(status, kind + " formatter");
  return in_gmt(std::move(format));
}

// The locale's own date formats: en-GB long is "7 December 2023", full adds the weekday.
DateFormatPtr style_format(std::string_view style, const Locale& locale) {
  static constexpr std::array<std::pair<std::string_view, icu::DateFormat::EStyle>, 4> styles{{
      {"full", icu::DateFormat::kFull},
      {"long", icu::DateFormat::kLong},
      {"medium", icu::DateFormat::kMedium},
      {"short", icu::DateFormat::kShort},
  }};
  for (const auto& [name, value] : styles) {
    if (style != name) continue;
    DateFormatPtr format(icu::DateFormat::createDateInstance(value, icu_locale(locale)));
    if (format.isNull()) check_icu(U_MISSING_RESOURCE_ERROR, "date formatter");
    return in_gmt(std::move(format));
  }
  return DateFormatPtr();
}

class DateFilter final : public Filter {
 public:
  explicit DateFilter(DateFormatPtr format) : format_(std::move(format)) {}
  std::string apply(std::string_view value) const override {
    icu::UnicodeString out;
    format_->format(to_udate(require_date_time(value, "date")), out);
    return to_utf8(out);
  }

 private:
  DateFormatPtr format_;
};

// "7th November 2023": ICU date patterns have no ordinal day, so the day comes from the
// locale's ordinal rules and the rest from a date pattern.
class OrdinalDateFilter final : public Filter {
 public:
  OrdinalDateFilter(icu::LocalPointer<icu::RuleBasedNumberFormat> ordinal, DateFormatPtr rest)
      : ordinal_(std::move(ordinal)), rest_(std::move(rest)) {}
  std::string apply(std::string_view value) const override {
    const DateTime when = require_date_time(value, "ordinal-date");
    icu::UnicodeString out;
    ordinal_->format(static_cast<int32_t>(when.date.day), out);
    out += u' ';
    rest_->format(to_udate(when), out);
    return to_utf8(out);
  }

 private:
  icu::LocalPointer<icu::RuleBasedNumberFormat> ordinal_;
  DateFormatPtr rest_;
};

class TimeFilter final : public Filter {
 public:
  explicit TimeFilter(DateFormatPtr format) : format_(std::move(format)) {}
  std::string apply(std::string_view value) const override {
    const DateTime when{{1970, 1, 1}, require_time(value, "time")};
    icu::UnicodeString out;
    format_->format(to_udate(when), out);
    return to_utf8(out);
  }

 private:
  DateFormatPtr format_;
};

}  // namespace

std::unique_ptr<Filter> compile_date(const FilterCall& call, const Locale& locale) {
  DateFormatPtr format = style_format(call.args[0], locale);
  if (format.isNull()) format = pattern_format(call.args[0], locale, "date");
  return std::make_unique<DateFilter>(std::move(format));
}

std::unique_ptr<Filter> compile_ordinal_date(const FilterCall& call, const Locale& locale) {
  auto ordinal = ordinal_format(locale);
  const std::string rest = call.args.empty() ? "MMMM y" : call.args[0];
  return std::make_unique<OrdinalDateFilter>(std::move(ordinal),
                                             pattern_format(rest, locale, "date"));
}

std::unique_ptr<Filter> compile_time(const FilterCall& call, const Locale& locale) {
  return std::make_unique<TimeFilter>(pattern_format(call.args[0], locale, "time"));
}

}  // namespace docket::format::detail
