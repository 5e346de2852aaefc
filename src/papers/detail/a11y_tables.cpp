// Tables (WCAG 1.3.1): a screen reader names each cell by its column header only when the
// header row is marked as one (w:trPr/w:tblHeader, Word's "Repeat as header row"); and it
// loses its place in merged cells. Which tables are data tables is a judgement:
//   - two or more rows and two or more columns: a data table;
//   - any table of two or more rows whose first row looks like a header (every cell with
//     text is bold, shaded or in a "heading" style), even with one column.
// Single-row tables and single-column boxes are taken as layout and left alone. In a
// template, a row repeated by a row loop ({{#each}} at the start of its first cell) counts
// as many rows.
#include <cctype>
#include <cstdlib>

#include "ooxml/names.hpp"
#include "papers/detail/a11y_checks.hpp"
#include "papers/detail/a11y_table_cells.hpp"
#include "papers/detail/a11y_wml.hpp"
#include "support/text.hpp"

namespace docket::papers::detail {

namespace {

bool contains_heading(std::string name) {
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name.find("heading") != std::string::npos;
}

// A cell that looks like a column header: bold text, shading, or a heading style.
bool looks_like_header_cell(const A11yContext& ctx, const xmlNode* cell) {
  if (is_shaded(cell_fill(cell))) return true;
  for (xmlNode* p : find_all(cell, ooxml::ns::w, "p")) {
    const StyleDef* style = ctx.styles().paragraph_style(p);
    if (style != nullptr && contains_heading(style->name.empty() ? style->id : style->name)) return true;
    for (xmlNode* r : find_all(p, ooxml::ns::w, "r")) {
      if (!ctx.will_have_text(ctx.text_of(r))) continue;
      if (!is_on(ctx.styles().run_property(r, p, "b").element)) return false;
    }
  }
  return true;
}

bool looks_like_header_row(const A11yContext& ctx, const TableShape& table) {
  bool any_text = false;
  for (const xmlNode* cell : table.rows.front().cells) {
    if (!ctx.will_have_text(ctx.text_of(cell))) continue;
    any_text = true;
    if (!looks_like_header_cell(ctx, cell)) return false;
  }
  return any_text;
}

std::string first_row_text(const A11yContext& ctx, const TableShape& table) {
  std::string text;
  for (const xmlNode* cell : table.rows.front().cells) {
    if (!text.empty()) text += " | ";
    text += trim(ctx.text_of(cell));
  }
  return excerpt_of(text);
}

void check_header_row(A11yContext& ctx, const StoryPart& story, const TableShape& table, bool data_table) {
  const TableRow& first = table.rows.front();
  if (is_on(w_child(w_child(first.row, "trPr"), "tblHeader"))) return;
  if (!data_table && !looks_like_header_row(ctx, table)) return;
  const std::string hint =
      first.repeated
          ? "add a row above the repeated row that names each column, then mark it as a header: in Word, "
            "Table Layout › Repeat Header Rows; in LibreOffice, Table Properties › Text Flow › Repeat heading"
          : "click in the first row; in Word, Table Layout › Repeat Header Rows (or Table Properties › Row › "
            "Repeat as header row at the top of each page); in LibreOffice, Table Properties › Text Flow › "
            "Repeat heading";
  ctx.report(story, first_paragraph(table.table), "a11y.table-header-row",
             "the table's first row is not marked as a header row, so screen readers cannot name the "
             "columns (WCAG 1.3.1)",
             hint, first_row_text(ctx, table));
}

void check_merged_cells(A11yContext& ctx, const StoryPart& story, const TableShape& table) {
  for (const TableRow& row : table.rows) {
    for (const xmlNode* cell : row.cells) {
      const xmlNode* tcpr = w_child(cell, "tcPr");
      const long span = std::atol(w_attr(w_child(tcpr, "gridSpan"), "val").value_or("1").c_str());
      if (span <= 1 && w_child(tcpr, "vMerge") == nullptr && w_child(tcpr, "hMerge") == nullptr) continue;
      ctx.report(story, first_paragraph(cell), "a11y.table-merged-cells",
                 "the table has merged cells, which screen readers cannot always follow (WCAG 1.3.1)",
                 "split them (Word: Table Layout › Split Cells; LibreOffice: Table › Split Cells) and repeat "
                 "the text in each cell, or split the table into simpler ones");
      return;  // once per table
    }
  }
}

}  // namespace

void check_tables(A11yContext& ctx) {
  for (StoryPart& story : ctx.stories()) {
    for (xmlNode* tbl : find_all(story.doc.root(), ooxml::ns::w, "tbl")) {
      const TableShape table = table_shape(ctx, tbl);
      if (table.rows.empty()) continue;
      const bool several_rows = table.effective_rows >= 2;
      const bool data_table = several_rows && table.columns >= 2;
      if (!several_rows) continue;
      check_header_row(ctx, story, table, data_table);
      if (data_table) check_merged_cells(ctx, story, table);
    }
  }
}

}  // namespace docket::papers::detail
