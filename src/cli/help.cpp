#include "cli/help.hpp"

#include <ostream>

#include "cli/exit_status.hpp"
#include "support/files.hpp"

namespace docket::cli {

namespace {

constexpr EnvironmentVariable kEnvironment[] = {
    {"DOCKET_DATA_DIR", "the folder holding docket's schemas/ and templates/ (as --data-dir); by default "
                        "PREFIX/share/docket beside the installed program"},
    {"DOCKET_HOUSE_TEMPLATE", "the council's own report template, used when render or an agenda names none; by "
                              "default the shipped templates/committee-report.docx"},
    {"DOCKET_SOFFICE", "LibreOffice's soffice program for PDF output (as --soffice); by default soffice or "
                       "libreoffice on PATH"},
};

void pad_to(std::ostream& out, std::size_t used, std::size_t column) {
  out << std::string(used < column ? column - used : 1, ' ');
}

void print_exit_statuses(std::ostream& out) {
  out << "Exit status:\n";
  for (const auto& e : exit_status_meanings()) out << "  " << e.status << "  " << e.meaning << "\n";
}

}  // namespace

std::span<const EnvironmentVariable> environment_variables() { return kEnvironment; }

po::options_description own_options(const Command& c, po::positional_options_description& pos) {
  po::options_description opts("Options");
  c.options(opts, pos);
  return opts;
}

po::options_description common_options() {
  po::options_description opts("Options for every command");
  add_common_options(opts);
  return opts;
}

void add_common_options(po::options_description& opts) {
  opts.add_options()
      ("help,h", "show this help and stop (also: docket help COMMAND)")
      ("json", "print problems as JSON lines, one object each, for tools")
      ("verbose,v", "say what each step does and how long it took")
      ("quiet,q", "print only problems: no progress, no \"wrote …\" lines")
      ("data-dir", po::value<std::string>()->value_name("DIR"),
       "find docket's schemas/ and templates/ in DIR (as DOCKET_DATA_DIR)");
}

void print_overview(std::ostream& out) {
  out << "docket " << version() << " \u2014 committee reports and agenda packs from Word templates\n\n"
      << "Usage: docket COMMAND [OPTIONS]\n\nCommands:\n";
  for (const auto& c : commands()) {
    out << "  " << c.name;
    pad_to(out, c.name.size(), 10);
    out << c.summary << "\n";
  }
  out << "\nRun `docket help COMMAND` or `docket COMMAND --help` for a command's options;\n"
      << "`man docket` for the manual.\n\n"
      << common_options() << "  -V [ --version ]       print docket's version and stop\n\n"
      << "Environment:\n";
  for (const auto& e : environment_variables()) out << "  " << e.name << "\n      " << e.meaning << "\n";
  out << "\n";
  print_exit_statuses(out);
}

void print_command_help(const Command& c, std::ostream& out) {
  po::positional_options_description pos;
  out << "Usage: " << c.synopsis << "\n\n" << c.summary << "\n\n" << own_options(c, pos) << "\n" << common_options();
  if (!c.details.empty()) out << "\n" << c.details << "\n";
  if (!c.examples.empty()) {
    out << "\nExamples:\n";
    for (const auto& e : c.examples) out << "  " << e.command << "\n      " << e.what << "\n";
  }
}

}  // namespace docket::cli
