#include "derive_support.hpp"

#include <catch2/catch.hpp>

#include "data/derive.hpp"
#include "test_support.hpp"
#include "xml/document.hpp"
#include "xml/xpath.hpp"

namespace docket::test {

data::DataSource report_fixture(const std::string& name) {
  Diagnostics diags;
  auto data = data::load_data(source_path("fixtures/reports/" + name), diags);
  REQUIRE(data.has_value());
  return std::move(*data);
}

data::DataSource data_from_text(const std::string& text) {
  Diagnostics diags;
  auto doc = xml::parse(text, "report.xml", diags);
  REQUIRE(doc.has_value());
  return data::DataSource("report.xml", text, std::move(*doc));
}

std::string data_value(const data::DataSource& data, const std::string& xpath) {
  xml::XPathContext ctx(data.document().get());
  ctx.register_namespace("r", std::string(data::kNamespace));
  ctx.register_namespace("d", std::string(data::kDerivedNamespace));
  std::string error;
  auto expr = xml::compile(ctx, "string(" + xpath + ")", error);
  INFO(error);
  REQUIRE(expr);
  auto result = xml::evaluate(ctx, expr.get(), data.root(), error);
  INFO(error);
  REQUIRE(result);
  return xml::string_value(result.get());
}

}  // namespace docket::test
