#pragma once
// The values of a data file that a paper is expected to print: what `docket check TEMPLATE
// --data DATA` looks for in the rendered document, so that content an officer wrote and
// validation accepted is never dropped without a word. Settings that shape the layout
// (keywords, yes/no values, ids, references to other elements) and the inputs docket
// derives printed values from (a KPI's actual and target, tolerances, risk scores, stated
// statuses) are not values to print; docs/data/committee-report.md lists them.
#include <string>
#include <vector>

#include "data/data_source.hpp"

namespace docket::data {

struct PrintableValue {
  enum class Kind {
    text,     // words, printed as they are
    number,   // a decimal, printed as it is or grouped ("1,250,000")
    date,     // YYYY-MM-DD, printed in words
    month,    // YYYY-MM, printed in words
    time,     // HH:MM, printed "10:00" or "10.00 am"
    address,  // a web address, printed as a link or as text
  };
  const xmlNode* node = nullptr;  // the element, or the attribute node
  std::string path;               // where it is from the root, as a template selects it: "meta/contacts/officer[2]/phone"
  std::string text;               // the value, spaces collapsed
  Kind kind = Kind::text;
};

/// Every printable value of `data` (a report or an agenda, before or after its namespace is
/// removed; derived d: values are not data and are skipped), in document order. The text of
/// an element is its own text with its inline markup (b, i, a, br …), without its block
/// children; inline elements are covered by the element that holds them.
/// For an agenda, the values the pack prints on its other pages (filler pages, bookmarks,
/// notices in place of withheld papers) are left out: the front sheet does not print them.
std::vector<PrintableValue> printable_values(const DataSource& data);

/// Whether `data` is an agenda (its root is <agenda>) rather than a report.
bool is_agenda(const DataSource& data);

}  // namespace docket::data
