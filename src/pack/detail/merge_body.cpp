#include "pack/detail/merge_body.hpp"

#include "pack/detail/merge_content.hpp"
#include "pack/detail/merge_flow.hpp"
#include "pack/detail/merge_sections.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::pack::detail {

namespace {

// The pack's bookmark for the unit: zero-length, at the start of its first paragraph in the
// flow, so a PAGEREF to it gives the page where the unit starts (and LibreOffice's PDF says
// where the unit landed).
void set_start_bookmark(xmlNode* body, const std::string& name, IdAllocator& ids) {
  xmlNode* p = first_flow_paragraph(body);
  if (p == nullptr) {
    p = new_w(body, nullptr, "p");
    if (body->children != nullptr) xmlAddPrevSibling(body->children, p);
    else xmlAddChild(body, p);
  }
  const std::string id = std::to_string(ids.annotation());
  xmlNode* start = new_w(body, nullptr, "bookmarkStart");
  set_w_attr(start, "id", id);
  set_w_attr(start, "name", name);
  xmlNode* end = new_w(body, nullptr, "bookmarkEnd");
  set_w_attr(end, "id", id);
  xmlNode* ppr = xml::child(p, "pPr");
  if (ppr != nullptr) {
    xmlAddNextSibling(ppr, start);
  } else if (p->children != nullptr) {
    xmlAddPrevSibling(p->children, start);
  } else {
    xmlAddChild(p, start);
  }
  xmlAddNextSibling(start, end);
}

SectionPlan plan_for(const MergeUnit& unit, std::size_t units, bool pack_even_odd, bool pack_endnotes, bool fit) {
  return SectionPlan{.first_unit = unit.number == 1,
                     .last_unit = static_cast<std::size_t>(unit.number) == units,
                     .odd_page = unit.source->start_on_odd_page,
                     .pack_even_odd = pack_even_odd,
                     .unit_even_odd = unit.even_and_odd,
                     .title_page = unit.sections.title_page,
                     .endnotes_at_end = pack_endnotes,
                     .own_break_paragraph = !unit.endnote_text.empty(),
                     .fit_to_a4 = fit,
                     .header_filler = unit.header_filler,
                     .footer_filler = unit.footer_filler,
                     .pack_footer = unit.pack_footer,
                     .header_filler_height = unit.header_filler_height,
                     .footer_filler_height = unit.footer_filler_height};
}

}  // namespace

void DocumentStream::operator()(ByteSink& out) const {
  out.write(xml::kXmlDeclaration);
  out.write("<w:document" + namespaces.declarations() + "><w:body>");
  for (MergeUnit& unit : units) {
    xml::Document doc = parse_source_part(unit.package, unit.package.main_document(), diags);
    namespaces.apply(doc.root());
    xmlNode* body = xml::child(doc.root(), "body");
    if (body == nullptr) {
      body = new_w(doc.root(), doc.root(), "body");  // an empty document: its section still counts
    }
    map_references(body, PartRefs{unit.maps, ids, &unit.document_rels});
    adjust_sections(body, plan_for(unit, units.size(), pack_even_odd, pack_endnotes, fit_to_a4));
    if (pack_line_numbers) keep_line_numbers_to_their_sections(body);
    if (!unit.start_bookmark.empty()) set_start_bookmark(body, unit.start_bookmark, ids);
    const xmlNode* last = body->last;
    while (last != nullptr && last->type != XML_ELEMENT_NODE) last = last->prev;
    for (const xmlNode* c = body->children; c != nullptr; c = c->next) {
      // Endnotes as text go before the paragraph that ends the unit's last section.
      if (c == last && !unit.endnote_text.empty()) out.write(unit.endnote_text);
      xml::write_node(out, c);
    }
  }
  out.write("</w:body></w:document>");
}

}  // namespace docket::pack::detail
