#include "template/functions.hpp"

#include <memory>
#include <string>

#include "data/decimal.hpp"
#include "format/financial_year.hpp"

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
  auto date = format::parse_iso_date(pop_string(ctxt));
  std::string out;
  if (date) {
    auto q = format::financial_quarter(*date);
    out = Quarter ? format::fy_quarter_label(q) : format::fy_label(q.start_year);
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

}  // namespace

void register_functions(xml::XPathContext& ctx) {
  ctx.register_function("fy-quarter", "", financial_year<true>);
  ctx.register_function("fy", "", financial_year<false>);
  ctx.register_function("rag-status", "", rag_status);
}

}  // namespace docket::tmpl
