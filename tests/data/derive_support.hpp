#pragma once
// Shared by the derivation tests: a report fixture loaded, and a value picked out of data by
// XPath with r: for the data's namespace and d: for docket's derived values.
#include <string>

#include "data/data_source.hpp"

namespace docket::test {

/// fixtures/reports/NAME, loaded (the test fails when it cannot be).
data::DataSource report_fixture(const std::string& name);

/// Data parsed from `text` (named report.xml in messages).
data::DataSource data_from_text(const std::string& text);

/// The string value of `xpath` evaluated at the data's root.
std::string data_value(const data::DataSource& data, const std::string& xpath);

}  // namespace docket::test
