#pragma once
// A template's numbering outline: the parts of a committee report it numbers 1, 2, 3 … in the
// order it prints them, so that docket can number them (and resolve cross-references to
// them) before the template runs. Councils print the same data in different orders — the
// summary after the origin of the report (Peterborough), implications between sections
// (Halton) — so the order belongs to the template, which states it in its custom document
// property docket.numbering (docs/template/numbering.md).
#include <string>
#include <string_view>
#include <vector>

namespace docket::data {

enum class PartKind {
  summary,             // summary
  terms_of_reference,  // meta/termsOfReference
  timescales,          // meta/majorPolicyItem, unless a section of kind timescales holds it
  priorities,          // meta/corporatePriorities, unless a corporate-priorities section holds it
  urgency,             // meta/urgency
  recommendations,     // recommendations
  reasons,             // recommendations/reasons
  sections,            // each top-level section whose kind no section:KIND item names
  section_kind,        // each top-level section of one kind
  implications,        // the implications not named by implication:TYPE, as one part
  implication_type,    // each implication of one type, as a part of its own
  each_implication,    // each implication not named by implication:TYPE, as a part of its own
  risks,               // the risk tables, unless a risk implication holds them
  kpis,                // the KPI sets
  action_plan,         // the action plan, unless a section of kind action-plan holds it
  background_papers,   // backgroundPapers
  appendices,          // appendices
};

struct OutlinePart {
  PartKind kind;
  std::string key;  // the KIND of section:KIND, the TYPE of implication:TYPE
};

/// One entry of the outline: parts joined with "+" share one number, their paragraphs
/// numbered on from one to the next ("summary+terms-of-reference"). An entry written with
/// a leading "~" is printed somewhere but not numbered: it only keeps its sections or
/// implications out of "sections" and "implications".
struct OutlineItem {
  std::vector<OutlinePart> parts;
  bool numbered = true;
};

struct Outline {
  /// flat: the parts are not numbered; their paragraphs are numbered 1, 2, 3 … straight
  /// through (Charnwood's Part B). Otherwise parts are 1, 2 … and paragraphs 1.1, 1.2 ….
  bool flat = false;
  std::vector<OutlineItem> items;

  /// The outline of the house template (templates/committee-report.docx).
  static const Outline& house();
  /// Parses an outline such as "section:origin summary+terms-of-reference sections
  /// implications background-papers appendices"; the word "flat" anywhere sets flat. Each
  /// word it does not know is described in `errors` and skipped.
  static Outline parse(std::string_view text, std::vector<std::string>& errors);
  /// The outline written back in the form parse() reads.
  std::string to_string() const;
};

/// The name of the custom document property a template states its outline in.
inline constexpr std::string_view kOutlineProperty = "docket.numbering";

}  // namespace docket::data
