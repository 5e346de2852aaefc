#include "xml/document.hpp"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <climits>
#include <cstdint>

#include "support/error.hpp"
#include "xml/parse_messages.hpp"

namespace docket::xml {

namespace {

struct ParseState {
  Diagnostics* diags;
  const std::string* name;
  const ParseOptions* options;
  startElementNsSAX2Func start_element = nullptr;
  bool doctype = false;
  long doctype_line = 0;
  bool reported = false;  // the first well-formedness error; libxml2's later ones are its echoes
};

struct CtxtFree {
  void operator()(xmlParserCtxt* c) const noexcept {
    if (c->myDoc) xmlFreeDoc(c->myDoc);
    c->myDoc = nullptr;
    xmlFreeParserCtxt(c);
  }
};

void on_error(void* user, xmlError* err) {
  auto* ctxt = static_cast<xmlParserCtxt*>(user);
  auto* state = static_cast<ParseState*>(ctxt->_private);
  if (state == nullptr || state->doctype) return;  // errors after we stopped are noise
  if (err->level == XML_ERR_WARNING || state->reported) return;
  state->reported = true;
  state->diags->add({.severity = Severity::error,
                     .file = *state->name,
                     .line = err->line,
                     .column = err->int2,
                     .message = "not well-formed XML: " + well_formedness_message(*err),
                     .hint = "fix the markup at this position: every <tag> needs its </tag>, "
                             "attribute values need quotes, and & must be written &amp;; what "
                             "follows cannot be read until this is fixed",
                     .code = state->options->error_code});
}

void on_doctype(void* user, const xmlChar*, const xmlChar*, const xmlChar*) {
  auto* ctxt = static_cast<xmlParserCtxt*>(user);
  auto* state = static_cast<ParseState*>(ctxt->_private);
  state->doctype = true;
  state->doctype_line = xmlSAX2GetLineNumber(ctxt);
  xmlStopParser(ctxt);
}

// libxml2 keeps only a line per node; diagnostics want the column too, so remember where
// each start tag ends.
void on_start_element(void* user, const xmlChar* localname, const xmlChar* prefix,
                      const xmlChar* uri, int nb_namespaces, const xmlChar** namespaces,
                      int nb_attributes, int nb_defaulted, const xmlChar** attributes) {
  auto* ctxt = static_cast<xmlParserCtxt*>(user);
  auto* state = static_cast<ParseState*>(ctxt->_private);
  state->start_element(user, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes,
                       nb_defaulted, attributes);
  if (ctxt->node != nullptr) {
    ctxt->node->_private = reinterpret_cast<void*>(static_cast<std::uintptr_t>(xmlByteConsumed(ctxt)) + 1);
  }
}

}  // namespace

std::optional<Document> parse(std::string_view bytes, const std::string& name, Diagnostics& diags,
                              const ParseOptions& options) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    throw UnsafeInput(name + " is too large to parse", {}, name);
  }
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(
      xmlCreateMemoryParserCtxt(bytes.data(), static_cast<int>(bytes.size())));
  if (!ctxt) throw IoError("out of memory parsing " + name);
  ParseState state{&diags, &name, &options};
  ctxt->_private = &state;
  // No XML_PARSE_NOENT (entities are not substituted), no DTDLOAD/DTDATTR (nothing external
  // is loaded), NONET (no network), no HUGE (libxml2's depth and text-size limits hold).
  xmlCtxtUseOptions(ctxt.get(), XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA |
                                    XML_PARSE_COMPACT);
  ctxt->sax->internalSubset = on_doctype;
  state.start_element = ctxt->sax->startElementNs;
  ctxt->sax->startElementNs = on_start_element;
  ctxt->sax->serror = on_error;
  ctxt->sax->error = nullptr;
  ctxt->sax->warning = nullptr;
  if (ctxt->sax->initialized != XML_SAX2_MAGIC) ctxt->sax->initialized = XML_SAX2_MAGIC;

  xmlParseDocument(ctxt.get());

  if (state.doctype) {
    UnsafeInput refusal("a <!DOCTYPE> declaration is not allowed",
                        "DOCTYPE declarations can define entities that expand without bound or "
                        "read other files; remove the <!DOCTYPE …> line",
                        name);
    refusal.at(state.doctype_line, "xml.doctype-refused");
    throw refusal;
  }
  if (!ctxt->wellFormed || ctxt->myDoc == nullptr) {
    if (!state.reported) {
      diags.add({.file = name, .message = "not well-formed XML", .code = options.error_code});
    }
    return std::nullopt;
  }
  DocPtr doc(ctxt->myDoc);
  ctxt->myDoc = nullptr;
  return Document(std::move(doc), name);
}

long line_of(const xmlNode* node) { return node ? xmlGetLineNo(node) : 0; }

std::size_t start_tag_end(const xmlNode* element) {
  // Stored plus one, so that a null slot means "unknown".
  auto v = element ? reinterpret_cast<std::uintptr_t>(element->_private) : 0;
  return v == 0 ? std::string::npos : static_cast<std::size_t>(v - 1);
}

}  // namespace docket::xml
