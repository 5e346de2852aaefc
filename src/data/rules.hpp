#pragma once
// The committee-paper rules that XSD 1.0 cannot express (domain notes §6.6), checked on data
// that is already schema-valid. Each rule is an error or a warning with its own code
// ("rule.…"), pointing at the element it is about.
#include "data/data_source.hpp"
#include "support/diagnostic.hpp"

namespace docket::data {

/// Checks every rule that applies to the data's kind (report or agenda).
void check_rules(const DataSource& data, Diagnostics& diags);

}  // namespace docket::data
