#pragma once
// The first visible sheet of an Excel workbook (.xlsx) as the rows of text an officer sees in
// it, so that it is imported exactly as the same sheet saved as CSV would be: shared and
// inline strings, numbers as Excel shows them in General format (15 significant digits),
// percentages as "85%", dates as 2024-03-31 (both date systems), TRUE/FALSE, error values
// as written. The package is opened by the hardened OOXML readers (zip limits, no DOCTYPE).
#include <string>
#include <string_view>

#include "serve/csv.hpp"

namespace docket::serve::xlsx {

/// True when the bytes start like a zip package (an .xlsx, or another OOXML/ODF file).
bool looks_like_package(std::string_view bytes);

/// Reads the first visible sheet; `display_name` names the file in messages. Throws
/// InvalidInput when the package is not a workbook docket can read, UnsafeInput when it is
/// refused by the package limits or the sheet is larger than an import takes.
csv::Table read_table(std::string bytes, const std::string& display_name);

/// A stored number as Excel's General format shows it, with the decimal point moved
/// `shift` places to the right (2 for a percentage): "0.934" → "93.4", "1E-3" → "0.001".
std::string general_number(std::string_view stored, int shift = 0);

/// An Excel date serial as an xs:date ("45382" → "2024-03-31"); "" when out of range.
std::string serial_date(std::string_view stored, bool date1904);

}  // namespace docket::serve::xlsx
