#pragma once
// The subcommand table: each subcommand is one entry {name, summary, synopsis, options,
// handler} in one file. run() dispatches, prints help and maps errors to exit statuses.
#include <boost/program_options.hpp>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "support/diagnostic.hpp"

namespace docket::cli {

namespace po = boost::program_options;

/// What every subcommand gets: parsed options, and where to print.
struct Invocation {
  po::variables_map args;
  std::ostream& out;
  std::ostream& err;
  bool json = false;
  bool verbose = false;
};

struct Command {
  std::string name;
  std::string summary;   // one line for `docket --help`
  std::string synopsis;  // usage line(s)
  std::string details;   // paragraphs for `docket NAME --help`, with an example
  std::function<void(po::options_description&, po::positional_options_description&)> options;
  std::function<int(Invocation&)> handler;
};

/// The subcommands that exist, in the order `docket --help` lists them.
const std::vector<Command>& commands();

/// Prints diagnostics as text (one per line, with hints) or JSON lines, and a summary line
/// when there is more than one.
void print_diagnostics(const Diagnostics& diags, Invocation& inv);

/// Exit status for diagnostics: 1 if any error, else 0.
int status_for(const Diagnostics& diags);

/// Converts a written document to PDF with LibreOffice (pdf_output.cpp).
void convert_to_pdf(const std::string& docx, const std::string& pdf, Invocation& inv);

// Subcommand definitions, one per file.
Command render_command();
Command check_command();
Command pack_command();
Command validate_command();
Command inspect_command();
Command serve_command();
Command users_command();

}  // namespace docket::cli
