#include <iostream>

#include "cli/command.hpp"
#include "cli/paths.hpp"
#include "data/validate.hpp"

namespace docket::cli {

namespace {

const char* kind_name(data::DataKind kind) {
  switch (kind) {
    case data::DataKind::report: return "committee report";
    case data::DataKind::agenda: return "agenda";
    case data::DataKind::other: return "data file";
  }
  return "data file";
}

int validate(Invocation& inv) {
  const std::string file = required_path(inv, "data", "DATA.xml");
  data::ValidateOptions options;
  if (inv.args.count("schema")) options.schema = inv.args["schema"].as<std::string>();
  if (inv.args.count("scheme")) options.scheme = inv.args["scheme"].as<std::string>();  // derive
  xml::SchemaCache schemas;
  Diagnostics diags;
  auto result = data::validate_data(file, options, schemas, diags);
  print_diagnostics(diags, inv);
  if (result.data && !result.schema_used && inv.verbose) {
    inv.err << result.data->file()
            << ": the root element is in no namespace, so no schema applies; the data is used as it is\n";
  }
  if (!diags.has_errors() && !inv.json) {
    inv.out << (result.data ? result.data->file() : file) << ": valid "
            << kind_name(result.data ? result.data->kind() : data::DataKind::other);
    if (result.schema_used) inv.out << " (" << result.schema_used->filename().string() << ")";
    if (diags.warning_count() > 0) inv.out << ", " << diags.warning_count() << " warning(s)";
    inv.out << "\n";
  }
  return status_for(diags);
}

}  // namespace

Command validate_command() {
  return {
      .name = "validate",
      .summary = "check a data file against its schema and the committee-paper rules",
      .synopsis = "docket validate DATA.xml [--schema FILE.xsd] [--scheme FILE.xml]",
      .details =
          "The schema is chosen by the root element: <report> or <agenda> in docket's namespace\n"
          "(urn:docket:committee-papers:1). Data in no namespace is accepted as it is.\n"
          "Problems are printed as FILE:LINE:COL: error|warning: message, with a hint.\n\n"
          "Example:\n  docket validate fixtures/reports/s2-cambridgeshire-q4-2022-23.xml\n",
      .options =
          [](po::options_description& opts, po::positional_options_description& pos) {
            opts.add_options()
                ("data", po::value<std::string>(), "the data file (- for standard input)")
                ("schema", po::value<std::string>(), "validate against this XSD instead of the installed one")
                ("scheme", po::value<std::string>(), "read status schemes and risk matrices from this file first (docs/data/status-schemes.md)");
            pos.add("data", 1);
          },
      .handler = validate,
  };
}

}  // namespace docket::cli
