#include "template/functions.hpp"

#include <memory>
#include <string>

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

}  // namespace

void register_functions(xml::XPathContext& ctx) {
  ctx.register_function("fy-quarter", "", financial_year<true>);
  ctx.register_function("fy", "", financial_year<false>);
}

}  // namespace docket::tmpl
