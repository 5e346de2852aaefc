#pragma once
// Small text helpers shared by every layer.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace docket {

/// Edit distance between two strings: insertions, deletions, substitutions and swaps of
/// adjacent letters each count one; ASCII case is ignored.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, if it is close enough to be a likely typo (distance at
/// most 2, or 1 for words of up to 4 letters).
std::optional<std::string> nearest(std::string_view word, std::span<const std::string> candidates);
std::optional<std::string> nearest(std::string_view word, std::span<const std::string_view> candidates);

/// `a`, `a or b`, `a, b or c` (with `word` "and" instead of "or" if asked).
std::string join_words(std::span<const std::string> items, std::string_view word = "or");

/// Shortens text to about `max_chars` characters at a UTF-8 boundary, adding "…".
std::string abbreviate(std::string_view text, std::size_t max_chars);

/// The n-th letter label, n ≥ 1: a … z, aa, ab … ("" for 0).
std::string lower_letters(std::size_t n);
/// n in lower-case roman numerals: i, ii, iv, ix … ("" for 0).
std::string lower_roman(std::size_t n);

/// Removes leading and trailing ASCII whitespace.
std::string_view trim(std::string_view s);

}  // namespace docket
