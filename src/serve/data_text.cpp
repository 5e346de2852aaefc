#include "serve/data_text.hpp"

namespace docket::serve {

std::optional<xml::Document> parse_data(const std::string& text, const std::string& name, Diagnostics& diags) {
  return xml::parse(text, name, diags);
}

std::string to_text(xmlDoc* doc) {
  xmlChar* mem = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(doc, &mem, &size, "UTF-8");
  std::string out(reinterpret_cast<const char*>(mem), static_cast<std::size_t>(size));
  xmlFree(mem);
  return out;
}

Checked check_text(const std::string& text, const std::filesystem::path& file, const data::ValidateOptions& options,
                   xml::SchemaCache& schemas) {
  Checked out;
  const std::string name = file.string();
  if (auto doc = xml::parse(text, name, out.diags)) {
    out.data.emplace(name, text, std::move(*doc));
    data::validate_loaded(*out.data, options, schemas, out.diags);
  }
  out.diags.sort_by_position();
  return out;
}

}  // namespace docket::serve
