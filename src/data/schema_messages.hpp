#pragma once
// Turns libxml2's XSD messages ("Element '{urn:…}kpii': This element is not expected.
// Expected is ( {urn:…}kpi ).") into diagnostics an officer can act on ("<kpii> is not
// expected here, inside <kpis>; expected <kpi>" — hint: "did you mean <kpi>?"), with the
// exact line and column.
#include <optional>

#include "data/data_source.hpp"
#include "data/schema_outline.hpp"
#include "support/diagnostic.hpp"
#include "xml/schema.hpp"

namespace docket::data {

class SchemaMessageTranslator {
 public:
  SchemaMessageTranslator(const DataSource& data, const xml::Schema& schema)
      : data_(data), schema_(schema), outline_(schema.path()) {}
  /// The diagnostic for one problem, or nullopt for a follow-up message that adds nothing
  /// (libxml2 sometimes reports one fault twice).
  std::optional<Diagnostic> operator()(const xml::SchemaProblem& problem);

 private:
  const DataSource& data_;
  const xml::Schema& schema_;
  SchemaOutline outline_;  // where elements go and which values they take, for the hints
  const xmlNode* explained_node_ = nullptr;  // a node whose fault was already explained
};

}  // namespace docket::data
