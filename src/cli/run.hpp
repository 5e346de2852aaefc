#pragma once
// docket's command line. Exit statuses (../docs/cli.md):
//   0 success (warnings allowed)      1 the inputs have errors
//   2 usage error                     3 an input could not be read / an output written
//   4 an input was refused as unsafe or over a limit
namespace docket::cli {

/// Runs docket with these arguments; returns the exit status. Never throws.
int run(int argc, char** argv);

}  // namespace docket::cli
