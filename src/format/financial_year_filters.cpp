// fy and fy-quarter: a date's UK local-government financial year, "2023/24", and quarter,
// "Q2 2023/24" (see financial_year.hpp for the rule); in Welsh "Ch2 2023/24" (chwarter).
#include "format/detail/compilers.hpp"
#include "format/detail/values.hpp"
#include "format/financial_year.hpp"

namespace docket::format::detail {

namespace {

class FinancialYearFilter final : public Filter {
 public:
  FinancialYearFilter(std::string name, bool with_quarter, bool welsh)
      : name_(std::move(name)), with_quarter_(with_quarter), welsh_(welsh) {}

  std::string apply(std::string_view value) const override {
    const FinancialQuarter quarter = financial_quarter(require_date_time(value, name_).date);
    if (!with_quarter_) return fy_label(quarter.start_year);
    const std::string label = fy_quarter_label(quarter);
    return welsh_ ? "Ch" + label.substr(1) : label;
  }

 private:
  std::string name_;
  bool with_quarter_;
  bool welsh_;
};

}  // namespace

std::unique_ptr<Filter> compile_financial_year(const FilterCall& call, const Locale& locale) {
  return std::make_unique<FinancialYearFilter>(call.name, call.name == "fy-quarter", locale.language() == "cy");
}

}  // namespace docket::format::detail
