#pragma once
// The descriptions of exempt information in Schedule 12A to the Local Government Act 1972:
// Part 1 paragraphs 1–7 (England) and Part 4 paragraphs 12–18 (Wales), printed on the notice
// that stands in a public pack for a withheld item.
#include <optional>
#include <string>

namespace docket::papers {

/// The paragraph's description, or nullopt for a number that is not an exempt paragraph.
std::optional<std::string> schedule_12a_description(int paragraph);

/// "Part 1" for English paragraphs (1–7), "Part 4" for Welsh ones (12–18).
std::string schedule_12a_part(int paragraph);

}  // namespace docket::papers
