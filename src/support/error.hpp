#pragma once
// The error hierarchy: thrown only for failures that end an operation (I/O, refused input,
// limits). Problems in templates and data are collected as Diagnostics instead.
// Only cli/ maps an ErrorKind to an exit status.
#include <stdexcept>
#include <string>

namespace docket {

enum class ErrorKind {
  invalid_input,  // the inputs have errors (template, data, agenda)
  usage,          // wrong command-line use
  io,             // an input could not be read or an output could not be written
  unsafe,         // an input was refused as unsafe or over a limit
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message, std::string hint = {}, std::string file = {})
      : std::runtime_error(std::move(message)), kind_(kind), hint_(std::move(hint)),
        file_(std::move(file)) {}
  ErrorKind kind() const noexcept { return kind_; }
  /// What the user can do about it; may be empty.
  const std::string& hint() const noexcept { return hint_; }
  /// The file the error is about; may be empty.
  const std::string& file() const noexcept { return file_; }
  /// The line in that file, when the error is about one place (0 otherwise). When set, the
  /// message does not repeat the file name: it is printed as FILE:LINE: error: message.
  long line() const noexcept { return line_; }
  /// A stable diagnostic code (e.g. "xml.doctype-refused"); may be empty.
  const std::string& code() const noexcept { return code_; }
  Error& at(long line, std::string code) {
    line_ = line;
    code_ = std::move(code);
    return *this;
  }

 private:
  ErrorKind kind_;
  std::string hint_;
  std::string file_;
  long line_ = 0;
  std::string code_;
};

struct IoError : Error {
  IoError(std::string message, std::string hint = {}, std::string file = {})
      : Error(ErrorKind::io, std::move(message), std::move(hint), std::move(file)) {}
};
struct UnsafeInput : Error {
  UnsafeInput(std::string message, std::string hint = {}, std::string file = {})
      : Error(ErrorKind::unsafe, std::move(message), std::move(hint), std::move(file)) {}
};
struct InvalidInput : Error {
  InvalidInput(std::string message, std::string hint = {}, std::string file = {})
      : Error(ErrorKind::invalid_input, std::move(message), std::move(hint), std::move(file)) {}
};
struct UsageError : Error {
  UsageError(std::string message, std::string hint = {})
      : Error(ErrorKind::usage, std::move(message), std::move(hint)) {}
};

}  // namespace docket
