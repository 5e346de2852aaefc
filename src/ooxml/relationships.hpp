#pragma once
// One relationships part (*.rels): the links from a source part to other parts and to
// external targets, with fresh unique ids for new ones.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostic.hpp"

namespace docket::ooxml {

struct Relationship {
  std::string id;
  std::string type;
  std::string target;   // as written
  bool external = false;
};

class Relationships {
 public:
  Relationships() = default;
  /// Parses a .rels part of `source_part` ("" for the package's _rels/.rels).
  static Relationships parse(std::string_view xml, std::string source_part,
                             const std::string& file, Diagnostics& diags);
  explicit Relationships(std::string source_part) : source_(std::move(source_part)) {}

  const std::string& source_part() const noexcept { return source_; }
  const std::vector<Relationship>& all() const noexcept { return items_; }
  const Relationship* find(std::string_view id) const;
  /// The first relationship of this type, or null.
  const Relationship* first_of_type(std::string_view type) const;
  std::vector<const Relationship*> of_type(std::string_view type) const;
  /// The part an internal relationship points at, resolved against the source part;
  /// "" for external ones or targets outside the package.
  std::string target_part(const Relationship& r) const;

  /// Adds a relationship with a fresh id ("rIdN", N above every id in use); returns the id.
  std::string add(std::string_view type, std::string_view target, bool external = false);
  void remove(std::string_view id);
  bool modified() const noexcept { return modified_; }

  std::string to_xml() const;

 private:
  std::string source_;
  std::vector<Relationship> items_;
  long next_id_ = 1;
  bool modified_ = false;
};

}  // namespace docket::ooxml
