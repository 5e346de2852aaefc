#include "pack/detail/merge_headers.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

#include "ooxml/names.hpp"
#include "ooxml/part_name.hpp"
#include "ooxml/wml.hpp"
#include "pack/detail/merge_content.hpp"
#include "pack/detail/merge_flow.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::pack::detail {

namespace {

// One blank line of exactly 12pt, within kFillerHeight. Filler lines are never counted by
// line numbering (LibreOffice would count them when some unit numbers its lines).
constexpr std::string_view kExactLine =
    "<w:pPr><w:suppressLineNumbers/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" "
    "w:lineRule=\"exact\"/></w:pPr>";

std::string part_start(bool header) {
  std::string tag = header ? "w:hdr" : "w:ftr";
  return std::string(xml::kXmlDeclaration) + "<" + tag + " xmlns:w=\"" + std::string(ooxml::ns::w) +
         "\" xmlns:r=\"" + std::string(ooxml::ns::r) + "\">";
}

std::string part_end(bool header) { return header ? "</w:hdr>" : "</w:ftr>"; }

std::string whole_part(const xmlNode* root) {
  return std::string(xml::kXmlDeclaration) + to_xml_string(root);
}

// The banner's size in half-points: the statutory wording runs to some 110 characters, and
// it must stay on one line of the unit's narrowest text width. Bold Arial (Liberation Sans)
// capitals and text average under 0.6 em a character; 11pt at most, 6pt at least.
long banner_size(const std::string& text, long text_width) {
  // Characters, not bytes: the dash is three bytes of UTF-8.
  const auto characters = static_cast<double>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  const double points = static_cast<double>(text_width) / 20.0 / (characters * 0.6);
  return std::clamp(static_cast<long>(points * 2), 12L, 22L);
}

// The banner: bold, centred, one exact line ruled off from the page below it.
xmlNode* banner_paragraph(xmlNode* context, const std::string& text, long text_width) {
  const long size = banner_size(text, text_width);
  xmlNode* p = new_w(context, nullptr, "p");
  xmlNode* ppr = new_w(context, p, "pPr");
  new_w(context, ppr, "suppressLineNumbers");
  xmlNode* bottom = new_w(context, new_w(context, ppr, "pBdr"), "bottom");
  set_w_attr(bottom, "val", "single");
  set_w_attr(bottom, "sz", "6");
  set_w_attr(bottom, "space", "1");
  set_w_attr(bottom, "color", "auto");
  xmlNode* spacing = new_w(context, ppr, "spacing");
  const std::string line = std::to_string(size * 10 + 20);
  for (auto [name, value] : {std::pair<const char*, std::string>{"before", "0"}, {"after", "0"}, {"line", line},
                             {"lineRule", "exact"}}) {
    set_w_attr(spacing, name, value);
  }
  set_w_attr(new_w(context, ppr, "jc"), "val", "center");
  xmlNode* r = new_w(context, p, "r");
  xmlNode* rpr = new_w(context, r, "rPr");
  xmlNode* fonts = new_w(context, rpr, "rFonts");
  for (const char* attr : {"ascii", "hAnsi", "cs"}) set_w_attr(fonts, attr, "Arial");
  new_w(context, rpr, "b");
  new_w(context, rpr, "bCs");
  set_w_attr(new_w(context, rpr, "sz"), "val", std::to_string(size));
  set_w_attr(new_w(context, rpr, "szCs"), "val", std::to_string(size));
  xmlNode* t = new_w(context, r, "t");
  xmlNodeSetSpacePreserve(t, 1);
  ooxml::set_text(t, text);
  return p;
}

void add_banner(xmlNode* root, const std::string& text, long text_width) {
  xmlNode* p = banner_paragraph(root, text, text_width);
  if (root->children != nullptr) xmlAddPrevSibling(root->children, p);
  else xmlAddChild(root, p);
}

}  // namespace

HeaderFooterParts::Added HeaderFooterParts::add(bool header, std::string bytes) {
  std::string name = parts_.numbered_name(header ? "word/header" : "word/footer");
  parts_.add(name, header ? ooxml::content_type::header : ooxml::content_type::footer, std::move(bytes));
  std::string id = rels_.add(header ? ooxml::rel::header : ooxml::rel::footer,
                             ooxml::relative_target("word/document.xml", name));
  return {std::move(name), std::move(id)};
}

