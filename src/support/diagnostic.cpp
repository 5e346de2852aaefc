#include "support/diagnostic.hpp"

#include <algorithm>

namespace docket {

namespace {
const char* severity_word(Severity s) { return s == Severity::error ? "error" : "warning"; }
}  // namespace

std::string to_text(const Diagnostic& d) {
  std::string out = d.file.empty() ? std::string("docket") : d.file;
  if (!d.part.empty()) {
    out += ": " + d.part;
    if (d.paragraph > 0) out += ": paragraph " + std::to_string(d.paragraph);
    if (!d.excerpt.empty()) out += (d.paragraph > 0 ? " \u201C" : ": \u201C") + d.excerpt + "\u201D";
  } else if (d.line > 0) {
    out += ":" + std::to_string(d.line);
    if (d.column > 0) out += ":" + std::to_string(d.column);
  }
  out += ": ";
  out += severity_word(d.severity);
  out += ": " + d.message;
  if (!d.hint.empty()) out += "\n  hint: " + d.hint;
  return out;
}

void Diagnostics::add(Diagnostic d) {
  if (d.severity == Severity::error) ++errors_;
  items_.push_back(std::move(d));
}

void Diagnostics::error(std::string message, std::string hint, std::string code) {
  add({.severity = Severity::error, .message = std::move(message), .hint = std::move(hint),
       .code = std::move(code)});
}

void Diagnostics::warning(std::string message, std::string hint, std::string code) {
  add({.severity = Severity::warning, .message = std::move(message), .hint = std::move(hint),
       .code = std::move(code)});
}

void Diagnostics::sort_by_position() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.file != b.file) return a.file < b.file;
    if (a.line != b.line) return a.line < b.line;
    return a.column < b.column;
  });
}

void Diagnostics::drop_repeats() {
  std::vector<Diagnostic> kept;
  std::size_t errors = 0;
  for (auto& d : items_) {
    bool seen = std::any_of(kept.begin(), kept.end(), [&](const Diagnostic& k) {
      return k.severity == d.severity && k.file == d.file && k.part == d.part && k.paragraph == d.paragraph &&
             k.line == d.line && k.excerpt == d.excerpt && k.message == d.message;
    });
    if (seen) continue;
    if (d.severity == Severity::error) ++errors;
    kept.push_back(std::move(d));
  }
  items_ = std::move(kept);
  errors_ = errors;
}

void Diagnostics::append(Diagnostics&& other) {
  for (auto& d : other.items_) add(std::move(d));
  other.items_.clear();
  other.errors_ = 0;
}

}  // namespace docket
