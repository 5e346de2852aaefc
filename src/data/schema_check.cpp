#include "data/schema_check.hpp"

#include <libxml/valid.h>

#include "data/schema_messages.hpp"
#include "support/files.hpp"

namespace docket::data {

std::optional<std::filesystem::path> choose_schema(
    const DataSource& data, const std::optional<std::filesystem::path>& explicit_schema,
    Diagnostics& diags) {
  if (explicit_schema) return explicit_schema;
  const std::string ns = data.root_namespace();
  const std::string root = reinterpret_cast<const char*>(data.root()->name);
  if (ns.empty()) return std::nullopt;
  auto unknown = [&](std::string message, std::string hint) {
    diags.add(data.at(data.root(), Severity::error, std::move(message), std::move(hint),
                      "data.unknown-schema"));
    return std::nullopt;
  };
  if (ns != kNamespace) {
    if (ns.rfind(kNamespacePrefix, 0) == 0) {
      return unknown("this data is written for version " + ns.substr(kNamespacePrefix.size()) +
                         " of docket's data format; this docket reads version 1",
                     "use the docket release that matches the data, or convert the data");
    }
    return unknown("no schema is installed for the namespace \"" + ns + "\"",
                   "give the schema with --schema FILE.xsd, or remove the xmlns attribute to use "
                   "the data without a schema");
  }
  const auto schemas = data_dir() / "schemas";
  if (root == "report") return schemas / "committee-report.xsd";
  if (root == "agenda") return schemas / "agenda.xsd";
  return unknown("<" + root + "> is not a docket data file: the root must be <report> or <agenda>",
                 "see docs/data/committee-report.md and docs/data/agenda.md");
}

namespace {

// libxml2 does not resolve IDREFs during XSD validation, but it does mark the attributes
// whose type is IDREF(S); check each token names an id in the document.
void check_idrefs(const DataSource& data, xmlNode* node, Diagnostics& diags) {
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    for (xmlAttr* a = node->properties; a != nullptr; a = a->next) {
      if (a->atype != XML_ATTRIBUTE_IDREF && a->atype != XML_ATTRIBUTE_IDREFS) continue;
      xmlChar* raw = xmlNodeListGetString(node->doc, a->children, 1);
      std::string value = raw ? reinterpret_cast<const char*>(raw) : "";
      xmlFree(raw);
      std::size_t start = 0;
      while (start < value.size()) {
        std::size_t end = value.find(' ', start);
        if (end == std::string::npos) end = value.size();
        std::string token = value.substr(start, end - start);
        if (!token.empty() && xmlGetID(node->doc, BAD_CAST token.c_str()) == nullptr) {
          diags.add(data.at(reinterpret_cast<xmlNode*>(a), Severity::error,
                            "the " + std::string(reinterpret_cast<const char*>(a->name)) +
                                " attribute of <" + reinterpret_cast<const char*>(node->name) +
                                "> refers to \"" + token + "\", but no element has id=\"" +
                                token + "\"",
                            "check the spelling, or add id=\"" + token +
                                "\" to the element meant",
                            "data.unknown-idref"));
        }
        start = end + 1;
      }
    }
    check_idrefs(data, node->children, diags);
  }
}

}  // namespace

void check_schema(const DataSource& data, const xml::Schema& schema, Diagnostics& diags) {
  auto problems = xml::validate(schema, data.document().get());
  SchemaMessageTranslator translate(data, schema);
  for (const auto& p : problems) {
    if (auto d = translate(p)) diags.add(std::move(*d));
  }
  if (problems.empty()) check_idrefs(data, data.root(), diags);
}

}  // namespace docket::data
