#pragma once
// Status words as councils type them in data ("red", "RED", "in-development") and as a report
// prints them ("Red", "In Development"). What the rag filter prints.
#include <string>
#include <string_view>

namespace docket::format {

/// The print form of a known status word, matched ignoring case, surrounding whitespace and
/// whether words are joined by '-', '_' or spaces: "in-development" → "In Development",
/// "NO_DATA" → "No Data". Known words: Blue, Green, Amber, Red, Baseline, Contextual,
/// Suspended, In Development, No Data. Any other text is returned unchanged, because councils
/// have their own schemes. The Welsh words (Glas, Gwyrdd, Ambr, Coch, Llinell sylfaen,
/// Cyd-destunol, Wedi’i atal, Yn cael ei ddatblygu, Dim data) are known too; `welsh` prints
/// the Welsh word for either: "red" → "Coch", "Coch" → "Red" when not.
std::string normalise_status_word(std::string_view word, bool welsh = false);

}  // namespace docket::format
