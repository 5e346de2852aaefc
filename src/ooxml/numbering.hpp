#pragma once
// word/numbering.xml: abstract list definitions and the list instances (w:num) that
// paragraphs point at. New instances can be added — a restarted copy of a list for each
// item of an outer loop, a list per rich-text <ol> — and the part written back.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "support/diagnostic.hpp"
#include "xml/document.hpp"

namespace docket::ooxml {

class NumberingTable {
 public:
  /// An empty table (a package without numbering.xml).
  NumberingTable();
  /// Parses numbering.xml; well-formedness errors go to `diags`.
  static NumberingTable parse(std::string_view xml, const std::string& name, Diagnostics& diags);

  bool empty() const noexcept { return nums_.empty() && abstracts_.empty(); }
  /// The abstract definition a list instance uses.
  std::optional<long> abstract_of(long num_id) const;

  /// Adds a list instance of `abstract_id` that starts again at each level's first number
  /// (w:lvlOverride/w:startOverride for levels 0–8). Returns its w:numId.
  long add_restarted_num(long abstract_id);
  /// Adds an abstract definition with one level per entry of `formats` ("bullet" or
  /// "decimal" / "lowerLetter" / …), indented 720 twips per level. Returns its id.
  long add_abstract(const std::vector<std::string>& formats);
  /// Adds a plain instance of an abstract definition. Returns its w:numId.
  long add_num(long abstract_id);

  /// The part's XML, additions included.
  std::string to_xml() const;

 private:
  xml::Document doc_;
  std::map<long, long> nums_;               // numId → abstractNumId
  std::map<long, std::map<long, long>> starts_;  // abstractNumId → level → start
  std::map<long, bool> abstracts_;
  long next_num_ = 1;
  long next_abstract_ = 0;
};

}  // namespace docket::ooxml
