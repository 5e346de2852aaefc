#pragma once
// Importing rows of a spreadsheet as repeated elements of a data file — a report's KPIs
// from a performance system's export. Which columns can be filled comes from the schema
// (every value and attribute of a <kpi>, one level down), so the import follows the schema
// as the form does. Each cell is converted by its field's type; a cell that cannot be is
// reported by row and column, and its row is not imported. The rows are added through the
// same form engine as typed edits, and their derived status, direction of travel and rule
// are read from docket's own derivation (data::derive), exactly as render computes them.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "serve/csv.hpp"
#include "serve/form_schema.hpp"

namespace docket::serve {

struct ImportField {
  std::string path;   // under the row element: "name[1]", "target[1]/@value", "@id", "commentary[1]/#text1"
  std::string label;  // "Target › Value"
  form::ValueType type;
  std::vector<std::string> names;  // headings that mean this field, normalised
};

/// The fields a row of `decl` (e.g. kpi) can take from a column.
std::vector<ImportField> importable_fields(const form::ElementDecl& decl);

/// Lower-case letters and digits only: "Target (Q4)" → "targetq4".
std::string normalise_heading(std::string_view heading);

/// The field each column most likely fills ("" for none), from its heading.
std::vector<std::string> guess_mapping(const std::vector<ImportField>& fields, const std::vector<std::string>& headings);

struct CellProblem {
  std::size_t row = 0;     // as the spreadsheet numbers it (1 = first line)
  std::size_t column = 0;  // 1-based
  std::string heading;
  std::string message;     // "‘12,3x’ is not a number"
};

struct ImportedRow {
  std::size_t row = 0;
  std::vector<std::pair<std::string, std::string>> values;  // label → value, in field order
  std::vector<CellProblem> problems;
  bool skipped = false;
  std::string status, direction, rule;  // derived, when imported
};

struct ImportRequest {
  const form::FormSchema* schema = nullptr;
  std::string report_text;
  std::string report_name;                        // for messages
  std::string container = "kpis";                 // the repeated set's element
  std::string row = "kpi";                        // the row element
  std::size_t target = 0;                         // which container (1-based); 0: a new one
  bool has_headings = true;
  std::vector<std::string> mapping;               // field path per column
  std::set<std::size_t> skip;                     // spreadsheet row numbers not to import
  std::optional<std::filesystem::path> scheme_file;
};

struct ImportResult {
  std::vector<ImportedRow> rows;
  std::size_t imported = 0;
  std::size_t bad = 0;        // rows with problems, not skipped
  std::string text;           // the report with the rows added
};

ImportResult import_rows(const csv::Table& table, const ImportRequest& request);

}  // namespace docket::serve
