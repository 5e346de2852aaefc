#include "pack/front_sheet.hpp"

#include "support/files.hpp"
#include "template/template.hpp"
#include "xml/node.hpp"

namespace docket::pack {

namespace {

xmlNs* derived_namespace(xmlNode* root) {
  const std::string href(tmpl::kDerivedNamespace);
  xmlNs* ns = xmlSearchNsByHref(root->doc, root, BAD_CAST href.c_str());
  return ns ? ns : xmlNewNs(root, BAD_CAST href.c_str(), BAD_CAST "d");
}

// Sets the single d:NAME child of `parent` to `value`.
void set_derived(xmlNode* parent, xmlNs* d, const char* name, const std::string& value) {
  for (xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && c->ns == d && xmlStrEqual(c->name, BAD_CAST name)) {
      xmlUnlinkNode(c);
      xmlFreeNode(c);
      break;
    }
  }
  xmlNewTextChild(parent, d, BAD_CAST name, BAD_CAST value.c_str());
}

}  // namespace

bool render_front_sheet(data::DataSource& agenda, const FrontSheetInput& input, const format::Locale& locale,
                        const std::filesystem::path& out, Diagnostics& diags) {
  xmlNode* root = agenda.root();
  xmlNs* d = derived_namespace(root);
  set_derived(root, d, "pack", input.pack);
  std::size_t position = 0;
  for (xmlNode* item : xml::descendants(xml::child(root, "items"), "item")) {
    if (auto b = input.bookmarks.find(position); b != input.bookmarks.end()) set_derived(item, d, "bookmark", b->second);
    if (auto p = input.pages.find(position); p != input.pages.end()) set_derived(item, d, "page", std::to_string(p->second));
    ++position;
  }
  auto tpl = tmpl::Template::load(data_dir() / "templates" / "agenda-front-sheet.docx", {locale}, diags);
  return tmpl::render(tpl, agenda, out, {}, diags);
}

}  // namespace docket::pack
