#include "pack/detail/merge_sections.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <tuple>
#include <utility>

#include "ooxml/names.hpp"
#include "pack/detail/merge_flow.hpp"
#include "pack/detail/merge_headers.hpp"
#include "xml/node.hpp"

namespace docket::pack::detail {

namespace {

constexpr long kA4Width = 11906;
constexpr long kA4Height = 16838;

long twips(const xmlNode* pg, const char* side, long fallback) {
  auto v = w_attr(pg, side);
  return v ? std::atol(v->c_str()) : fallback;
}

// Word's page sizes by name, in twips (short side, long side); within 0.1 cm.
std::string size_name(long short_side, long long_side) {
  static constexpr std::array<std::tuple<const char*, long, long>, 6> kSizes = {{
      {"A4", kA4Width, kA4Height}, {"A3", 16838, 23811}, {"A5", 8391, 11906},
      {"Letter", 12240, 15840}, {"Legal", 12240, 20160}, {"Tabloid", 15840, 24480}}};
  for (const auto& [name, a, b] : kSizes) {
    if (std::abs(a - short_side) <= 57 && std::abs(b - long_side) <= 57) return name;
  }
  char made[64];
  std::snprintf(made, sizeof made, "%.1f \u00d7 %.1f cm", short_side * 2.54 / 1440, long_side * 2.54 / 1440);
  return made;
}


// CT_SectPr child order (ECMA-376 Part 1 §17.6.17).
constexpr std::array<std::string_view, 22> kSectionOrder = {
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
    "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"};

const char* kind_name(bool header) { return header ? "headerReference" : "footerReference"; }

xmlNode* reference(xmlNode* sect, bool header, Slot slot) {
  for (xmlNode* r : xml::children(sect, kind_name(header))) {
    if (w_attr(r, "type").value_or("default") == slot_name(slot)) return r;
  }
  return nullptr;
}

void add_reference(xmlNode* sect, bool header, Slot slot, const std::string& rel_id) {
  xmlNode* made = new_w(sect, nullptr, kind_name(header));
  set_w_attr(made, "type", slot_name(slot));
  const std::string r(ooxml::ns::r);
  xmlNs* ns = xmlSearchNsByHref(sect->doc, sect, BAD_CAST r.c_str());
  if (ns == nullptr) ns = xmlNewNs(made, BAD_CAST r.c_str(), BAD_CAST "r");
  xmlSetNsProp(made, ns, BAD_CAST "id", BAD_CAST rel_id.c_str());
  insert_in_order(sect, made, kSectionOrder);
}

std::optional<std::string> r_id(const xmlNode* ref) {
  const std::string r(ooxml::ns::r);
  xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(ref), BAD_CAST "id", BAD_CAST r.c_str());
  if (v == nullptr) return std::nullopt;
  std::string out = reinterpret_cast<const char*>(v);
  xmlFree(v);
  return out;
}

void set_child_val(xmlNode* sect, const char* name, const char* value) {
  xmlNode* c = xml::child(sect, name);
  if (c == nullptr) {
    c = new_w(sect, nullptr, name);
    insert_in_order(sect, c, kSectionOrder);
  }
  set_w_attr(c, "val", value);
}

// An A4 page in the section's orientation; its margins stay, its text flows anew.
void fit_to_a4(xmlNode* sect) {
  xmlNode* pg = xml::child(sect, "pgSz");
  if (pg == nullptr || page_size_unless_a4(pg).empty()) return;
  const bool landscape = twips(pg, "w", kA4Width) > twips(pg, "h", kA4Height);
  set_w_attr(pg, "w", std::to_string(landscape ? kA4Height : kA4Width));
  set_w_attr(pg, "h", std::to_string(landscape ? kA4Width : kA4Height));
}

void make_room(xmlNode* sect, const char* distance, const char* margin, long height) {
  xmlNode* mar = xml::child(sect, "pgMar");
  long edge = std::atol(w_attr(mar, margin).value_or("0").c_str());
  if (mar != nullptr && height > 0 && edge > height) set_w_attr(mar, distance, std::to_string(edge - height));
}

// Every footer slot of the section shows the pack's page line, in the bottom margin just
// under the text (as a filler footer sits), so the section's text keeps the room it had.
void put_pack_footer(xmlNode* sect, const std::string& rel_id) {
  for (xmlNode* r : xml::children(sect, kind_name(false))) {
    xmlUnlinkNode(r);
    xmlFreeNode(r);
  }
  for (Slot slot : kSlots) add_reference(sect, false, slot, rel_id);
  make_room(sect, "footer", "bottom", kFillerHeight);
}

// The body's w:sectPr becomes a section break in the unit's last paragraph, or in a new
// paragraph when the unit ends with a table or already breaks there, or when LibreOffice
// would drop the last paragraph with the break: one that shows nothing (a unit's only empty
// paragraph, whose page then vanished), or the unit's first (the start bookmark's). The new
// paragraph is one twip-thin line: LibreOffice drops it, Word shows it without a visible gap.
void end_with_section_break(xmlNode* body, xmlNode* final_sect, bool own_paragraph) {
  xmlNode* last = final_sect->prev;
  while (last != nullptr && last->type != XML_ELEMENT_NODE) last = last->prev;
  xmlNode* ppr = nullptr;
  if (last != nullptr && xml::local_name(last) == "p" && xml::child(xml::child(last, "pPr"), "sectPr") == nullptr &&
      !own_paragraph && shows_content(last) && last != first_flow_paragraph(body)) {
    ppr = xml::child(last, "pPr");
    if (ppr == nullptr) {
      ppr = new_w(body, nullptr, "pPr");
      if (last->children != nullptr) xmlAddPrevSibling(last->children, ppr);
      else xmlAddChild(last, ppr);
    }
  } else {
    xmlNode* p = new_w(body, nullptr, "p");
    xmlAddPrevSibling(final_sect, p);
    ppr = new_w(body, p, "pPr");
    xmlNode* spacing = new_w(body, ppr, "spacing");
    for (auto [name, value] : {std::pair{"before", "0"}, {"after", "0"}, {"line", "20"}, {"lineRule", "exact"}}) {
      set_w_attr(spacing, name, value);
    }
    set_w_attr(new_w(body, new_w(body, ppr, "rPr"), "sz"), "val", "2");
  }
  xmlUnlinkNode(final_sect);
  if (xmlNode* change = xml::child(ppr, "pPrChange")) xmlAddPrevSibling(change, final_sect);
  else xmlAddChild(ppr, final_sect);
}

}  // namespace

