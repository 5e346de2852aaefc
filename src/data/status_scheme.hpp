#pragma once
// Status schemes and risk matrices: each council's rules for turning a KPI's target and
// actual into a status (Blue/Green/Amber/Red …) and a risk's likelihood and impact into a
// band (Low/Medium/High). They are configuration, not data: XML files in namespace
// urn:docket:status-scheme:1 (schemas/status-scheme.xsd), shipped in
// schemas/status-schemes/ or given with --scheme FILE. docs/data/status-schemes.md is the
// guide for officers.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "data/data_source.hpp"
#include "data/decimal.hpp"
#include "format/status_colour.hpp"
#include "support/diagnostic.hpp"
#include "xml/schema.hpp"

namespace docket::data {

inline constexpr std::string_view kSchemeNamespace = "urn:docket:status-scheme:1";
/// Scheme files larger than this are refused (IoError / UnsafeInput from read_file).
inline constexpr std::uint64_t kMaxSchemeFileBytes = 4ull << 20;

/// What the status rules can conclude about a KPI (domain notes §2.4). A scheme maps each
/// outcome it uses to one of its statuses.
enum class Outcome { blue, green, amber, red, contextual, baseline, in_development, suspended, no_data };

/// "blue", "in-development", "no-data" …: the token data and scheme files use.
std::string_view outcome_token(Outcome outcome);
/// The outcome a token names, or nullopt.
std::optional<Outcome> parse_outcome(std::string_view token);
/// True for the outcomes the rules derive from a target (blue, green, amber, red).
bool is_rag(Outcome outcome);

enum class MarginBasis { absolute, percent_of_target };

/// A tolerance or blue margin: `value` in the KPI's unit, or a percentage of the target.
struct Margin {
  MarginBasis basis = MarginBasis::absolute;
  Decimal value;
};

/// Whether a status gets a summary row when no KPI has it.
enum class SummaryRow { always, when_used };

struct Status {
  std::string key;    // token: "blue", "in-development"
  std::string label;  // printed: "Blue", "In Development" (never empty)
  Outcome outcome = Outcome::green;
  std::optional<format::Rgb> fill;  // cell shading, if any
  format::Rgb text_colour{0, 0, 0};  // configured, else black or white for the fill
  SummaryRow summary = SummaryRow::always;
};

enum class Denominator { all, rag_rated };
enum class Comparator { previous_period, same_period_last_year };

/// The rule parameters of a scheme; the defaults are domain notes §2.4–2.6.
struct StatusRules {
  std::optional<Margin> tolerance;    // used when a KPI has none; none: no Amber band
  std::optional<Margin> blue_margin;  // used when a KPI has none; none: nothing is Blue
  bool on_target_is_green = true;        // g = 0: Green (else Amber)
  bool at_tolerance_is_amber = true;     // g = −τ: Amber (else Red)
  bool at_blue_margin_is_blue = false;   // g = β: Green (else Blue)
  bool beyond_good_end_is_blue = true;   // expected range, beyond the good end: Blue (else Green)
  Denominator denominator = Denominator::all;
  Comparator comparator = Comparator::previous_period;
  Decimal epsilon;  // direction of travel: changes of at most ε are "No change"
};

struct StatusScheme {
  std::string id;
  std::string name;
  std::vector<Status> statuses;  // in the order summaries list them
  StatusRules rules;
  std::string file;  // where it was defined, for messages
  long line = 0;

  /// The status an outcome maps to, or null when the scheme has none for it.
  const Status* find(Outcome outcome) const;
  /// The status whose key or label matches `word`, ignoring case and whether words are
  /// joined by spaces, '-' or '_' ("in-development" matches "In Development"); or null.
  const Status* find_word(std::string_view word) const;
};

struct Band {
  std::string key;
  std::string label;  // "Low"
  std::optional<format::Rgb> fill;
  format::Rgb text_colour{0, 0, 0};
};

/// A likelihood × impact matrix with its labels and bands.
struct RiskMatrix {
  std::string id;
  std::string name;
  int size = 0;                                  // n for an n × n matrix
  std::vector<std::string> likelihood_labels;    // [0] is score 1
  std::vector<std::string> impact_labels;
  std::vector<Band> bands;
  std::vector<std::size_t> cell_bands;           // band index of cell (l − 1) × size + (i − 1)
  std::string file;
  long line = 0;

