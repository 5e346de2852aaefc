#pragma once
// Cross-checks of what an author typed against what docket derives (domain notes §6.6): a
// KPI's statedStatus and a risk's stated score and band. The data itself is not changed.
#include "data/data_source.hpp"
#include "data/status_scheme.hpp"
#include "support/diagnostic.hpp"

namespace docket::data {

/// Checks schema-valid report data: a statedStatus that differs from the derived status is
/// a warning (rule.kpi-stated-status) naming both and the rule that fired; a stated
/// overallScore or band that differs from likelihood × impact on the matrix is a warning
/// (rule.risk-stated-score) naming both. A scheme or matrix no file provides is an error
/// (rule.scheme-unknown) listing those that exist; a bad scheme file is an error at its own
/// lines. Risks scored off the matrix's scale are left to the rules (check_rules).
void check_stated_values(const DataSource& data, const SchemeLibrary& schemes, Diagnostics& diags);

}  // namespace docket::data
