#pragma once
// Executing a compiled part against data, writing straight into the output stream. The
// runtime keeps the loop stack (exposed to XPath as $number, $index, $letter, $roman, $first,
// $last, $count, $outer, $group), fresh ids for repeated content, and the problems found, counted per
// tag so that a bad path in a 100,000-row table is one message, not 100,000.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "format/filter.hpp"
#include "format/status_colour.hpp"
#include "ooxml/numbering.hpp"
#include "ooxml/relationships.hpp"
#include "support/byte_sink.hpp"
#include "support/diagnostic.hpp"
#include "template/program.hpp"
#include "xml/xpath.hpp"

namespace docket::tmpl {

/// Fresh ids shared by every part of one rendered document.
struct IdCounters {
  long next_bookmark = 1;
  long next_drawing = 1;
  long next_content_control = 1;
  long next(IdKind kind);
};

/// The colours for a status word: fill and text, as hex ("Red" → C00000 on FFFFFF text), from
/// the report's status scheme or the template language's defaults.
struct StatusColours {
  std::string fill;
  std::string text;
};
using StatusFill = std::function<std::optional<StatusColours>(std::string_view status)>;

/// Bounds on the work a template drives in one part. Loops inside loops multiply: three nested
/// {{#each //*}} over a 421-element report would repeat 7.5×10⁷ times and write gigabytes. A
/// rendered part may be no larger than docket reads (zip::Limits::max_entry_bytes), and a
/// part's loops may repeat five million times in all (a 100,000-row table of 10 columns is a
/// million). Over either, rendering stops with UnsafeInput naming the loop.
inline constexpr std::uint64_t kMaxRepetitions = 5'000'000;
inline constexpr std::uint64_t kMaxPartBytes = 256ull << 20;

struct RenderEnv {
  xml::XPathContext& xpath;
  xmlNode* data_root;
  std::string data_file;   // for messages about data lines
  ooxml::NumberingTable& numbering;
  ooxml::Relationships* relationships;  // of the part being rendered (hyperlinks)
  IdCounters& ids;
  StatusFill status_fill;
  const format::Locale& locale;
  bool draft = false;
  bool report_empty = false;  // `check --data`: say which loops and conditions select nothing
  StatusFill colour_word;     // a status word used as a colour: the scheme's, then Blue/Green/Amber/Red
};

class Runtime {
 public:
  Runtime(RenderEnv& env, const PartSites& sites);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  /// Runs a part's program with the data's root element as the context.
  void run(const Program& program, ByteSink& out);
  /// Adds the problems found (each once, with how often it happened) to `diags`.
  void report(Diagnostics& diags);

  // Used by rich text and the XPath variable resolver.
  RenderEnv& env() noexcept { return env_; }
  xmlNode* current() const noexcept { return current_; }
  void problem(std::size_t site, Severity severity, std::string message, std::string hint, std::string code);
  void data_problem(const xmlNode* node, std::string message, std::string hint, std::string code,
                    Severity severity = Severity::error);
  xmlXPathObject* variable(std::string_view name);
  /// The top-level block just written was a paragraph (or not); see EnsureParagraph.
  void block_written(bool paragraph) noexcept { last_block_paragraph_ = paragraph; }
  /// The list instance for a rich-text list (a fresh one for each numbered list).
  long rich_list_number(bool ordered, std::optional<long> style_num_id);

 private:
  struct Frame {
    std::vector<xmlNode*> items;
    std::vector<std::vector<xmlNode*>> members;  // grouped loops: each item's group ($group)
    std::size_t index = 0;
    std::size_t serial = 0;
    std::map<std::pair<int, long>, long> ids;
  };
  struct Problem {
    Diagnostic diagnostic;
    std::size_t count = 0;
  };

  void execute(const Program& program, ByteSink& out);
  void write_value(const WriteValue& v, ByteSink& out);
  void write_block(const Block& b, ByteSink& out);
  void write_each(const Block& b, ByteSink& out);
  void write_status_cell(const StatusCell& c, ByteSink& out);
  // Formatting from data (runtime_format.cpp).
  void write_formatted(const WriteValue& v, const std::string& text, ByteSink& out);
  std::optional<format::Rgb> colour_of(std::size_t site, const Expression& e, std::string_view option);
  // DocumentAssembler's rules (runtime_da.cpp).
  void write_da_value(const WriteValue& v, ByteSink& out);
  void write_da_block(const Block& b, ByteSink& out);
  std::optional<std::string> da_string(std::size_t site, const Expression& e, bool optional);
  void write_error_in_place(const std::string& message, Level level, ByteSink& out);
  /// A block's problem, reported and, in a draft, shown where the block would be.
  void block_problem(const Block& b, std::string message, std::string hint, const char* code, ByteSink& out);
  void repeat_items(const Block& b, std::vector<xmlNode*> items, ByteSink& out,
                    std::vector<std::vector<xmlNode*>> members = {});
  void check_bounds(const Block& b, const ByteSink& out);
  std::optional<std::string> evaluate(std::size_t site, const Expression& e, const CompiledFilters& f,
                                      bool optional, std::string& gap);
  void write_text_runs(std::string_view text, const std::string& rpr, ByteSink& out);
  std::string where_in_data() const;
  void note_selection(std::size_t site, bool selected);

  RenderEnv& env_;
  const PartSites& sites_;
  xmlNode* current_;
  std::vector<Frame> loops_;
  std::size_t next_serial_ = 1;
  std::uint64_t repetitions_ = 0;
  bool last_block_paragraph_ = false;
  std::optional<format::Rgb> cell_fill_;  // the fill= of the shaded cell being written
  std::map<std::size_t, Problem> problems_;
  std::map<std::size_t, bool> ever_selected_;  // check --data: loops and conditions
  std::vector<Problem> data_problems_;
  std::map<std::pair<std::size_t, long>, long> restarted_;
  std::optional<long> fallback_bullets_;
  std::string last_da_error_;  // the message to show in place of a failed DocumentAssembler value
  std::optional<long> fallback_numbers_;
};

}  // namespace docket::tmpl
