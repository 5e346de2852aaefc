#pragma once
// The help docket prints: the overview (`docket --help`) and a command's (`docket NAME
// --help`), from the command table; and the environment variables docket reads.
#include <iosfwd>
#include <span>

#include "cli/command.hpp"

namespace docket::cli {

struct EnvironmentVariable {
  const char* name;
  const char* meaning;
};

/// The environment variables docket reads, with what each does.
std::span<const EnvironmentVariable> environment_variables();

/// A command's own options (with its positional arguments in `pos`).
po::options_description own_options(const Command& c, po::positional_options_description& pos);

/// The options every command takes.
po::options_description common_options();

/// `docket --help`: the commands, the common options, the environment and the exit statuses.
void print_overview(std::ostream& out);

/// `docket NAME --help`: usage, options, details and examples.
void print_command_help(const Command& c, std::ostream& out);

}  // namespace docket::cli
