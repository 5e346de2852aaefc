// fy and fy-quarter: a date's UK local-government financial year, "2023/24", and quarter,
// "Q2 2023/24", in the locale's words (see financial_year.hpp for the rule and the wording);
// the argument "long" gives the heading forms, "Quarter 2 2023/24".
#include "format/detail/compilers.hpp"
#include "format/detail/values.hpp"
#include "format/financial_year.hpp"

namespace docket::format::detail {

namespace {

class FinancialYearFilter final : public Filter {
 public:
  FinancialYearFilter(std::string name, bool with_quarter, const Locale& locale, LabelLength length)
      : name_(std::move(name)), with_quarter_(with_quarter), locale_(locale), length_(length) {}

  std::string apply(std::string_view value) const override {
    const FinancialQuarter quarter = financial_quarter(require_date_time(value, name_).date);
    return with_quarter_ ? fy_quarter_label(quarter, locale_, length_) : fy_label(quarter.start_year, locale_, length_);
  }

 private:
  std::string name_;
  bool with_quarter_;
  Locale locale_;
  LabelLength length_;
};

}  // namespace

std::unique_ptr<Filter> compile_financial_year(const FilterCall& call, const Locale& locale) {
  if (!call.args.empty() && call.args[0] != "long") throw_bad_arguments(call);
  const LabelLength length = call.args.empty() ? LabelLength::short_label : LabelLength::long_label;
  return std::make_unique<FinancialYearFilter>(call.name, call.name == "fy-quarter", locale, length);
}

}  // namespace docket::format::detail
