#include "xml/schema.hpp"

#include <libxml/schemasInternals.h>

#include "support/error.hpp"
#include "support/files.hpp"
#include "xml/document.hpp"
#include "xml/node.hpp"

namespace docket::xml {

namespace {

std::string trimmed(const char* message) {
  std::string s = message ? message : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

void collect_problem(void* user, xmlError* err) {
  auto* out = static_cast<std::vector<SchemaProblem>*>(user);
  out->push_back({.is_warning = err->level == XML_ERR_WARNING,
                  .line = err->line,
                  .node = static_cast<xmlNode*>(err->node),
                  .code = err->code,
                  .message = trimmed(err->message)});
}

struct ParserCtxtFree {
  void operator()(xmlSchemaParserCtxt* c) const noexcept { xmlSchemaFreeParserCtxt(c); }
};
struct ValidCtxtFree {
  void operator()(xmlSchemaValidCtxt* c) const noexcept { xmlSchemaFreeValidCtxt(c); }
};

// Collects xs:element/@name from a schema file and the files it includes or imports.
void collect_element_names(const std::filesystem::path& file, std::set<std::string>& names,
                           std::set<std::filesystem::path>& seen) {
  if (!seen.insert(file).second) return;
  std::string text;
  try {
    text = read_file(file, 16u << 20);
  } catch (const Error&) {
    return;
  }
  Diagnostics ignored;
  auto doc = parse(text, file.string(), ignored);
  if (!doc) return;
  for (xmlNode* e : descendants(doc->root(), "element")) {
    if (auto name = attribute(e, "name")) names.insert(*name);
  }
  for (const char* kind : {"include", "import"}) {
    for (xmlNode* inc : descendants(doc->root(), kind)) {
      if (auto loc = attribute(inc, "schemaLocation")) {
        collect_element_names(file.parent_path() / *loc, names, seen);
      }
    }
  }
}

}  // namespace

Schema::Schema(xmlSchema* schema, std::filesystem::path path)
    : schema_(schema), path_(std::move(path)) {}
Schema::~Schema() { xmlSchemaFree(schema_); }

std::string Schema::target_namespace() const {
  return schema_ && schema_->targetNamespace
             ? reinterpret_cast<const char*>(schema_->targetNamespace)
             : "";
}

const Schema& SchemaCache::get(const std::filesystem::path& path) {
  auto key = std::filesystem::weakly_canonical(path);
  const std::lock_guard lock(mutex_);
  if (auto it = schemas_.find(key); it != schemas_.end()) return *it->second;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(key, ec)) {
    throw IoError("cannot read the schema " + path.string() + ": no such file",
                  "check the --schema path", path.string());
  }
  std::unique_ptr<xmlSchemaParserCtxt, ParserCtxtFree> pctxt(
      xmlSchemaNewParserCtxt(key.c_str()));
  std::vector<SchemaProblem> problems;
  xmlSchemaSetParserStructuredErrors(pctxt.get(), collect_problem, &problems);
  xmlSchema* compiled = xmlSchemaParse(pctxt.get());
  if (compiled == nullptr) {
    std::string first = problems.empty() ? "it could not be compiled" : problems.front().message;
    long line = problems.empty() ? 0 : problems.front().line;
    throw InvalidInput(path.string() + (line ? ":" + std::to_string(line) : "") +
                           ": the schema is not a valid XML Schema 1.0: " + first,
                       "fix the schema file (docket uses XSD 1.0 as libxml2 implements it)",
                       path.string());
  }
  auto& slot = schemas_[key];
  slot = std::make_unique<Schema>(compiled, key);
  std::set<std::filesystem::path> seen;
  collect_element_names(key, slot->element_names_, seen);
  return *slot;
}

std::vector<SchemaProblem> validate(const Schema& schema, xmlDoc* doc) {
  std::unique_ptr<xmlSchemaValidCtxt, ValidCtxtFree> vctxt(xmlSchemaNewValidCtxt(schema.get()));
  if (!vctxt) throw IoError("out of memory validating");
  std::vector<SchemaProblem> problems;
  xmlSchemaSetValidStructuredErrors(vctxt.get(), collect_problem, &problems);
  xmlSchemaValidateDoc(vctxt.get(), doc);
  return problems;
}

}  // namespace docket::xml
