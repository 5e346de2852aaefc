#include "pack/front_sheet.hpp"

#include "support/files.hpp"
#include "template/template.hpp"
#include "xml/node.hpp"

namespace docket::pack {

namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
const xmlChar* x(const std::string& s) { return x(s.c_str()); }

xmlNs* derived_namespace(xmlNode* root) {
  const std::string href(tmpl::kDerivedNamespace);
  xmlNs* ns = xmlSearchNsByHref(root->doc, root, x(href));
  return ns ? ns : xmlNewNs(root, x(href), x("d"));
}

// Removes the d:NAME children of `parent`, so that a second rendering starts afresh.
void remove_derived(xmlNode* parent, xmlNs* d, const char* name) {
  for (xmlNode* c = parent->children; c != nullptr;) {
    xmlNode* next = c->next;
    if (c->type == XML_ELEMENT_NODE && c->ns == d && xmlStrEqual(c->name, x(name))) {
      xmlUnlinkNode(c);
      xmlFreeNode(c);
    }
    c = next;
  }
}

// Sets the single d:NAME child of `parent` to `value`.
void set_derived(xmlNode* parent, xmlNs* d, const char* name, const std::string& value) {
  remove_derived(parent, d, name);
  xmlNewTextChild(parent, d, x(name), x(value));
}

// <d:webcast><a href="…">…</a></d:webcast>: the address as a link the rich-text tag prints.
void set_webcast(xmlNode* root, xmlNs* d) {
  remove_derived(root, d, "webcast");
  const xmlNode* webcast = xml::child(xml::child(root, "meeting"), "webcast");
  if (webcast == nullptr) return;
  const std::string address = xml::text(webcast);
  xmlNode* holder = xmlNewChild(root, d, x("webcast"), nullptr);
  xmlNode* a = xmlNewTextChild(holder, nullptr, x("a"), x(address));
  xmlSetProp(a, x("href"), x(address));
}

// <d:withheld name="Appendix B – …" status="exempt" part="Part 1"><d:paragraph>3</d:paragraph></d:withheld>
void set_withheld(xmlNode* item, xmlNs* d, const std::vector<WithheldDocument>& documents, const std::string& jurisdiction) {
  remove_derived(item, d, "withheld");
  for (const auto& doc : documents) {
    xmlNode* w = xmlNewChild(item, d, x("withheld"), nullptr);
    xmlSetProp(w, x("name"), x(doc.name));
    xmlSetProp(w, x("status"), x(doc.access.status));
    const std::string& law = doc.access.jurisdiction.empty() ? jurisdiction : doc.access.jurisdiction;
    xmlSetProp(w, x("part"), x(law == "wales" ? "Part\u00A04" : "Part\u00A01"));
    for (int p : doc.access.paragraphs) xmlNewTextChild(w, d, x("paragraph"), x(std::to_string(p)));
  }
}

}  // namespace

void add_front_sheet_values(data::DataSource& agenda, const FrontSheetInput& input) {
  xmlNode* root = agenda.root();
  xmlNs* d = derived_namespace(root);
  set_derived(root, d, "pack", input.pack);
  set_webcast(root, d);
  const std::string jurisdiction = xml::attribute(xml::child(root, "authority"), "jurisdiction").value_or("england");
  std::size_t position = 0;
  for (xmlNode* item : xml::descendants(xml::child(root, "items"), "item")) {
    if (auto b = input.bookmarks.find(position); b != input.bookmarks.end()) set_derived(item, d, "bookmark", b->second);
    if (auto p = input.pages.find(position); p != input.pages.end()) set_derived(item, d, "page", std::to_string(p->second));
    const auto w = input.withheld.find(position);
    set_withheld(item, d, w == input.withheld.end() ? std::vector<WithheldDocument>{} : w->second, jurisdiction);
    ++position;
  }
}

bool render_front_sheet(data::DataSource& agenda, const FrontSheetInput& input, const format::Locale& locale,
                        const std::filesystem::path& out, Diagnostics& diags) {
  add_front_sheet_values(agenda, input);
  auto tpl = tmpl::Template::load(data_dir() / "templates" / "agenda-front-sheet.docx", {locale}, diags);
  return tmpl::render(tpl, agenda, out, {}, diags);
}

}  // namespace docket::pack
