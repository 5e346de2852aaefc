#include "pack/publication.hpp"

#include "data/load_for_template.hpp"
#include "pack/front_sheet.hpp"
#include "support/temp_folder.hpp"
#include "xml/node.hpp"

namespace docket::pack {

namespace {

// "item-6-appendix-b-financial-appraisal": letters and digits, the rest as single dashes.
std::string file_stem(const std::string& number, const std::string& name) {
  std::string out = "item-";
  for (char c : number + "-" + name) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if (keep) out += c;
    else if (out.back() != '-') out += '-';
  }
  while (out.back() == '-') out.pop_back();
  return out;
}

}  // namespace

std::vector<std::filesystem::path> write_public_papers(const std::filesystem::path& agenda_file,
                                                       const std::filesystem::path& folder, const PackOptions& options,
                                                       Diagnostics& diags) {
  ProgressCounter progress(options.progress);
  progress.begin("reading the agenda");
  xml::SchemaCache schemas;
  auto loaded = data::load_for_template(agenda_file, {}, schemas, diags);
  if (!loaded.data || diags.has_errors()) return {};
  if (xml::local_name(loaded.data->root()) != "agenda") {
    diags.add({.file = loaded.data->file(), .message = "this is not an agenda file", .code = "pack.not-agenda"});
    return {};
  }
  const Agenda agenda = read_agenda(*loaded.data, options.allow_outside);
  progress.expect(1 + agenda.items.size() + 1);
  TempFolder work("docket-publish");
  const auto items = prepare_documents(agenda, work.path(), {Audience::public_pack, options.locale, &progress, options.soffice}, diags);
  if (diags.has_errors()) return {};

  FrontSheetInput front{"public", {}, {}, {}};
  std::vector<std::filesystem::path> written{folder / "agenda-front-sheet.docx"};
  for (std::size_t position = 0; position < items.size(); ++position) {
    for (const PackDocument& doc : items[position].documents) {
      if (doc.access.withheld()) {
        front.withheld[position].push_back({doc.name, doc.access});
        continue;  // its notice is in the public pack; the paper is never published
      }
      const bool pdf = !doc.pdf.empty();
      const auto target = folder / (file_stem(items[position].item->number, doc.name) + (pdf ? ".pdf" : ".docx"));
      std::filesystem::copy_file(pdf ? doc.pdf : doc.docx, target, std::filesystem::copy_options::overwrite_existing);
      written.push_back(target);
    }
  }
  progress.begin("making the front sheet");
  if (!render_front_sheet(*loaded.data, front, options.locale, written.front(), diags) || diags.has_errors()) return {};
  return written;
}

}  // namespace docket::pack
