#include "pack/agenda.hpp"

#include <cstdlib>

#include "data/papers_folder.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "xml/node.hpp"

namespace docket::pack {

namespace {

using xml::attribute;
using xml::child;
using xml::child_text;

Access read_access(const xmlNode* a) {
  Access out;
  if (a == nullptr) return out;
  out.status = attribute(a, "status").value_or("open");
  out.jurisdiction = attribute(a, "jurisdiction").value_or("");
  for (xmlNode* p : xml::children(a, "paragraph")) out.paragraphs.push_back(std::atoi(xml::text(p).c_str()));
  out.public_interest = child_text(a, "publicInterest").value_or("");
  out.confidential_basis = child_text(a, "confidentialBasis").value_or("");
  return out;
}

// A file named in the agenda, which must stay inside its papers folder: a clerk's pack must
// never pick up a file from elsewhere on the machine by a crafted path or a link.
std::filesystem::path resolve(const std::filesystem::path& folder, const std::string& href, bool allow_outside) {
  std::filesystem::path file = folder / href;
  if (allow_outside) return file;
  const data::PapersFolder root = data::papers_folder(folder);
  std::error_code ec;
  const auto base = std::filesystem::weakly_canonical(root.path, ec);
  const auto real = std::filesystem::weakly_canonical(file, ec);
  if (std::filesystem::path(href).is_absolute() || !data::lexically_inside(base, real)) {
    throw UnsafeInput("the agenda names " + href + ", which is outside " + root.name,
                      "move the file into " + root.name + " (or a folder below it), or give --allow-outside", href);
  }
  return file;
}

}  // namespace

std::string AgendaDocument::name() const {
  switch (kind) {
    case DocumentKind::report: return "Report";
    case DocumentKind::appendix: return "Appendix " + label + (title.empty() ? "" : " \u2013 " + title);
    case DocumentKind::document: return title.empty() ? file.filename().string() : title;
  }
  return title;
}

std::string item_bookmark(const std::string& number) {
  std::string out = "item_";
  for (char c : number) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    out += ok ? c : '_';
  }
  return out.substr(0, 40);  // Word's limit for bookmark names
}

Agenda read_agenda(const data::DataSource& data, bool allow_outside) {
  Agenda agenda;
  const xmlNode* root = data.root();
  agenda.folder = data.folder();
  const xmlNode* authority = child(root, "authority");
  agenda.authority = xml::text(authority);
  agenda.jurisdiction = attribute(authority, "jurisdiction").value_or("england");
  const xmlNode* meeting = child(root, "meeting");
  agenda.body = child_text(meeting, "body").value_or("");
  agenda.date = child_text(meeting, "date").value_or("");
  if (const xmlNode* pub = child(root, "publication")) {
    if (auto text = child_text(pub, "blankPageText")) agenda.blank_page_text = *text;
    if (auto placeholder = child_text(pub, "withheldPlaceholder")) agenda.withheld_placeholder = *placeholder != "false";
    auto flag = [&](const char* name, bool fallback) {
      auto v = attribute(pub, name);
      return v ? (*v == "true" || *v == "1") : fallback;
    };
    agenda.duplex = flag("duplex", true);
    agenda.items_start_on_odd_page = flag("itemsStartOnOddPage", true);
    agenda.documents_start_on_odd_page = flag("documentsStartOnOddPage", false);
    agenda.fit_to_a4 = flag("fitToA4", false);
  }
  for (xmlNode* item : xml::descendants(child(root, "items"), "item")) {
    AgendaItem it;
    it.id = attribute(item, "id").value_or("");
    it.number = attribute(item, "number").value_or("");
    it.title = child_text(item, "title").value_or("");
    it.kind = attribute(item, "kind").value_or("other");
    it.part_two = attribute(item, "part") == std::optional<std::string>("II");
    it.to_follow = attribute(item, "toFollow") == std::optional<std::string>("true");
    it.access = read_access(child(item, "access"));
    for (xmlNode* d : xml::children(item)) {
      std::string_view name = xml::local_name(d);
      AgendaDocument doc;
      if (name == "report") {
        doc.kind = DocumentKind::report;
        doc.title = it.title;
        if (auto href = attribute(d, "data")) {
          doc.rendered = true;
          doc.file = resolve(agenda.folder, *href, allow_outside);
          doc.template_file = attribute(d, "template")
                                  ? resolve(agenda.folder, *attribute(d, "template"), allow_outside)
                                  : house_template();
        } else {
          doc.file = resolve(agenda.folder, attribute(d, "href").value_or(""), allow_outside);
        }
      } else if (name == "document") {
        doc.kind = DocumentKind::document;
        doc.title = attribute(d, "title").value_or("");
        doc.file = resolve(agenda.folder, attribute(d, "href").value_or(""), allow_outside);
      } else if (name == "appendix") {
        doc.kind = DocumentKind::appendix;
        doc.title = attribute(d, "title").value_or("");
        doc.label = attribute(d, "label").value_or("");
        doc.file = resolve(agenda.folder, attribute(d, "href").value_or(""), allow_outside);
        if (const xmlNode* a = child(d, "access")) doc.access = read_access(a);
      } else {
        continue;
      }
      if (!doc.rendered) doc.format = data::format_by_name(doc.file);
      it.documents.push_back(std::move(doc));
    }
    agenda.items.push_back(std::move(it));
  }
  return agenda;
}

}  // namespace docket::pack
