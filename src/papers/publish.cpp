#include "papers/publish.hpp"

#include <array>
#include <cstdlib>
#include <set>
#include <string_view>
#include <vector>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "papers/detail/publish_metadata.hpp"
#include "papers/detail/publish_revisions.hpp"
#include "papers/detail/publish_text.hpp"
#include "xml/node.hpp"

namespace docket::papers {

namespace {

// The parts of Word's comments: the comments, their threads and states, and their authors.
constexpr std::array<std::string_view, 5> kCommentParts = {
    ooxml::rel::comments, "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
    "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
    "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
    "http://schemas.microsoft.com/office/2011/relationships/people"};

struct TextPart {
  std::string name;
  xml::Document doc;
  std::string_view notes;  // "footnote" / "endnote" for the notes parts, else ""
};

std::string related(ooxml::Package& package, std::string_view type) {
  return detail::related_part(package, package.main_document(), type);
}

// The document, its headers and footers, then its notes: every part that holds its text.
std::vector<TextPart> text_parts(ooxml::Package& package, Diagnostics& diags) {
  std::vector<std::pair<std::string, std::string_view>> names{{package.main_document(), ""}};
  auto& rels = package.relationships(package.main_document());
  for (const auto& r : rels.all()) {
    if ((r.type == ooxml::rel::header || r.type == ooxml::rel::footer) && !r.external) {
      names.emplace_back(rels.target_part(r), "");
    }
  }
  names.emplace_back(related(package, ooxml::rel::footnotes), "footnote");
  names.emplace_back(related(package, ooxml::rel::endnotes), "endnote");
  std::vector<TextPart> parts;
  for (auto& [name, notes] : names) {
    if (name.empty() || !package.has_part(name)) continue;
    auto doc = package.parse_part(name, diags);
    if (doc && doc->root() != nullptr) parts.push_back({name, std::move(*doc), notes});
  }
  return parts;
}

// Notes whose references went with deleted or hidden text would still be in the package.
void drop_unreferenced_notes(std::vector<TextPart>& parts) {
  std::set<std::string> referenced;  // "footnote:3"
  for (const auto& part : parts) {
    if (!part.notes.empty()) continue;
    for (const char* kind : {"footnote", "endnote"}) {
      for (xmlNode* ref : xml::descendants(part.doc.root(), std::string(kind) + "Reference")) {
        xmlChar* id = xmlGetNsProp(ref, BAD_CAST "id", BAD_CAST std::string(ooxml::ns::w).c_str());
        if (id != nullptr) referenced.insert(std::string(kind) + ":" + reinterpret_cast<const char*>(id));
        xmlFree(id);
      }
    }
  }
  for (auto& part : parts) {
    if (part.notes.empty()) continue;
    for (xmlNode* note : xml::children(part.doc.root(), part.notes)) {
      const std::string ns(ooxml::ns::w);
      xmlChar* type = xmlGetNsProp(note, BAD_CAST "type", BAD_CAST ns.c_str());
      xmlChar* id = xmlGetNsProp(note, BAD_CAST "id", BAD_CAST ns.c_str());
      const bool separator = type != nullptr && std::string_view(reinterpret_cast<const char*>(type)) != "normal";
      const std::string key = std::string(part.notes) + ":" + (id ? reinterpret_cast<const char*>(id) : "");
      xmlFree(type);
      xmlFree(id);
      if (!separator && !referenced.count(key)) {
        xmlUnlinkNode(note);
        xmlFreeNode(note);
      }
    }
  }
}

// Formatting changes are recorded in styles and list definitions too.
void settle_definitions(ooxml::Package& package, Diagnostics& diags) {
  for (std::string_view type : {ooxml::rel::styles, ooxml::rel::numbering}) {
    const std::string part = related(package, type);
    if (part.empty()) continue;
    auto doc = package.parse_part(part, diags);
    if (doc && detail::accept_revisions(doc->root()) > 0) package.replace(part, detail::serialise(doc->root()));
  }
}

}  // namespace

void clean_for_publication(ooxml::Package& package, Diagnostics& diags) {
  std::set<std::string> hiding;
  if (std::string styles = related(package, ooxml::rel::styles); !styles.empty()) {
    if (auto doc = package.parse_part(styles, diags)) hiding = detail::hiding_styles(doc->root());
  }
  // The text: changes accepted first (hidden text inside a deletion is gone with it), then
  // comments and hidden text removed, then notes nothing refers to any more.
  auto parts = text_parts(package, diags);
  for (auto& part : parts) {
    xmlNode* root = part.doc.root();
    detail::accept_revisions(root);
    detail::remove_comment_marks(root);
    detail::remove_hidden_text(root, hiding);
    detail::remove_data_bindings(root);
  }
  drop_unreferenced_notes(parts);
  for (const auto& part : parts) package.replace(part.name, detail::serialise(part.doc.root()));
  settle_definitions(package, diags);
  for (auto type : kCommentParts) detail::remove_related(package, package.main_document(), type);
  // The package: who wrote it, where, and the data that came with it.
  detail::clean_properties(package, diags);
  detail::remove_private_parts(package);
  detail::clean_settings(package, diags);
}

bool clean_docx(const std::filesystem::path& in, const std::filesystem::path& out, Diagnostics& diags) {
  auto package = ooxml::Package::open(in);
  const std::size_t errors = diags.error_count();
  clean_for_publication(package, diags);
  if (diags.error_count() > errors) return false;
  return package.write(out);
}

}  // namespace docket::papers
