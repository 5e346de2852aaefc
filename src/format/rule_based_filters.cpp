// spellout ("forty-three") and ordinal ("43rd") through ICU's rule-based number formats,
// which hold each locale's wording rules.
#include <unicode/localpointer.h>
#include <unicode/rbnf.h>

#include <charconv>
#include <cstdint>
#include <cstring>

#include "format/detail/compilers.hpp"
#include "format/detail/icu_text.hpp"
#include "format/detail/values.hpp"

namespace docket::format::detail {

namespace {

class RuleBasedFilter final : public Filter {
 public:
  RuleBasedFilter(std::string name, icu::LocalPointer<icu::RuleBasedNumberFormat> format)
      : name_(std::move(name)), format_(std::move(format)) {}

  std::string apply(std::string_view value) const override {
    const std::string decimal = require_decimal(value, name_);
    if (!is_whole(decimal)) {
      throw_not_a(trim_xml_space(value), "a whole number",
                  name_ + " needs a whole number such as 43");
    }
    // ICU's rule-based formats cannot take decimal text (U_UNSUPPORTED_ERROR), only int64.
    const std::string_view digits(decimal.data(), decimal.find('.') == std::string::npos
                                                      ? decimal.size()
                                                      : decimal.find('.'));
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (error != std::errc{} || end != digits.data() + digits.size()) {
      throw FilterError("'" + std::string(trim_xml_space(value)) + "' is too large for " + name_,
                        name_ + " takes whole numbers up to 9,223,372,036,854,775,807");
    }
    icu::UnicodeString out;
    format_->format(static_cast<int64_t>(number), out);
    return to_utf8(out);
  }

 private:
  std::string name_;
  icu::LocalPointer<icu::RuleBasedNumberFormat> format_;
};

}  // namespace

// Welsh ordinals as written in dates and lists: 1af, 2il, 3ydd, 4ydd, 5ed, 6ed, 7fed … 10fed,
// 11eg, 12fed, 13eg, 14eg, 15fed, 16eg, 17eg, 18fed, 19eg, 20fed, 21ain … 39ain (from "ar
// hugain"), then -fed (40fed, 50fed, 100fed). Neither CLDR nor ICU (72) has Welsh ordinal
// rules: ICU's cy data has spellout-cardinal only, and its digits-ordinal is the root "1.".
// The endings are the short forms taught by Welsh for Adults and by Parallel.cymru's "Dr
// Gramadeg" (the last letters of cyntaf, ail, trydydd … unfed ar hugain), as Welsh councils
// print them ("17eg", "6ed Ionawr"); some guides write "2ail" for 2il.
constexpr char16_t kWelshOrdinals[] =
    u"%digits-ordinal: -x: \u2212>>; 0: =#,##0=fed; 1: =#,##0=af; 2: =#,##0=il; 3: =#,##0=ydd; "
    u"5: =#,##0=ed; 7: =#,##0=fed; 11: =#,##0=eg; 12: =#,##0=fed; 13: =#,##0=eg; 15: =#,##0=fed; "
    u"16: =#,##0=eg; 18: =#,##0=fed; 19: =#,##0=eg; 20: =#,##0=fed; 21: =#,##0=ain; 40: =#,##0=fed;";

std::unique_ptr<Filter> compile_rule_based(const FilterCall& call, const Locale& locale) {
  if (call.name == "ordinal") return std::make_unique<RuleBasedFilter>(call.name, ordinal_format(locale));
  const icu::URBNFRuleSetTag rules = icu::URBNF_SPELLOUT;
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalPointer<icu::RuleBasedNumberFormat> format(
      new icu::RuleBasedNumberFormat(rules, icu_locale(locale), status), status);
  check_icu(status, call.name + " formatter");
  // ICU 72's English spellout is American ("one hundred eighteen"); British English, which
  // council reports are written in, says "one hundred and eighteen".
  const icu::Locale icu = icu_locale(locale);
  if (std::strcmp(icu.getLanguage(), "en") == 0 &&
      std::strcmp(icu.getCountry(), "GB") == 0) {
    format->setDefaultRuleSet(u"%spellout-numbering-verbose", status);
    check_icu(status, "spellout formatter");
  }
  return std::make_unique<RuleBasedFilter>(call.name, std::move(format));
}

icu::LocalPointer<icu::RuleBasedNumberFormat> ordinal_format(const Locale& locale) {
  const icu::Locale icu = icu_locale(locale);
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse{};
  icu::LocalPointer<icu::RuleBasedNumberFormat> format(
      locale.language() == "cy"
          ? new icu::RuleBasedNumberFormat(icu::UnicodeString(kWelshOrdinals), icu, parse, status)
          : new icu::RuleBasedNumberFormat(icu::URBNF_ORDINAL, icu, status),
      status);
  check_icu(status, "ordinal formatter");
  return format;
}

}  // namespace docket::format::detail
