#pragma once
// Text that looks like English but is not: a word in Cyrillic or Greek letters that reads as
// a Latin word (the Cambridgeshire sample's "То:" is Cyrillic Т and о), or a word mixing
// scripts ("Strаtegy" with a Cyrillic а). Such text breaks search, sorting and screen
// readers, so `validate` warns about it (ICU's spoof checker gives the look-alike).
#include "data/data_source.hpp"
#include "support/diagnostic.hpp"

namespace docket::data {

/// Adds a warning for every confusable word in the data's text and attribute values.
void check_confusables(const DataSource& data, Diagnostics& diags);

}  // namespace docket::data
