#include <algorithm>
#include <iostream>

#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "data/validate.hpp"
#include "support/error.hpp"

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

int validate_file(const std::string& file, Invocation& inv, xml::SchemaCache& schemas) {
  data::ValidateOptions options;
  if (inv.args.count("schema")) options.schema = inv.args["schema"].as<std::string>();
  if (inv.args.count("scheme")) options.scheme = inv.args["scheme"].as<std::string>();  // derive
  Diagnostics diags;
  auto result = data::validate_data(file, options, schemas, diags);
  print_diagnostics(diags, inv);
  if (result.data && !result.schema_used && inv.verbose) {
    inv.err << result.data->file()
            << ": the root element is in no namespace, so no schema applies; the data is used as it is\n";
  }
  if (!diags.has_errors() && !inv.json && !inv.quiet) {
    inv.out << (result.data ? result.data->file() : file) << ": valid "
            << kind_name(result.data ? result.data->kind() : data::DataKind::other);
    if (result.schema_used) inv.out << " (" << result.schema_used->filename().string() << ")";
    if (diags.warning_count() > 0) inv.out << ", " << diags.warning_count() << " warning(s)";
    inv.out << "\n";
  }
  return status_for(diags);
}

int validate(Invocation& inv) {
  if (!inv.args.count("data")) throw UsageError("missing DATA.xml", "run docket validate --help for the usage");
  const auto files = inv.args["data"].as<std::vector<std::string>>();
  if (std::count(files.begin(), files.end(), "-") > 1) {
    throw UsageError("standard input (-) can be read only once", "name the other data files");
  }
  xml::SchemaCache schemas;  // each schema is compiled once for all the files
  if (files.size() == 1) return validate_file(files.front(), inv, schemas);

  // Several files: each is checked whatever happened to the others; the exit status is the
  // highest any file had (unreadable 3 and refused 4 above errors 1).
  int worst = exit_ok;
  std::size_t failed = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    inv.progress.begin({"validating " + files[i], i, files.size()});
    int status = exit_ok;
    try {
      status = validate_file(files[i], inv, schemas);
    } catch (const Error&) {
      inv.progress.pause();
      status = report_failure(std::current_exception(), inv.json, inv.err);
    }
    failed += status != exit_ok;
    worst = std::max(worst, status);
  }
  inv.progress.pause();
  if (!inv.json && !inv.quiet) {
    inv.out << files.size() << " files: " << files.size() - failed << " valid, " << failed << " not\n";
  }
  return worst;
}

}  // namespace

Command validate_command() {
  return {
      .name = "validate",
      .summary = "check data files against their schema and the committee-paper rules",
      .synopsis = "docket validate DATA.xml... [--schema FILE.xsd] [--scheme FILE.xml]",
      .details =
          "The schema is chosen by the root element: <report> or <agenda> in docket's namespace\n"
          "(urn:docket:committee-papers:1). Data in no namespace is accepted as it is.\n"
          "Problems are printed as FILE:LINE:COL: error|warning: message, with a hint.\n\n"
          "With several files each is checked in turn, and a line at the end counts those that are\n"
          "valid. The exit status is the highest any file had: 1 for errors in the data, 3 for a file\n"
          "that cannot be read, 4 for one refused as unsafe.",
      .examples = {{"docket validate fixtures/reports/s2-cambridgeshire-q4-2022-23.xml", "check one report"},
                   {"docket validate fixtures/reports/*.xml", "check every report in a folder"}},
      .options =
          [](po::options_description& opts, po::positional_options_description& pos) {
            opts.add_options()
                ("data", po::value<std::vector<std::string>>()->value_name("DATA.xml"), "a data file (- for standard input); any number")
                ("schema", po::value<std::string>()->value_name("FILE.xsd"), "validate against this XSD instead of the installed one")
                ("scheme", po::value<std::string>()->value_name("FILE.xml"), "read status schemes and risk matrices from this file first (docs/data/status-schemes.md)");
            pos.add("data", -1);
          },
      .handler = validate,
  };
}

}  // namespace docket::cli
