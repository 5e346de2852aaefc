#include "data/rules.hpp"

namespace docket::data {

void check_rules(const DataSource& data, Diagnostics& diags) {
  (void)data;
  (void)diags;
}

}  // namespace docket::data
