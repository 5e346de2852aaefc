#pragma once
// docket's command line. Exit statuses: cli/exit_status.hpp (and docs/cli.md).
#include <iosfwd>
#include <string>
#include <vector>

namespace docket::cli {

/// Runs docket with these arguments; returns the exit status. Never throws.
int run(int argc, char** argv);

/// Runs docket with `args` (without the program name), printing to `out` and `err`.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace docket::cli
