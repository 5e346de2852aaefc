// fy and fy-quarter: a date's UK local-government financial year, "2023/24", and quarter,
// "Q2 2023/24" (see financial_year.hpp for the rule).
#include "format/detail/compilers.hpp"
#include "format/detail/values.hpp"
#include "format/financial_year.hpp"

namespace docket::format::detail {

namespace {

class FinancialYearFilter final : public Filter {
 public:
  FinancialYearFilter(std::string name, bool with_quarter)
      : name_(std::move(name)), with_quarter_(with_quarter) {}

  std::string apply(std::string_view value) const override {
    const FinancialQuarter quarter = financial_quarter(require_date_time(value, name_).date);
    return with_quarter_ ? fy_quarter_label(quarter) : fy_label(quarter.start_year);
  }

 private:
  std::string name_;
  bool with_quarter_;
};

}  // namespace

std::unique_ptr<Filter> compile_financial_year(const FilterCall& call, const Locale&) {
  return std::make_unique<FinancialYearFilter>(call.name, call.name == "fy-quarter");
}

}  // namespace docket::format::detail