std::string page_size_unless_a4(const xmlNode* pg_sz) {
  const long w = twips(pg_sz, "w", kA4Width);
  const long h = twips(pg_sz, "h", kA4Height);
  const std::string name = size_name(std::min(w, h), std::max(w, h));
  return name == "A4" ? std::string() : name;
}

std::vector<xmlNode*> section_properties(xmlNode* body) {
  std::vector<xmlNode*> out;
  for (xmlNode* s : xml::descendants(body, "sectPr")) {
    xmlNode* parent = s->parent;
    bool in_paragraph = xml::local_name(parent) == "pPr" && xml::local_name(parent->parent) == "p";
    if (in_paragraph || parent == body) out.push_back(s);
  }
  return out;
}

SectionFacts read_sections(xmlNode* body) {
  SectionFacts facts;
  auto sections = section_properties(body);
  for (xmlNode* s : sections) {
    if (xml::child(s, "lnNumType") != nullptr) facts.line_numbers = true;
    if (facts.page_size.empty()) facts.page_size = page_size_unless_a4(xml::child(s, "pgSz"));
    const xmlNode* mar = xml::child(s, "pgMar");
    const long width = twips(xml::child(s, "pgSz"), "w", kA4Width) - twips(mar, "left", 1440) - twips(mar, "right", 1440);
    if (width > 0) facts.text_width = s == sections.front() ? width : std::min(facts.text_width, width);
    xmlNode* title = xml::child(s, "titlePg");
    auto val = w_attr(title, "val");
    if (title != nullptr && val != std::optional<std::string>("0") && val != std::optional<std::string>("false")) {
      facts.title_page = true;
    }
  }
  if (sections.empty()) return facts;
  for (std::size_t i = 0; i < kSlots.size(); ++i) {
    facts.first_headers[i] = reference(sections.front(), true, kSlots[i]) != nullptr;
    facts.first_footers[i] = reference(sections.front(), false, kSlots[i]) != nullptr;
  }
  return facts;
}

bool leaves_slot_empty(const std::array<bool, 3>& present, bool title_page, bool pack_even_odd,
                       bool unit_even_odd) {
  const bool even_empty = pack_even_odd && !present[2] && (unit_even_odd || !present[0]);
  return !present[0] || (title_page && !present[1]) || even_empty;
}

void adjust_sections(xmlNode* body, const SectionPlan& plan) {
  auto sections = section_properties(body);
  if (sections.empty() || sections.back()->parent != body) {
    sections.push_back(new_w(body, body, "sectPr"));  // Word's defaults, made explicit as a break
  }
  for (xmlNode* s : sections) {
    if (xmlNode* numbers = xml::child(s, "pgNumType")) remove_w_attr(numbers, "start");
    if (plan.fit_to_a4) fit_to_a4(s);
    make_room(s, "header", "top", plan.header_filler_height);
    make_room(s, "footer", "bottom", plan.footer_filler_height);
    if (!plan.pack_footer.empty()) put_pack_footer(s, plan.pack_footer);
    if (!plan.pack_even_odd || plan.unit_even_odd) continue;
    // The unit had one header for odd and even pages: the pack shows it on both.
    for (bool header : {true, false}) {
      xmlNode* main = reference(s, header, Slot::default_);
      if (main != nullptr && reference(s, header, Slot::even) == nullptr) {
        if (auto id = r_id(main)) add_reference(s, header, Slot::even, *id);
      }
    }
  }
  if (plan.endnotes_at_end) {
    for (std::size_t i = 0; i + 1 < sections.size(); ++i) {
      if (xml::child(sections[i], "noEndnote") == nullptr) insert_in_order(sections[i], new_w(sections[i], nullptr, "noEndnote"), kSectionOrder);
    }
  }
  xmlNode* first = sections.front();
  if (!plan.first_unit) set_child_val(first, "type", plan.odd_page ? "oddPage" : "nextPage");
  for (bool header : {true, false}) {
    const std::string& filler = header ? plan.header_filler : plan.footer_filler;
    if (filler.empty()) continue;
    for (Slot slot : kSlots) {
      if (slot == Slot::first && !plan.title_page) continue;
      if (slot == Slot::even && !plan.pack_even_odd) continue;
      if (reference(first, header, slot) != nullptr) continue;
      xmlNode* main = reference(first, header, Slot::default_);
      auto main_id = main ? r_id(main) : std::nullopt;
      const bool copy_main = slot == Slot::even && !plan.unit_even_odd && main_id;
      add_reference(first, header, slot, copy_main ? *main_id : filler);
    }
  }
  if (!plan.last_unit) end_with_section_break(body, sections.back(), plan.own_break_paragraph);
}

}  // namespace docket::pack::detail
