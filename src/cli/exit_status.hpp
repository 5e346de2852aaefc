#pragma once
// docket's exit statuses, in one table that --help, the man pages and docs/cli.md (checked by
// a test) print; and the map from what went wrong to a status.
#include <exception>
#include <iosfwd>
#include <span>

namespace docket::cli {

enum ExitStatus : int {
  exit_ok = 0,            // success (warnings allowed)
  exit_input_errors = 1,  // the inputs have errors
  exit_usage = 2,         // the command line is wrong
  exit_io = 3,            // a file could not be read or written
  exit_refused = 4,       // an input was refused as unsafe or over a limit
  exit_internal = 5,      // a bug in docket
};

struct ExitStatusMeaning {
  int status;
  const char* meaning;
};

/// Every exit status with its meaning, in order.
std::span<const ExitStatusMeaning> exit_status_meanings();

/// Reports the exception `failure` (thrown out of a command) on `err` — as a JSON line when
/// `json` — and returns its exit status: docket::Error by its kind, file-system errors as
/// exit_io, running out of memory as exit_refused, anything else as exit_internal.
int report_failure(const std::exception_ptr& failure, bool json, std::ostream& err);

}  // namespace docket::cli
