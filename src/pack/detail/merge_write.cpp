#include "ooxml/names.hpp"
#include "ooxml/part_name.hpp"
#include "pack/detail/merge_body.hpp"
#include "pack/detail/merge_pack.hpp"
#include "pack/detail/merge_settings.hpp"
#include "xml/serialize.hpp"
#include "zip/zip_writer.hpp"

namespace docket::pack::detail {

namespace {

constexpr std::string_view kDocument = "word/document.xml";

std::string package_relationships() {
  return relationships_xml({{"rId1", std::string(ooxml::rel::office_document), std::string(kDocument)},
                            {"rId2", std::string(ooxml::rel::core_properties), "docProps/core.xml"},
                            {"rId3", std::string(ooxml::rel::extended_properties), "docProps/app.xml"}});
}

std::string app_properties() {
  return std::string(xml::kXmlDeclaration) + "<Properties xmlns=\"" +
         std::string(ooxml::ns::extended_properties) + "\"><Application>docket</Application></Properties>";
}

}  // namespace

std::string Merger::core_properties() const {
  std::string out(xml::kXmlDeclaration);
  out += "<cp:coreProperties xmlns:cp=\"" + std::string(ooxml::ns::core_properties) + "\" xmlns:dc=\"" +
         std::string(ooxml::ns::dc) + "\" xmlns:dcterms=\"" + std::string(ooxml::ns::dcterms) + "\">";
  if (!options_.title.empty()) out += "<dc:title>" + xml::escape_text(options_.title) + "</dc:title>";
  if (!options_.language.empty()) out += "<dc:language>" + xml::escape_text(options_.language) + "</dc:language>";
  return out + "</cp:coreProperties>";
}

void Merger::write(std::vector<MergeUnit>& units, const std::filesystem::path& target) {
  ooxml::ContentTypes& types = parts_.content_types();
  zip::ZipWriter out(target);
  // Parts merged from every unit, each related to the document and given its type.
  auto merged = [&](std::string_view part, std::string_view content_type, std::string_view rel_type,
                    std::string bytes, ooxml::Relationships* rels) {
    types.set_override(part, content_type);
    document_rels_.add(rel_type, ooxml::relative_target(kDocument, part));
    out.add(std::string(part), std::move(bytes));
    if (rels != nullptr && !rels->all().empty()) out.add(ooxml::rels_part_for(part), rels->to_xml());
  };
  types.set_override(kDocument, ooxml::content_type::main_document);
  types.set_override("docProps/core.xml", ooxml::content_type::core_properties);
  types.set_override("docProps/app.xml", ooxml::content_type::extended_properties);
  out.add("_rels/.rels", package_relationships());
  out.add("docProps/core.xml", core_properties());
  out.add("docProps/app.xml", app_properties());
  out.add_stream(std::string(kDocument), DocumentStream{units, body_namespaces_, ids_, even_and_odd_, line_numbers_, !endnotes_.empty(),
                                                  options_.fit_to_a4, diags_});

  merged("word/styles.xml", ooxml::content_type::styles, ooxml::rel::styles, styles_->to_xml(), nullptr);
  SettingsChanges settings{even_and_odd_, options_.update_fields, footnotes_.separator_ids(), endnotes_.separator_ids(),
                           !endnotes_.empty()};
  merged("word/settings.xml", ooxml::content_type::settings, ooxml::rel::settings,
         pack_settings(units.front(), settings, diags_), nullptr);
  if (!numbering_.empty()) {
    merged("word/numbering.xml", ooxml::content_type::numbering, ooxml::rel::numbering, numbering_.to_xml(),
           &numbering_rels_);
  }
  if (!fonts_.empty()) {
    merged("word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
           ooxml::rel::font_table, fonts_.to_xml(), &fonts_.relationships());
  }
  for (NotesMerger* notes : {&footnotes_, &endnotes_, &comments_}) {
    if (notes->empty()) continue;
    const NotesKind& kind = notes->kind();
    merged(kind.part, kind.content_type, kind.relationship, notes->to_xml(), &notes->relationships());
  }
  out.add("word/_rels/document.xml.rels", document_rels_.to_xml());
  parts_.write_to(out);
  out.add("[Content_Types].xml", types.to_xml());  // the writer puts it first
  out.commit();
}

}  // namespace docket::pack::detail
