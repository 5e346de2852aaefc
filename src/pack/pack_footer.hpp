#pragma once
// The pack's page line: one line at the foot of every page of a pack, in one style and one
// place, whatever made the page (front sheet, report, finished paper, PDF paper, notice or
// filler page): "Cabinet, 18 December 2023 · Page 5 of 17", as modern.gov numbers its packs.
#include <string>

namespace docket::pack {

struct PackFooter {
  std::string lead;           // the meeting: "Cabinet, 18 December 2023"
  std::string page = "Page";  // the words around the numbers, in the pack's language
  std::string of = "of";

  /// The text before the page number: "Cabinet, 18 December 2023 · Page ".
  std::string before_number() const;
  /// The line as it reads on page `number` of `pages`.
  std::string line(int number, int pages) const;
};

/// The line's size in half-points (10pt) and its font (Liberation Sans where Arial is not
/// installed, as in the PDF stamps), so that stamped and laid-out lines look alike.
inline constexpr int kPackFooterHalfPoints = 20;
inline constexpr const char* kPackFooterFont = "Arial";

}  // namespace docket::pack
