#include "cli/exit_status.hpp"

#include <filesystem>
#include <new>
#include <ostream>

#include "support/diagnostic.hpp"
#include "support/error.hpp"

namespace docket::cli {

namespace {

constexpr ExitStatusMeaning kMeanings[] = {
    {exit_ok, "success (warnings allowed)"},
    {exit_input_errors, "the inputs have errors (template, data, agenda); nothing written, or --draft output written"},
    {exit_usage, "the command was used wrongly (unknown option, missing file name)"},
    {exit_io, "a file could not be read or written"},
    {exit_refused, "an input was refused as unsafe or over a limit (zip bomb, entity expansion, path tricks in a "
                   "package, size limits, memory)"},
    {exit_internal, "an internal error: a bug in docket"},
};

int status_of(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::invalid_input: return exit_input_errors;
    case ErrorKind::usage: return exit_usage;
    case ErrorKind::io: return exit_io;
    case ErrorKind::unsafe: return exit_refused;
  }
  return exit_internal;
}

const char* code_of(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::invalid_input: return "input.invalid";
    case ErrorKind::usage: return "usage";
    case ErrorKind::io: return "io";
    case ErrorKind::unsafe: return "input.refused";
  }
  return "error";
}

void print(Diagnostic d, bool json, std::ostream& err) {
  if (json) {
    err << to_json(d) << "\n";
    return;
  }
  // Without a line the message itself names the file where it matters.
  if (d.line == 0) d.file.clear();
  err << to_text(d) << "\n";
}

}  // namespace

std::span<const ExitStatusMeaning> exit_status_meanings() { return kMeanings; }

int report_failure(const std::exception_ptr& failure, bool json, std::ostream& err) {
  try {
    std::rethrow_exception(failure);
  } catch (const Error& e) {
    print({.file = e.file(), .line = e.line(), .message = e.what(), .hint = e.hint(),
           .code = e.code().empty() ? code_of(e.kind()) : e.code()},
          json, err);
    return status_of(e.kind());
  } catch (const std::filesystem::filesystem_error& e) {
    // The library reports most file problems as IoError; these come from std::filesystem
    // calls (a rename, a folder made) and are I/O failures all the same.
    print({.message = e.code().message() + ": " + e.path1().string(), .hint = "check the folder exists and that you may write to it",
           .code = "io"},
          json, err);
    return exit_io;
  } catch (const std::bad_alloc&) {
    print({.message = "out of memory", .hint = "the input may be too large for this machine; try it on its own",
           .code = "input.refused"},
          json, err);
    return exit_refused;
  } catch (const std::exception& e) {
    print({.message = std::string("internal error: ") + e.what(),
           .hint = "this is a bug in docket; please report it with the command and, if you can, the input files",
           .code = "internal"},
          json, err);
    return exit_internal;
  } catch (...) {
    print({.message = "internal error: an unknown exception",
           .hint = "this is a bug in docket; please report it with the command and, if you can, the input files",
           .code = "internal"},
          json, err);
    return exit_internal;
  }
}

}  // namespace docket::cli
