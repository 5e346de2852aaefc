#include "template/functions.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>
#include <string>

#include "data/decimal.hpp"
#include "format/financial_year.hpp"
#include "format/filter.hpp"

namespace docket::tmpl {

namespace {

struct XmlFree {
  void operator()(xmlChar* p) const noexcept { xmlFree(p); }
};

std::string pop_string(xmlXPathParserContext* ctxt) {
  std::unique_ptr<xmlChar, XmlFree> s(xmlXPathPopString(ctxt));
  return s ? reinterpret_cast<const char*>(s.get()) : "";
}

template <bool Quarter>
void financial_year(xmlXPathParserContext* ctxt, int nargs) {
  if (nargs != 1) {
    xmlXPathSetArityError(ctxt);
    return;
  }
  const std::string text = pop_string(ctxt);
  auto date = format::parse_iso_date(text);
  if (!date && text.find_first_not_of(" \t\r\n") != std::string::npos) {
    xml::XPathContext::fail(ctxt, std::string(Quarter ? "fy-quarter" : "fy") + "(): \u201C" + text +
                                      "\u201D is not a date (write dates as 2023-12-07)");
    return;
  }
  std::string out;
  if (date) {
    auto q = format::financial_quarter(*date);
    const auto* env = static_cast<const FunctionEnv*>(xml::XPathContext::function_data(ctxt));
    if (!Quarter) out = format::fy_label(q.start_year);
    else out = env && env->locale ? format::fy_quarter_label(q, *env->locale) : format::fy_quarter_label(q, format::Locale());
  }
  valuePush(ctxt, xmlXPathNewString(BAD_CAST out.c_str()));
}

// rag-status(actual, target, polarity, tolerance): the gap g = p × (actual − target), with
// p = +1 when higher is better; Green when g ≥ 0, Amber when g ≥ −tolerance, else Red. Exact
// decimal arithmetic, as for derived statuses. Unreadable numbers give "".
void rag_status(xmlXPathParserContext* ctxt, int nargs) {
  if (nargs != 4) {
    xmlXPathSetArityError(ctxt);
    return;
  }
  const std::string tolerance = pop_string(ctxt);
  const std::string polarity = pop_string(ctxt);
  const std::string target = pop_string(ctxt);
  const std::string actual = pop_string(ctxt);
  auto a = data::Decimal::parse(actual);
  auto t = data::Decimal::parse(target);
  auto tol = data::Decimal::parse(tolerance);
  const bool lower = polarity.rfind("lower", 0) == 0;
  const bool higher = polarity.rfind("higher", 0) == 0;
  std::string out;
  if (a && t && tol && (lower || higher)) {
    data::Decimal gap = lower ? *t - *a : *a - *t;
    if (gap >= data::Decimal()) out = "Green";
    else if (gap >= -tol->abs()) out = "Amber";
    else out = "Red";
  }
  valuePush(ctxt, xmlXPathNewString(BAD_CAST out.c_str()));
}

// The numbers in a function's arguments, node-sets expanded, blank values left out (as a
// spreadsheet's MAX leaves out empty cells); text that is not a number is NaN.
std::vector<double> numbers(xmlXPathParserContext* ctxt, int nargs) {
  std::vector<double> out;
  for (int i = 0; i < nargs; ++i) {
    xml::XPathObjectPtr arg(valuePop(ctxt));
    if (!arg) break;
    if (arg->type == XPATH_NODESET || arg->type == XPATH_XSLT_TREE) {
      for (int k = 0; arg->nodesetval && k < arg->nodesetval->nodeNr; ++k) {
        const std::string text = xml::string_value(arg->nodesetval->nodeTab[k]);
        if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
        out.push_back(xmlXPathCastStringToNumber(BAD_CAST text.c_str()));
      }
    } else {
      out.push_back(xmlXPathCastToNumber(arg.get()));
    }
  }
  return out;
}

// max(…), min(…), avg(…) over numbers and node-sets: nothing to aggregate selects nothing
// (an empty node-set), so `?` and `default` work as for a path.
template <int Kind>  // 0 max, 1 min, 2 avg
void aggregate(xmlXPathParserContext* ctxt, int nargs) {
  if (nargs < 1) {
    xmlXPathSetArityError(ctxt);
    return;
  }
  const std::vector<double> values = numbers(ctxt, nargs);
  if (values.empty()) {
    valuePush(ctxt, xmlXPathNewNodeSet(nullptr));
    return;
  }
  double result = Kind == 2 ? 0 : values.front();
  for (double v : values) {
    if (std::isnan(v)) result = v;
    else if (std::isnan(result)) continue;
    else if (Kind == 0) result = std::max(result, v);
    else if (Kind == 1) result = std::min(result, v);
    else result += v;
  }
  if (Kind == 2) result /= static_cast<double>(values.size());
  valuePush(ctxt, xmlXPathNewFloat(result));
}

}  // namespace

bool is_function_error(std::string_view error) {
  const auto mark = error.find("(): ");
  return mark != std::string_view::npos && mark > 0 && error.find(' ') > mark;
}

void register_functions(xml::XPathContext& ctx, const FunctionEnv* env) {
  ctx.set_function_data(const_cast<FunctionEnv*>(env));
  register_date_functions(ctx);
  ctx.register_function("max", "", aggregate<0>);
  ctx.register_function("min", "", aggregate<1>);
  ctx.register_function("avg", "", aggregate<2>);
  ctx.register_function("fy-quarter", "", financial_year<true>);
  ctx.register_function("fy", "", financial_year<false>);
  ctx.register_function("rag-status", "", rag_status);
}

}  // namespace docket::tmpl
