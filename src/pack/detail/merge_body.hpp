#pragma once
// word/document.xml of the pack, streamed: the root declaring every unit's namespaces, then
// each unit's body in turn — parsed, mapped, its sections adjusted, its start bookmark set,
// written, and freed before the next unit is read. No merged tree is ever built.
#include <vector>

#include "pack/detail/merge_namespaces.hpp"
#include "pack/detail/merge_unit.hpp"
#include "support/byte_sink.hpp"

namespace docket::pack::detail {

struct DocumentStream {
  std::vector<MergeUnit>& units;
  const NamespaceTable& namespaces;
  IdAllocator& ids;
  bool pack_even_odd;
  bool pack_line_numbers;  // some section of some unit numbers its lines
  bool pack_endnotes;      // some unit has endnotes: each unit's print at its end
  bool fit_to_a4;          // MergeOptions::fit_to_a4
  Diagnostics& diags;

  /// Writes the part (a zip::Producer; runs while the package is written).
  void operator()(ByteSink& out) const;
};

}  // namespace docket::pack::detail
