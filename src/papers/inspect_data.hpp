#pragma once
/// `docket inspect --data DATA.xml`: the data as a template sees it, so that a template
/// author can tell what there is to select: validated, with the derived values added
/// (d:status, d:summary, d:score … in urn:docket:derived:1), the root's namespace kept as
/// written, and the whole re-indented where elements hold only elements.
///
/// Example:
///   xml::SchemaCache schemas;
///   Diagnostics diags;
///   auto seen = papers::inspect_data("fixtures/reports/s2-cambridgeshire-q4-2022-23.xml", {}, schemas, diags);
///   std::cout << seen.xml;   // <report xmlns="urn:docket:committee-papers:1" xmlns:d="urn:docket:derived:1" …
#include <filesystem>
#include <string>

#include "data/validate.hpp"
#include "support/diagnostic.hpp"
#include "xml/schema.hpp"

namespace docket::papers {

struct DataInspection {
  std::string file;     // as the user named it ("<stdin>" for "-")
  std::string schema;   // the schema file used; "" when none applied
  bool derived = false; // the derived values were added (valid report data)
  std::string xml;      // the document as a template sees it; "" when validation failed
};

/// Loads, validates and enriches a data file. Problems go to `diags`. When validation finds
/// an error nothing is derived and the XML is left empty (derive() needs valid data); errors
/// derive() itself reports (a status scheme that cannot be found) leave the XML in place.
/// Throws IoError / UnsafeInput for unreadable or refused files.
DataInspection inspect_data(const std::filesystem::path& path, const data::ValidateOptions& options,
                            xml::SchemaCache& schemas, Diagnostics& diags);

/// Throws UsageError suggesting `docket inspect --data` when `path` holds XML data rather than
/// a Word package (someone typed `docket inspect report.xml`); does nothing otherwise, and
/// nothing when the file cannot be read (opening it as a package reports that).
void refuse_data_as_document(const std::filesystem::path& path);

/// One JSON object (with a trailing newline): file, schema, derived, valid, the diagnostics
/// and the XML.
std::string to_json(const DataInspection& inspection, const Diagnostics& diags);

}  // namespace docket::papers
