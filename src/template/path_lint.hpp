#pragma once
// `docket check` without data: the data schemas are docket's own, so a tag's path that no
// report (or agenda) can hold — `meta/titel` — is found from the schema alone, with the name
// that was probably meant. Paths are followed through #each blocks, so a tag inside a loop is
// read against the loop's item.
#include <optional>
#include <string>
#include <vector>

#include "data/schema_outline.hpp"
#include "support/diagnostic.hpp"
#include "template/template.hpp"

namespace docket::tmpl {

/// One path no document of the schema can select.
struct UnknownPath {
  std::size_t part = 0;  // index into Template::tags()
  std::size_t site = 0;  // index into that part's sites
  std::string message;
  std::string hint;
};

struct PathCheck {
  std::vector<UnknownPath> unknown;
  std::size_t sound_at_root = 0;    // tags outside any loop whose paths a document can select
  std::size_t unsound_at_root = 0;  // tags outside any loop with a path no document can select
};

/// The paths of `t`'s tags that no document whose root is `root` (of `schema`) can select.
PathCheck unknown_paths(const Template& t, const data::SchemaOutline& schema, const std::string& root);

/// Reports, as warnings, the paths no document of docket's schema can select; the schema is
/// the one (committee report or agenda) under which fewer paths are unknown, a committee
/// report when they tie. A template most of whose tags outside loops a report or an agenda
/// cannot fill is written for other data and is not reported on. Returns the schema's root element used ("" for none).
std::string check_paths_without_data(const Template& t, Diagnostics& diags);

}  // namespace docket::tmpl
