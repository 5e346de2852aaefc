#pragma once
// The parts of the pack that units bring along (media, charts, embedded objects, headers,
// footers, the theme…), each under a name no other part has, with its content type; and the
// copier that brings a unit's part across together with every part its relationships reach.
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ooxml/content_types.hpp"
#include "ooxml/relationships.hpp"
#include "pack/detail/merge_unit.hpp"
#include "zip/zip_writer.hpp"

namespace docket::pack::detail {

class PackParts {
 public:
  /// Reserves the names of the parts the pack writes itself (document, styles, notes, …).
  PackParts();

  /// `wanted` if no part has that name yet (compared without case), else the name with "-N"
  /// before the extension for the smallest free N ≥ 2.
  std::string unique_name(std::string_view wanted);
  /// "word/header" → "word/header1.xml", "word/header2.xml", … (the names Word uses).
  std::string numbered_name(std::string_view stem);

  /// Adds a part made here, with a content-type override unless a default gives its type.
  void add(std::string name, std::string_view content_type, std::string bytes);
  /// Adds a part copied as stored from a unit's zip. Its type becomes the extension's
  /// default when the pack has none for that extension, else an override if it differs.
  void add_copy(std::string name, std::string_view content_type, const zip::ZipReader& from,
                const zip::Entry& entry);

  /// Gives a part already added (made or copied) these bytes instead.
  void replace(std::string_view name, std::string bytes);

  ooxml::ContentTypes& content_types() noexcept { return types_; }
  /// Adds every part to `out`, in the order added. The zips copied from must outlive the
  /// writer's commit().
  void write_to(zip::ZipWriter& out);

 private:
  struct Part {
    std::string name;
    std::string bytes;
    const zip::ZipReader* from = nullptr;
    const zip::Entry* entry = nullptr;
  };
  std::vector<Part> parts_;
  std::set<std::string> names_;          // lower-cased names in use
  std::map<std::string, int> numbered_;  // stem → last number
  ooxml::ContentTypes types_;
};

/// Serialises relationships keeping their ids (ooxml::Relationships hands out fresh ones).
std::string relationships_xml(const std::vector<ooxml::Relationship>& items);

class PartCopier {
 public:
  PartCopier(MergeUnit& unit, PackParts& parts, Diagnostics& diags)
      : unit_(unit), parts_(parts), diags_(diags) {}

  /// Copies a unit part, and every part its relationships reach, each once, under a fresh
  /// name. Returns the pack's name, or "" when the unit lacks the part (a warning).
  std::string copy(const std::string& unit_part);
  /// Writes the relationships of the pack part `pack_part`, made from the unit part
  /// `unit_part`: the same ids (the part's content is unchanged), targets copied.
  void copy_relationships(const std::string& unit_part, const std::string& pack_part);
  /// For a unit part merged into a pack part: adds its relationships (other than `skip`
  /// types) to `into` with fresh ids and copied targets. Returns unit id → pack id.
  NameMap carry(const std::string& unit_part, ooxml::Relationships& into,
                std::span<const std::string_view> skip = {});
  /// Every unit part copied so far → its name in the pack.
  const std::map<std::string, std::string>& copied() const noexcept { return copied_; }

 private:
  MergeUnit& unit_;
  PackParts& parts_;
  Diagnostics& diags_;
  std::map<std::string, std::string> copied_;  // unit part → pack part
};

}  // namespace docket::pack::detail