  bool in_scale(long score) const noexcept { return score >= 1 && score <= size; }
  /// The band of a cell, or null when either score is off the scale.
  const Band* band_for(long likelihood, long impact) const;
};

/// Everything one scheme file defines.
struct SchemeFile {
  std::vector<StatusScheme> schemes;
  std::vector<RiskMatrix> matrices;
};

/// Reads and checks a scheme file: well-formed, valid against schemas/status-scheme.xsd, and
/// the configuration checks (every status has a text label, text on each fill reaches 4.5:1,
/// the band table covers every possible score exactly once, …). Problems go to `diags` at
/// the file's lines; nullopt is returned when there are any errors. Throws IoError when the
/// file cannot be read.
std::optional<SchemeFile> load_scheme_file(const std::filesystem::path& path,
                                           xml::SchemaCache& schemas, Diagnostics& diags);
/// The same for a file already in memory (`name` is used in messages).
std::optional<SchemeFile> parse_scheme_file(const std::string& name, std::string text,
                                            xml::SchemaCache& schemas, Diagnostics& diags);

/// Schemes and matrices by id, loaded on first use. A scheme id "ccc" is looked for in
/// ccc.xml in the folder; a matrix id "cbc-4x4" in cbc-4x4.xml, then cbc.xml (the id up to
/// each '-', longest first). An override file (--scheme) is consulted before the folder.
/// Holds what it loaded, so pointers it returns live as long as the library. Each problem
/// is reported once per library, so validating and deriving with one library (as render
/// does) do not repeat it.
class SchemeLibrary {
 public:
  /// The shipped folder, data_dir()/schemas/status-schemes.
  static std::filesystem::path shipped_folder();

  explicit SchemeLibrary(std::optional<std::filesystem::path> override_file = std::nullopt,
                         std::filesystem::path folder = shipped_folder());

  /// The scheme `id`, or null: either no file provides it (nothing is reported), or its file
  /// has errors (reported to `diags` at the file's lines).
  const StatusScheme* find_scheme(std::string_view id, Diagnostics& diags) const;
  const RiskMatrix* find_matrix(std::string_view id, Diagnostics& diags) const;

  /// As find_scheme / find_matrix, and when no file provides the id, reports
  /// rule.scheme-unknown at `where` (the attribute naming it) listing the ids available.
  const StatusScheme* scheme(std::string_view id, const DataSource& data, const xmlNode* where,
                             Diagnostics& diags) const;
  const RiskMatrix* matrix(std::string_view id, const DataSource& data, const xmlNode* where,
                           Diagnostics& diags) const;

  /// Loads the override file now, so that its problems are reported even when the data
  /// names none of its ids.
  void load_override(Diagnostics& diags) const;

  /// Every id the folder and the override file provide, sorted (for messages).
  std::vector<std::string> scheme_ids() const;
  std::vector<std::string> matrix_ids() const;

  /// Adds `d` unless this library has already reported the same problem.
  void report_once(Diagnostics& diags, Diagnostic d) const;

 private:
  const SchemeFile* file(const std::filesystem::path& path, Diagnostics& diags) const;
  /// The loaded files that may define `id`, the override file first; `broken` is set when
  /// one of them exists but has errors.
  std::vector<const SchemeFile*> files_for(std::string_view id, Diagnostics& diags,
                                           bool& broken) const;
  std::vector<std::string> ids(bool matrices) const;

  std::optional<std::filesystem::path> override_file_;
  std::filesystem::path folder_;
  // Caches of a configuration object, filled on first use (not global state).
  mutable xml::SchemaCache xsd_;
  mutable std::map<std::filesystem::path, std::optional<SchemeFile>> files_;
  mutable std::set<std::string> reported_;
};

namespace detail {
/// `text` without leading and trailing XML whitespace.
std::string trim(std::string_view text);

// Shared by the scheme readers (scheme_read.cpp, scheme_matrix.cpp); `file` is a scheme file
// already valid against its XSD. Each returns nullopt after reporting its errors.
std::optional<StatusScheme> read_scheme(const DataSource& file, const xmlNode* element,
                                        Diagnostics& diags);
std::optional<RiskMatrix> read_matrix(const DataSource& file, const xmlNode* element,
                                      Diagnostics& diags);
/// The label attribute, trimmed; a missing or blank one is reported (scheme.label-missing).
std::optional<std::string> required_label(const DataSource& file, const xmlNode* element,
                                          const std::string& what, Diagnostics& diags);
/// The fill and text colour of a status or band. The text colour is textColour if given,
/// else black or white, whichever reads better on the fill; text that does not reach 4.5:1
/// on its fill (or on white, without a fill) is reported (scheme.low-contrast).
bool read_colours(const DataSource& file, const xmlNode* element, const std::string& what,
                  std::optional<format::Rgb>& fill, format::Rgb& text_colour, Diagnostics& diags);
}  // namespace detail

}  // namespace docket::data
