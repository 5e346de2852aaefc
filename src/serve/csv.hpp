#pragma once
// Spreadsheet exports as performance systems and Excel write them: UTF-8 with or without a
// byte-order mark, or Windows-1252; commas, semicolons or tabs (cells pasted from Excel);
// quoted fields with "" for a quote and line breaks inside. And the cell values officers
// type: 1,234.5 and 1.234,5, 85%, £1,200, 31/03/2024.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docket::serve::csv {

struct Table {
  std::vector<std::vector<std::string>> rows;  // UTF-8 cells, trimmed
  char delimiter = ',';
  std::string encoding;  // "UTF-8", "UTF-8 with BOM", "Windows-1252", "an Excel workbook"
  std::string sheet;     // the workbook's sheet the rows come from; "" for CSV
};

/// Decodes and splits a CSV or tab-separated text. Blank lines are dropped.
Table read_table(std::string_view bytes);

/// Without spaces, tabs, line breaks and non-breaking spaces at either end, as cells are read.
std::string trimmed(std::string_view cell);

/// Windows-1252 bytes as UTF-8.
std::string windows_1252_to_utf8(std::string_view bytes);
bool valid_utf8(std::string_view bytes);

/// A number as xs:decimal writes it ("1234.5"); nullopt with `why` when it is not one.
/// Thousands separators, a currency sign and a % sign are dropped; with `decimal_comma`
/// a lone comma is the decimal point (semicolon-separated files from Europe).
std::optional<std::string> number(std::string_view cell, bool decimal_comma, std::string& why);
/// A date as xs:date writes it from 31/03/2024, 31-03-2024, 31.03.2024 or 2024-03-31.
std::optional<std::string> date(std::string_view cell, std::string& why);

}  // namespace docket::serve::csv
