#pragma once
// The subcommand table: each subcommand is one entry {name, summary, synopsis, details,
// examples, options, handler} in one file, registered by one line in commands.cpp. The same
// table prints `--help`, writes the man pages and the bash completion, so none can drift.
#include <boost/program_options.hpp>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "cli/progress_display.hpp"
#include "support/diagnostic.hpp"

namespace docket::cli {

namespace po = boost::program_options;

/// What every subcommand gets: parsed options, where to print, and the progress display.
struct Invocation {
  po::variables_map args;
  std::ostream& out;
  std::ostream& err;
  ProgressDisplay& progress;  // steps of long work, on standard error (progress_display.hpp)
  bool json = false;
  bool verbose = false;
  bool quiet = false;
};

struct Example {
  std::string command;  // e.g. "docket validate fixtures/reports/s2.xml"
  std::string what;     // what it does, one line
};

struct Command {
  std::string name;
  std::string summary;   // one line for `docket --help` and the man page's NAME
  std::string synopsis;  // usage line(s), each starting "docket NAME"
  std::string details;   // paragraphs (blank-line separated) for --help and the man page
  std::vector<Example> examples;
  std::function<void(po::options_description&, po::positional_options_description&)> options;
  std::function<int(Invocation&)> handler;
};

/// The subcommands that exist, in the order `docket --help` lists them.
const std::vector<Command>& commands();

/// The options every subcommand takes (--help, --json, --verbose, --quiet, --data-dir).
void add_common_options(po::options_description& opts);

/// Prints diagnostics as text (one per line, with hints) or JSON lines, and a summary line
/// when there is more than one.
void print_diagnostics(const Diagnostics& diags, Invocation& inv);

/// Prints a line saying what was done ("wrote pack.docx"), unless --quiet or --json.
void report_done(const std::string& line, Invocation& inv);

/// Exit status for diagnostics: 1 if any error, else 0.
int status_for(const Diagnostics& diags);

/// Converts a written document to PDF with LibreOffice (--soffice, pdf_output.cpp).
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
