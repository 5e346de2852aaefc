// inspect_data: load → validate → derive (report data only) → write re-indented. Derived
// elements are added without whitespace around them; re-indenting element-only content
// (never mixed content, whose spaces are text) lays them out like the rest of the file.
#include "papers/inspect_data.hpp"

#include <fstream>

#include "support/error.hpp"

#include "data/derive.hpp"
#include "support/byte_sink.hpp"
#include "support/json.hpp"
#include "xml/serialize.hpp"

namespace docket::papers {

namespace {

bool is_blank(const xmlNode* text) {
  for (const xmlChar* c = text->content; c != nullptr && *c != 0; ++c) {
    if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r') return false;
  }
  return true;
}

// Children that are elements, comments and blank text only.
bool holds_only_elements(const xmlNode* element) {
  bool any = false;
  for (const xmlNode* c = element->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE || c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE) {
      any = true;
    } else if (c->type != XML_TEXT_NODE || !is_blank(c)) {
      return false;
    }
  }
  return any;
}

void write_indented(ByteSink& out, const xmlNode* node, int depth) {
  if (node->type != XML_ELEMENT_NODE || !holds_only_elements(node)) {
    xml::write_node(out, node);
    return;
  }
  xml::write_start_tag(out, node);
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE) continue;
    out.put('\n');
    out.write(std::string(2 * (depth + 1), ' '));
    write_indented(out, c, depth + 1);
  }
  out.put('\n');
  out.write(std::string(2 * depth, ' '));
  xml::write_end_tag(out, node);
}

std::string indented(const xml::Document& doc) {
  std::string text(xml::kXmlDeclaration);
  {
    StringSink sink(text);
    for (const xmlNode* c = doc.get()->children; c != nullptr; c = c->next) {
      write_indented(sink, c, 0);
      sink.put('\n');
    }
  }
  return text;
}

}  // namespace

DataInspection inspect_data(const std::filesystem::path& path, const data::ValidateOptions& options,
                            xml::SchemaCache& schemas, Diagnostics& diags) {
  DataInspection seen;
  seen.file = path.string();
  auto data = data::load_data(path, diags);
  if (!data) return seen;
  seen.file = data->file();
  if (auto schema = data::validate_loaded(*data, options, schemas, diags)) seen.schema = schema->string();
  diags.sort_by_position();
  if (diags.has_errors()) return seen;
  // Derived values need valid report data; agendas and other files have none.
  if (data->kind() == data::DataKind::report) {
    const data::SchemeLibrary schemes(options.scheme);
    data::derive(*data, schemes, diags);
    seen.derived = true;
  }
  seen.xml = indented(data->document());
  return seen;
}

std::string to_json(const DataInspection& seen, const Diagnostics& diags) {
  Json problems = Json::array();
  for (const Diagnostic& d : diags) problems.push_back(json_of(d));
  const Json o = {{"file", seen.file},       {"schema", seen.schema},           {"valid", !diags.has_errors()},
                  {"derived", seen.derived}, {"diagnostics", std::move(problems)}, {"xml", seen.xml}};
  return dump_json(o) + "\n";
}

void refuse_data_as_document(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  char head[64] = {};
  in.read(head, sizeof head);
  std::string_view start(head, static_cast<std::size_t>(in.gcount()));
  if (start.starts_with("\xEF\xBB\xBF")) start.remove_prefix(3);  // a UTF-8 byte order mark
  while (!start.empty() && (start.front() == ' ' || start.front() == '\n' || start.front() == '\r' || start.front() == '\t')) {
    start.remove_prefix(1);
  }
  if (!start.starts_with("<")) return;
  throw UsageError(path.string() + " is XML data, not a Word document",
                   "to see the data as a template sees it, with docket's derived values, run: docket inspect --data " +
                       path.string());
}

}  // namespace docket::papers
