#include "rendered_text.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

#include "data/data_source.hpp"
#include "data/prepare.hpp"
#include "template/template.hpp"
#include "test_support.hpp"
#include "zip/zip_reader.hpp"

namespace docket::test {

namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kMc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

struct DocFree {
  void operator()(xmlDoc* d) const noexcept { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

DocPtr parse(const std::string& xml) {
  DocPtr doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "part.xml", nullptr,
                           XML_PARSE_NONET | XML_PARSE_HUGE));
  if (!doc) throw std::runtime_error("not well-formed XML");
  return doc;
}

bool is(const xmlNode* n, const char* ns, const char* name) {
  return n->type == XML_ELEMENT_NODE && n->ns != nullptr && xmlStrEqual(n->ns->href, BAD_CAST ns) &&
         xmlStrEqual(n->name, BAD_CAST name);
}

std::string content(const xmlNode* n) {
  std::string s;
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
      s += reinterpret_cast<const char*>(c->content);
    }
  }
  return s;
}

// Walks `n`, appending text to paragraph `current` (an index into out) and starting a new
// entry for each nested paragraph.
void walk(const xmlNode* n, std::vector<std::string>& out, long current) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is(c, kMc, "Fallback")) continue;
    if (is(c, kW, "p")) {
      out.emplace_back();
      walk(c, out, static_cast<long>(out.size()) - 1);
      continue;
    }
    if (current >= 0) {
      auto& text = out[static_cast<std::size_t>(current)];
      if (is(c, kW, "t")) text += content(c);
      else if (is(c, kW, "tab")) text += "\t";
      else if (is(c, kW, "br") || is(c, kW, "cr")) text += "\n";
    }
    if (is(c, kW, "del") || is(c, kW, "delText")) continue;
    walk(c, out, current);
  }
}

Rendered finish(Diagnostics&& diags, bool written) {
  Rendered r;
  r.written = written;
  r.diags = std::move(diags);
  for (const auto& d : r.diags) r.messages += to_text(d) + "\n";
  return r;
}

}  // namespace

std::filesystem::path template_fixture(const std::string& name) {
  return source_path("fixtures/templates/" + name);
}

bool Rendered::has(const std::string& code) const { return first(code) != nullptr; }

std::size_t Rendered::count(const std::string& code) const {
  return static_cast<std::size_t>(
      std::count_if(diags.begin(), diags.end(), [&](const Diagnostic& d) { return d.code == code; }));
}

const Diagnostic* Rendered::first(const std::string& code) const {
  for (const auto& d : diags) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

Rendered render_template(const std::filesystem::path& tmpl, const std::filesystem::path& data,
                         const std::filesystem::path& out, bool draft) {
  Diagnostics diags;
  auto t = tmpl::Template::load(tmpl, {}, diags);
  auto d = data::load_data(data, diags);
  if (!d) return finish(std::move(diags), false);
  data::strip_root_namespace(*d);
  const bool written = tmpl::render(t, *d, out, {.draft = draft}, diags);
  return finish(std::move(diags), written);
}

Rendered check_template(const std::filesystem::path& tmpl, const std::filesystem::path& data) {
  Diagnostics diags;
  auto t = tmpl::Template::load(tmpl, {}, diags);
  auto d = data::load_data(data, diags);
  if (!d) return finish(std::move(diags), false);
  data::strip_root_namespace(*d);
  tmpl::check_with_data(t, *d, diags);
  return finish(std::move(diags), false);
}

std::string part_xml(const std::filesystem::path& docx, const std::string& part) {
  auto zip = zip::ZipReader::open(docx);
  return zip.read(part);
}

std::vector<std::string> paragraph_texts(const std::filesystem::path& docx, const std::string& part) {
  auto doc = parse(part_xml(docx, part));
  std::vector<std::string> out;
  walk(reinterpret_cast<xmlNode*>(doc.get()), out, -1);
  return out;
}

std::string visible_text(const std::filesystem::path& docx, const std::string& part) {
  std::string out;
  for (const auto& p : paragraph_texts(docx, part)) {
    if (p.empty()) continue;
    if (!out.empty()) out += "\n";
    out += p;
  }
  return out;
}

std::vector<std::string> xpath_strings(const std::string& xml, const std::string& expression) {
  auto doc = parse(xml);
  std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> ctx(xmlXPathNewContext(doc.get()),
                                                                        xmlXPathFreeContext);
  static const std::pair<const char*, const char*> kPrefixes[] = {
      {"w", kW},
      {"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
      {"wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
      {"a", "http://schemas.openxmlformats.org/drawingml/2006/main"},
      {"pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"},
      {"wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"},
      {"mc", kMc},
      {"v", "urn:schemas-microsoft-com:vml"},
      {"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
      {"dc", "http://purl.org/dc/elements/1.1/"},
      {"rel", "http://schemas.openxmlformats.org/package/2006/relationships"}};
  for (auto [prefix, uri] : kPrefixes) xmlXPathRegisterNs(ctx.get(), BAD_CAST prefix, BAD_CAST uri);
  std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> result(
      xmlXPathEvalExpression(BAD_CAST expression.c_str(), ctx.get()), xmlXPathFreeObject);
  if (!result) throw std::runtime_error("bad XPath in a test: " + expression);
  std::vector<std::string> out;
  auto to_string = [](xmlChar* s) {
    std::string v = s ? reinterpret_cast<const char*>(s) : "";
    xmlFree(s);
    return v;
  };
  if (result->type == XPATH_NODESET) {
    if (result->nodesetval) {
      for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
        out.push_back(to_string(xmlXPathCastNodeToString(result->nodesetval->nodeTab[i])));
      }
    }
  } else {
    out.push_back(to_string(xmlXPathCastToString(result.get())));
  }
  return out;
}

}  // namespace docket::test