void HeaderFooterParts::carry(MergeUnit& unit, PartCopier& copier, Diagnostics& diags) {
  const std::string& main = unit.package.main_document();
  const ooxml::Relationships& rels = unit.package.relationships(main);
  for (const auto& r : rels.all()) {
    const bool header = r.type == ooxml::rel::header;
    if ((!header && r.type != ooxml::rel::footer) || r.external) continue;
    if (!header && !pack_footer_.empty()) continue;  // the pack's page line replaces them
    std::string part = rels.target_part(r);
    if (part.empty() || !unit.package.has_part(part)) continue;
    xml::Document doc = parse_source_part(unit.package, part, diags);
    if (header && !unit.source->page_banner.empty()) add_banner(doc.root(), unit.source->page_banner, unit.sections.text_width);
    if (pack_line_numbers_ && !unit.sections.line_numbers) suppress_line_numbers(doc.root());
    map_references(doc.root(), PartRefs{unit.maps, ids_});
    Added added = add(header, whole_part(doc.root()));
    copier.copy_relationships(part, added.part);
    unit.document_rels[r.id] = added.rel_id;
  }
}

std::string HeaderFooterParts::blank(bool header) {
  std::string& id = header ? blank_header_ : blank_footer_;
  if (id.empty()) id = add(header, part_start(header) + "<w:p>" + std::string(kExactLine) + "</w:p>" + part_end(header)).rel_id;
  return id;
}

std::string HeaderFooterParts::page_number_footer() {
  if (page_footer_.empty()) {
    page_footer_ = add(false, part_start(false) +
                                  "<w:p><w:pPr><w:suppressLineNumbers/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" "
                                  "w:lineRule=\"exact\"/><w:jc w:val=\"center\"/></w:pPr>"
                                  "<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
                                  "<w:fldSimple w:instr=\" PAGE \\* MERGEFORMAT \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                                  "</w:p>" + part_end(false)).rel_id;
  }
  return page_footer_;
}

std::string HeaderFooterParts::pack_footer(const PackFooter& footer) {
  if (pack_footer_.empty()) {
    const std::string size = std::to_string(kPackFooterHalfPoints);
    const std::string font(kPackFooterFont);
    const std::string rpr = "<w:rPr><w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\" w:cs=\"" + font +
                            "\"/><w:b w:val=\"0\"/><w:i w:val=\"0\"/><w:color w:val=\"000000\"/><w:sz w:val=\"" + size +
                            "\"/><w:szCs w:val=\"" + size + "\"/></w:rPr>";
    auto text = [&](const std::string& t) {
      return "<w:r>" + rpr + "<w:t xml:space=\"preserve\">" + xml::escape_text(t) + "</w:t></w:r>";
    };
    auto field = [&](const char* instr) {
      return "<w:fldSimple w:instr=\" " + std::string(instr) + " \\* MERGEFORMAT \"><w:r>" + rpr +
             "<w:t>1</w:t></w:r></w:fldSimple>";
    };
    pack_footer_ = add(false, part_start(false) + "<w:p><w:pPr><w:suppressLineNumbers/><w:spacing w:before=\"0\" "
                                  "w:after=\"0\" w:line=\"240\" w:lineRule=\"exact\"/><w:ind w:left=\"0\" w:right=\"0\" "
                                  "w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr>" +
                                  text(footer.before_number()) + field("PAGE") + text(" " + footer.of + " ") +
                                  field("NUMPAGES") + "</w:p>" + part_end(false)).rel_id;
  }
  return pack_footer_;
}

std::string HeaderFooterParts::banner_header(MergeUnit& unit) {
  Diagnostics ignored;
  auto doc = xml::parse(part_start(true) + part_end(true), "banner", ignored);
  add_banner(doc->root(), unit.source->page_banner, unit.sections.text_width);
  map_references(doc->root(), PartRefs{unit.maps, ids_});
  return add(true, whole_part(doc->root())).rel_id;
}

}  // namespace docket::pack::detail
