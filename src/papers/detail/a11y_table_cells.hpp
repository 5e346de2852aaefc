#pragma once
// Tables as the accessibility checks see them: rows and cells (through content controls and
// custom XML), how many columns, whether a row repeats in a template, and the colour a
// cell's shading shows.
#include <libxml/tree.h>

#include <optional>
#include <vector>

#include "format/status_colour.hpp"
#include "papers/detail/a11y_context.hpp"

namespace docket::papers::detail {

struct TableRow {
  xmlNode* row = nullptr;       // w:tr
  std::vector<xmlNode*> cells;  // w:tc
  bool repeated = false;        // a template row loop ({{#each …}} opens its first cell)
};

struct TableShape {
  xmlNode* table = nullptr;
  std::vector<TableRow> rows;
  long columns = 0;         // w:tblGrid columns, else the most cells in a row
  long effective_rows = 0;  // rows, with a repeated row counted twice
};

TableShape table_shape(const A11yContext& ctx, xmlNode* tbl);

/// The colour a w:shd shows: its fill, the pattern colour for "solid", a mix of both for
/// "pctNN"; nullopt for no shading ("nil", or an automatic fill with a clear pattern).
std::optional<format::Rgb> shading_colour(const xmlNode* shd);
/// A cell's shading (its own, else the table's); nullopt when it has none.
std::optional<format::Rgb> cell_fill(const xmlNode* cell);
/// True for shading that shows: any colour but white.
bool is_shaded(const std::optional<format::Rgb>& colour);

/// The first w:p inside `node` (a table or cell), or null.
xmlNode* first_paragraph(const xmlNode* node);

}  // namespace docket::papers::detail
