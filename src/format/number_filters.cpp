// number, integer, percent and currency. Values are formatted from their decimal text
// (formatDecimal), never through a double: 2.445 rounds to 2.45, and a twenty-digit amount
// keeps every digit.
#include <unicode/currunit.h>
#include <unicode/decimfmt.h>
#include <unicode/localpointer.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/ucurr.h>

#include <optional>
#include <utility>

#include "format/detail/compilers.hpp"
#include "format/detail/icu_text.hpp"
#include "format/detail/values.hpp"

namespace docket::format::detail {

namespace {

using icu::number::LocalizedNumberFormatter;
using icu::number::NumberFormatter;
using icu::number::Precision;
using DecimalFormatPtr = icu::LocalPointer<icu::DecimalFormat>;

// Half-up, as people round by hand (ICU's default, half-even, prints 0.5 as 0); and a small
// negative value that rounds to zero prints "0", not ICU's "-0".
LocalizedNumberFormatter house_rules(const LocalizedNumberFormatter& format) {
  return format.roundingMode(UNUM_ROUND_HALFUP).sign(UNUM_SIGN_NEGATIVE);
}

class NumberFilter final : public Filter {
 public:
  NumberFilter(std::string name, LocalizedNumberFormatter format,
               std::optional<LocalizedNumberFormatter> whole_format = std::nullopt,
               DecimalFormatPtr pattern = DecimalFormatPtr())
      : pattern_(std::move(pattern)), name_(std::move(name)), format_(std::move(format)),
        whole_format_(std::move(whole_format)) {}

  std::string apply(std::string_view value) const override {
    const std::string decimal = require_decimal(value, name_);
    const LocalizedNumberFormatter& format =
        whole_format_ && is_whole(decimal) ? *whole_format_ : format_;
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString out = format.formatDecimal(decimal, status).toString(status);
    check_icu(status, name_ + " formatter");
    return to_utf8(out);
  }

 private:
  // Declared first so it outlives format_: a formatter taken from a DecimalFormat borrows
  // the DecimalFormat's affixes (ICU 72 number_mapper), it does not copy them.
  DecimalFormatPtr pattern_;
  std::string name_;
  LocalizedNumberFormatter format_;
  std::optional<LocalizedNumberFormatter> whole_format_;  // currency: whole amounts, no pence
};

std::unique_ptr<Filter> pattern_filter(const std::string& name, std::string_view pattern,
                                       const Locale& locale) {
  const std::string problem = "'" + std::string(pattern) + "' is not a number pattern";
  const std::optional<std::string> unquoted = unquoted_chars(pattern);
  if (!unquoted) {
    throw FilterError(problem, "a quote is not closed; put literal text in single quotes");
  }
  // A '%' in an ICU pattern multiplies by 100, but KPI data is already in percent.
  for (const std::string_view sign : {"%", "\u2030", "\u00A4"}) {
    if (unquoted->find(sign) != std::string::npos) {
      throw FilterError(problem, "use percent N for percentages and currency CODE for money");
    }
  }
  const char* digits_hint = "0 is a digit, # an optional digit, ',' groups thousands and '.' "
                            "is the decimal point, e.g. number \"#,##0.0\"";
  if (unquoted->find_first_of("0#@") == std::string::npos) throw FilterError(problem, digits_hint);
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalPointer<icu::DecimalFormatSymbols> symbols(
      new icu::DecimalFormatSymbols(icu_locale(locale), status), status);
  check_icu(status, "number symbols");
  DecimalFormatPtr format(
      new icu::DecimalFormat(to_unicode(pattern), symbols.orphan(), status), status);
  if (U_FAILURE(status)) throw FilterError(problem, digits_hint);
  const LocalizedNumberFormatter* from_pattern = format->toNumberFormatter(status);
  check_icu(status, "number formatter");
  LocalizedNumberFormatter rounded = house_rules(*from_pattern);
  return std::make_unique<NumberFilter>(name, std::move(rounded), std::nullopt,
                                        std::move(format));
}

}  // namespace

std::unique_ptr<Filter> compile_number(const FilterCall& call, const Locale& locale) {
  return pattern_filter(call.name, call.args[0], locale);
}

std::unique_ptr<Filter> compile_integer(const FilterCall& call, const Locale& locale) {
  return pattern_filter(call.name, "#,##0", locale);
}

// KPI data stores 83.3 meaning 83.3%, so the value is given to ICU's percent unit as it is;
// ICU's percent style would multiply it by 100.
std::unique_ptr<Filter> compile_percent(const FilterCall& call, const Locale& locale) {
  const std::optional<int> decimals = parse_decimals_argument(call.args[0]);
  if (!decimals) throw_bad_arguments(call);
  return std::make_unique<NumberFilter>(
      call.name, house_rules(NumberFormatter::withLocale(icu_locale(locale))
                                 .unit(icu::MeasureUnit::getPercent())
                                 .precision(Precision::fixedFraction(*decimals))));
}

std::unique_ptr<Filter> compile_currency(const FilterCall& call, const Locale& locale) {
  const std::string& code = call.args[0];
  char16_t iso[4] = {};
  bool letters = code.size() == 3;
  for (std::size_t i = 0; letters && i < 3; ++i) {
    const char c = code[i] >= 'a' && code[i] <= 'z' ? char(code[i] - 'a' + 'A') : code[i];
    letters = c >= 'A' && c <= 'Z';
    iso[i] = static_cast<char16_t>(c);
  }
  UErrorCode status = U_ZERO_ERROR;
  // CurrencyUnit accepts any three letters; only ISO 4217 codes have a symbol and digits.
  if (!letters || !ucurr_isAvailable(iso, U_DATE_MIN, U_DATE_MAX, &status)) {
    throw FilterError("'" + code + "' is not a currency code",
                      "use an ISO 4217 code such as GBP or EUR, e.g. currency GBP");
  }
  std::optional<int> decimals;
  if (call.args.size() == 2 && !(decimals = parse_decimals_argument(call.args[1]))) {
    throw_bad_arguments(call);
  }
  const icu::CurrencyUnit unit(iso, status);
  check_icu(status, "currency formatter");
  const LocalizedNumberFormatter money =
      house_rules(NumberFormatter::withLocale(icu_locale(locale)).unit(unit));
  if (decimals) {
    return std::make_unique<NumberFilter>(call.name,
                                          money.precision(Precision::fixedFraction(*decimals)));
  }
  // Budgets are written "£1,250,000"; pence appear only when the amount has them.
  return std::make_unique<NumberFilter>(call.name,
                                        money.precision(Precision::currency(UCURR_USAGE_STANDARD)),
                                        money.precision(Precision::integer()));
}

}  // namespace docket::format::detail
