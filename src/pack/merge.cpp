#include "pack/merge.hpp"

#include "pack/detail/merge_pack.hpp"
#include "support/error.hpp"

namespace docket::pack {

void merge_documents(const std::vector<MergeSource>& sources, const std::filesystem::path& target,
                     const MergeOptions& options, Diagnostics& diags) {
  if (sources.empty()) {
    throw InvalidInput("there are no documents to merge into " + target.string(), "", target.string());
  }
  // Every source is opened (and refused, if it must be) before anything is written.
  std::vector<detail::MergeUnit> units;
  units.reserve(sources.size());  // parts copied later point into the units: no reallocation
  for (std::size_t i = 0; i < sources.size(); ++i) {
    units.emplace_back(sources[i], static_cast<int>(i + 1), ooxml::Package::open(sources[i].path),
                       zip::ZipReader::open(sources[i].path));
  }
  detail::Merger merger(options, diags);
  // Bookmark names, sections and namespaces of every unit are known before any is mapped:
  // the pack's own bookmarks are reserved first, and the body's root declares them all.
  for (auto& unit : units) merger.scan(unit);
  // Each unit's lists, styles, relationships, headers, notes and fonts join the pack in turn.
  for (auto& unit : units) merger.plan(unit);
  // The body streams unit by unit while the package is written.
  merger.write(units, target);
}

}  // namespace docket::pack
