#include "papers/schedule12a.hpp"

#include <array>

namespace docket::papers {

namespace {
// Part 1, paragraphs 1–7; Part 4 (Wales), paragraphs 12–18, describes the same classes.
constexpr std::array<const char*, 7> kDescriptions = {
    "Information relating to any individual.",
    "Information which is likely to reveal the identity of an individual.",
    "Information relating to the financial or business affairs of any particular person (including the "
    "authority holding that information).",
    "Information relating to any consultations or negotiations, or contemplated consultations or "
    "negotiations, in connection with any labour relations matter arising between the authority or a "
    "Minister of the Crown and employees of, or office holders under, the authority.",
    "Information in respect of which a claim to legal professional privilege could be maintained in legal "
    "proceedings.",
    "Information which reveals that the authority proposes (a) to give under any enactment a notice under or "
    "by virtue of which requirements are imposed on a person; or (b) to make an order or direction under any "
    "enactment.",
    "Information relating to any action taken or to be taken in connection with the prevention, "
    "investigation or prosecution of crime.",
};
}  // namespace

std::optional<std::string> schedule_12a_description(int paragraph) {
  if (paragraph >= 1 && paragraph <= 7) return kDescriptions[static_cast<std::size_t>(paragraph - 1)];
  if (paragraph >= 12 && paragraph <= 18) return kDescriptions[static_cast<std::size_t>(paragraph - 12)];
  return std::nullopt;
}

std::string schedule_12a_part(int paragraph) { return paragraph >= 12 ? "Part 4" : "Part 1"; }

}  // namespace docket::papers
