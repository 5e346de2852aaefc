#pragma once
// A compiled part: static markup as byte strings, serialised once, and instructions for
// what depends on data. Executed by the Runtime straight into the output stream.
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "format/filter.hpp"
#include "template/expression.hpp"
#include "template/loop_order.hpp"
#include "template/tag.hpp"
#include "template/site.hpp"

namespace docket::tmpl {

struct Program;
using ProgramPtr = std::shared_ptr<const Program>;

/// Run properties a value is written with: as in the template, and variants for a shaded
/// status cell (dark or light fill) and for a draft's visible gap.
struct RunStyle {
  std::string plain;    // "<w:rPr>…</w:rPr>" or ""
  std::string white;    // plain + white text, for dark fills
  std::string black;    // plain + black text, for light fills
  std::string missing;  // red on yellow, for [MISSING: …]
};

struct StaticBytes {
  std::string bytes;
};

/// A top-level block (paragraph or not) of a container was written; see EnsureParagraph.
struct BlockWritten {
  bool paragraph = true;
};

struct CompiledFilters {
  std::vector<std::shared_ptr<const format::Filter>> filters;
  std::vector<format::FilterCall> calls;
  std::optional<std::size_t> default_at;  // index of a `default` filter
};

/// A value's formatting from data (fill=, colour=, highlight=, link=). Its run properties
/// come in variants with holes: bit 0 a w:color (value kColourHole), bit 1 a w:shd (fill
/// kShadingHole), bit 2 the Hyperlink character style.
struct ValueFormat {
  static constexpr std::string_view kColourHole = "@COLOUR@";
  static constexpr std::string_view kShadingHole = "@SHADING@";
  std::optional<Expression> colour;
  std::optional<Expression> highlight;  // fill= outside a table cell too
  std::optional<Expression> link;
  bool on_cell_fill = false;  // the tag's fill= shades its cell: pick a readable text colour
  std::array<std::string, 8> styles;
};

struct WriteValue {
  std::size_t site = 0;
  Expression expression;
  CompiledFilters filters;
  bool optional = false;
  bool plain_text = false;   // docProps: text only, no runs
  bool status_cell = false;  // in a cell shaded by its status: pick a readable text colour
  RunStyle style;
  bool document_assembler = false;  // DocumentAssembler's Content: its value and error rules
  bool field_code = false;          // in a field's code (w:instrText), e.g. PAGEREF {{ d:bookmark }}
  std::shared_ptr<const ValueFormat> format;  // null: formatted as in the template
};

/// The paragraph properties of one list level in rich text, split where the list
/// instance's w:numId goes (`after` empty and no number when the style numbers by itself).
struct ListLevel {
  std::string before;
  std::string after;
  bool explicit_number = false;
  std::optional<long> style_num_id;  // the list style's own instance, if the style has one
};

/// How rich text looks in this template: run properties (bit 0 bold, 1 italic, 2 underline,
/// 3 hyperlink), the tag paragraph's properties, list levels and table properties.
struct RichStyles {
  std::array<std::string, 16> runs;
  std::string paragraph;                   // "<w:pPr>…</w:pPr>" or ""
  std::array<std::array<ListLevel, 3>, 2> lists;  // [ordered][level]
  std::string table_properties;            // "<w:tblPr>…</w:tblPr>"
  std::string header_cell_run;             // run properties for <th>
};

struct WriteRich {
  std::size_t site = 0;
  Expression expression;
  bool optional = false;
  bool block = false;        // alone in its paragraph: paragraphs, lists, tables
  bool top_level = false;    // directly in a container watched by EnsureParagraph
  std::shared_ptr<const RichStyles> styles;
  RunStyle style;
};

struct Block {
  std::size_t site = 0;
  BlockKind kind = BlockKind::each;
  Level level = Level::paragraph;
  Expression expression;
  std::vector<SortKey> sort_keys;
  std::optional<Expression> group_key;
  std::optional<std::string> separator;
  std::optional<std::string> last_separator;
  RunStyle separator_style;
  ProgramPtr body;
  ProgramPtr otherwise;  // after {{else}}: the other branch, or what a loop that selects nothing shows
  // DocumentAssembler's Repeat, Table and Conditional (Match / NotMatch against the string
  // value of Select) keep their own rules and messages.
  bool document_assembler = false;
  bool da_table = false;
  bool optional_empty = false;  // Repeat Optional="true": nothing selected is fine
  std::optional<std::string> match;
  std::optional<std::string> not_match;
};

enum class IdKind { bookmark, drawing, content_control };

/// A document-unique id inside repeated content: fresh per loop iteration.
struct WriteId {
  IdKind kind = IdKind::bookmark;
  long original = 0;
};
/// A bookmark name inside repeated content: the name plus the iteration ("_2").
struct WriteBookmarkName {
  std::string original;
};
/// A list instance inside a loop nested in another loop: a restarted copy per item of the
/// enclosing loop, so the inner list counts from 1 again.
struct WriteNumId {
  long original = 0;
  std::size_t scope_depth = 0;  // the loop whose items each get their own copy
};

/// A table cell shaded from data: by the status word of its only value (`| rag`; the word is
/// always printed too), or by a value's fill=. The cell's w:tcPr is written around the fill.
struct StatusCell {
  std::size_t site = 0;
  Expression expression;
  CompiledFilters filters;
  bool fill_option = false;    // `expression` is a value's fill= (a colour), not a status word
  std::string open;            // "<w:tc …><w:tcPr>" + properties before w:shd
  std::string after_shading;   // properties after w:shd + "</w:tcPr>"
  ProgramPtr body;             // the cell's paragraphs, then "</w:tc>"
};

/// Runs `body` and writes an empty paragraph if its last top-level block was not a
/// paragraph (a table cell, header or text box must end with one).
struct EnsureParagraph {
  ProgramPtr body;
  std::string empty_paragraph;
  std::string close;  // the container's end tag
};

/// A problem found in the template, written at its place only in a draft (red on yellow, as
/// DocumentAssembler shows errors): a run, or a paragraph of its own.
struct WriteTemplateError {
  std::string message;
  bool paragraph = false;
};

using Instruction = std::variant<StaticBytes, BlockWritten, WriteValue, WriteRich, Block, WriteId,
                                 WriteBookmarkName, WriteNumId, StatusCell, EnsureParagraph, WriteTemplateError>;

struct Program {
  std::vector<Instruction> code;
};

}  // namespace docket::tmpl
