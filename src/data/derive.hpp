#pragma once
// Derived values: what a committee report's data implies and its author must not type by
// hand (template-language.md "Derived values"; domain notes §2–3): each KPI's status, the
// rule that fired and its direction of travel; the KPI summary with percentages that sum to
// 100; each risk's score and band; financial-year and quarter labels; appendix labels.
// derive() adds them to the data as elements in docket's own namespace, so templates select
// them with XPath like any other value (`{{ d:status | rag }}`). The computations are also
// available without the DOM, for the stated-value checks.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/data_source.hpp"
#include "data/decimal.hpp"
#include "data/outline.hpp"
#include "data/status_scheme.hpp"
#include "format/filter.hpp"
#include "support/diagnostic.hpp"

namespace docket::data {

/// The namespace of derived elements, declared once on the data's root with prefix d.
inline constexpr std::string_view kDerivedNamespace = "urn:docket:derived:1";
inline constexpr std::string_view kDerivedPrefix = "d";

struct DeriveOptions {
  /// Locale for month names in d:months; empty: the data's xml:lang, else en-GB.
  std::string locale;
  /// The template's numbering outline (d:number attributes); the house template's by default.
  Outline outline = Outline::house();
};

/// Adds the derived values to schema-valid report data, in namespace kDerivedNamespace:
/// in each kpi d:status, d:statusKey, d:rule, d:actual, d:target, d:fill, d:textColour,
/// d:direction, d:financialQuarter; in each kpis a d:summary of d:row elements and a
/// d:total; in each risk (and each of its assessments) d:score, d:band, d:likelihood,
/// d:impact, d:overall, d:fill, d:textColour; in meta/period d:financialYear, d:quarter,
/// d:months; on meta/decisionDeadline and each paper's date d:text ("December 2023"), on
/// actionPlan d:baselineAsAt ("May 2021"), beside each paper's link a d:link holding it as
/// an <a> for {{{ }}}; in each appendix d:label and d:name (“Appendix ‘A’” when labels are quoted,
/// with a no-break space); the numbers of number_report(). Values that cannot be derived are
/// left out. Idempotent: derived elements already present are replaced, and nothing else in the
/// data changes. An unknown scheme or matrix, a bad scheme file, or a status the scheme
/// lacks is an error in `diags` (reported once per library).
///
/// Example:
///   SchemeLibrary schemes;
///   derive(data, schemes, diags);
///   // <kpi id="kpi-184">…<d:status>Red</d:status><d:statusKey>red</d:statusKey>
///   //   <d:rule>Red: 83 is 17 below the target of 100, more than the tolerance of 10
///   //   (10% of target)</d:rule><d:actual>83</d:actual><d:target>100</d:target>…</kpi>
void derive(DataSource& data, const SchemeLibrary& schemes, Diagnostics& diags,
            const DeriveOptions& options = {});

/// Numbers a report as the template prints it, as d:number attributes (in kDerivedNamespace):
/// each part `outline` names gets 1, 2 … and its paragraphs 1.1, 1.2 … (or 1, 2 … straight
/// through when the outline is flat). Paragraphs are the p children of the summary, reasons,
/// sections and implications (a p straight after a list continues the paragraph before it
/// and has no number), nested sections (a nested section without a heading gives its number
/// to its first paragraph), options, ambitions, KPIs with commentary or actions (in the
/// kpi-commentary section if there is one), papers and appendices. Nil content printed with
/// the template's wording gets d:nilNumber. Independently of the outline, each
/// recommendation gets d:number in its numbering (1, a, i; none for numbering="none") and
/// each sub-item a, b …. Earlier numbers are removed first.
void number_report(DataSource& data, const Outline& outline);

/// Replaces every <ref to="id"/> in the data with the current number of what it points to
/// (after number_report): a section or paragraph "4.2", a recommendation "2" or "b", a
/// sub-item "2(a)", an appendix its label ("B", or "‘B’" when labels are quoted), an agenda
/// item its number. What has no number prints as its heading or title in quotes; a ref
/// whose target has neither is a warning in `diags` and prints the nearest numbered
/// container's number.
void resolve_references(DataSource& data, Diagnostics& diags);

// ---------------------------------------------------------------------------------------
// The computations (no DOM changes).

/// A KPI's derived status (domain notes §2.4) and direction of travel (§2.5).
struct KpiStatus {
  Outcome outcome = Outcome::no_data;
  const Status* status = nullptr;  // null when the scheme has no status for the outcome
  std::string rule;                // "Red: 83 is 17 below the target of 100, more than …"
  std::optional<Decimal> actual;   // rounded half-up to the unit's precision; null if not given
  std::optional<Decimal> target;   // the same for the target
  std::optional<std::string> direction;  // "Improving", "No change", "Worsening"
};

/// Derives the status of a <kpi> of schema-valid data under `scheme`.
KpiStatus derive_kpi(const xmlNode* kpi, const StatusScheme& scheme);

struct SummaryLine {
  const Status* status = nullptr;
  long count = 0;
  std::string percent;  // whole number; "–" when the denominator is 0; "" outside it
};

struct KpiSummary {
  std::vector<SummaryLine> rows;  // scheme order; when-used statuses only when counted
  long total = 0;                 // every KPI counted
  long denominator = 0;           // the KPIs the percentages are of
  std::string total_percent;      // "100", or "–" when the denominator is 0
};

/// The summary table of domain notes §2.6 for KPIs with these statuses (one entry per KPI;
/// null entries are not counted).
KpiSummary summarise(const StatusScheme& scheme, const std::vector<const Status*>& statuses);

/// Whole percentages of `counts` by the largest-remainder (Hamilton) method: exact shares,
/// floored, then one more to the largest remainders until they sum to 100; ties go to the
/// earlier entry; zero counts stay 0. {1, 1, 1} → {34, 33, 33}; {2, 2, 2, 1} → {29, 29, 28,
/// 14}. nullopt when the counts sum to 0.
std::optional<std::vector<long>> largest_remainder_percentages(const std::vector<long>& counts);

/// A risk assessment on a matrix.
struct RiskScore {
  long likelihood = 0;
  long impact = 0;
  long score = 0;              // likelihood × impact
  const Band* band = nullptr;  // never null in a returned score
  std::string likelihood_text;  // "Unlikely (2)"
  std::string impact_text;      // "Significant (2)"
  std::string overall;          // "Low (4)"
};

/// Scores likelihood × impact on `matrix`; nullopt when either is off its scale.
std::optional<RiskScore> score_risk(const RiskMatrix& matrix, long likelihood, long impact);
/// Scores the likelihood and impact children of `holder` (a risk in the shorthand form, or
/// an assessment); nullopt when either is missing or off the scale.
std::optional<RiskScore> score_assessment(const RiskMatrix& matrix, const xmlNode* holder);
/// The element holding a risk's current assessment: the risk itself when likelihood and
/// impact are its children, else its assessment with stage="current"; null when neither.
const xmlNode* current_assessment(const xmlNode* risk);

/// The label of the appendix at `position` (0-based): "1", "2" … or "A" … "Z", "AA", "AB" ….
std::string appendix_label(bool letters, std::size_t position);

namespace detail {
/// The derived namespace on the data's root, declared (as d, or d1 … when d is taken) if
/// it is not yet.
xmlNs* derived_namespace(xmlNode* root);
/// Adds d:text to date-or-month values and d:link beside paper links (see derive()).
void write_display_values(xmlNode* root, xmlNs* ns, const format::Locale& locale);
/// The first child element `name` that is data, not a derived (d:) element; or null.
xmlNode* data_child(const xmlNode* parent, std::string_view name);
/// Every such child element.
std::vector<xmlNode*> data_children(const xmlNode* parent, std::string_view name);
/// Reports (once per library) that `scheme` has no status for `outcome`, at the KPI's
/// statusOverride or the KPI itself.
void report_missing_status(const DataSource& data, const xmlNode* kpi, const StatusScheme& scheme,
                           Outcome outcome, const SchemeLibrary& schemes, Diagnostics& diags);

/// A KPI's figures as the rules see them, already rounded to the unit's precision.
struct KpiFigures {
  int sign = 1;  // +1 higher is better, −1 lower is better, 0 two-sided (in-range)
  std::optional<Decimal> actual;
  std::optional<Decimal> target;
  std::optional<Decimal> lower;  // expected range
  std::optional<Decimal> upper;
  std::optional<Margin> tolerance;    // the KPI's own, else the scheme's default
  std::optional<Margin> blue_margin;  // the same
};

/// What a rule concluded, and why in words ("83 is 17 below the target of 100, …").
struct Verdict {
  Outcome outcome;
  std::string reason;
};

/// §2.4 against a target. `blue_possible`: the scheme has a Blue status.
Verdict judge_target(const KpiFigures& kpi, const StatusRules& rules, bool blue_possible);
/// §2.4 against an expected range [lower, upper].
Verdict judge_range(const KpiFigures& kpi, const StatusRules& rules, bool blue_possible);
}  // namespace detail

}  // namespace docket::data
