#pragma once
// One Diagnostic type for every problem docket reports: data and schema errors carry a line
// and column, template errors a part and a paragraph. Low layers fill what they know; the
// layer that knows more (file name, paragraph text) adds it.
#include <cstddef>
#include <string>
#include <vector>

namespace docket {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;     // the input file as the user named it
  std::string part;     // package part, e.g. word/document.xml (templates only)
  long line = 0;        // 1-based; 0 = unknown
  long column = 0;      // 1-based; 0 = unknown
  long paragraph = 0;   // 1-based paragraph number in the part (templates only)
  std::string excerpt;  // the paragraph's text around the problem (templates only)
  std::string message;  // what is wrong, in the user's words
  std::string hint;     // what to do about it; may be empty
  std::string code;     // stable identifier, e.g. "data.unknown-element"
  std::string node;     // data files: the node at fault, e.g. /report[1]/meta[1]/title[1]
                        // (xml::node_path), so that an editor can show it beside its field
};

/// Formats as `FILE:LINE:COL: error: message` (or the template form
/// `FILE: PART: paragraph N “text…”: message`), followed by an indented `hint:` line.
std::string to_text(const Diagnostic& d);
/// Formats as one JSON object on one line (no trailing newline), always valid UTF-8
/// (support/json.hpp).
std::string to_json(const Diagnostic& d);

/// Collects diagnostics in the order they were found. Passed by reference through a run so
/// that every problem is reported, not just the first.
class Diagnostics {
 public:
  void add(Diagnostic d);
  void error(std::string message, std::string hint = {}, std::string code = {});
  void warning(std::string message, std::string hint = {}, std::string code = {});

  std::size_t error_count() const noexcept { return errors_; }
  std::size_t warning_count() const noexcept { return items_.size() - errors_; }
  bool has_errors() const noexcept { return errors_ > 0; }
  bool empty() const noexcept { return items_.empty(); }
  std::size_t size() const noexcept { return items_.size(); }

  const std::vector<Diagnostic>& items() const noexcept { return items_; }
  auto begin() const noexcept { return items_.begin(); }
  auto end() const noexcept { return items_.end(); }

  /// Sorts by file, line, column, keeping insertion order for ties.
  void sort_by_position();
  /// Drops a diagnostic that repeats an earlier one word for word at the same place (a
  /// template's text box is written twice by Word, once for old readers).
  void drop_repeats();
  /// Moves every diagnostic of `other` to the end of this one.
  void append(Diagnostics&& other);

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

}  // namespace docket
