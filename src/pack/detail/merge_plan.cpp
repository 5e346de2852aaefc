#include <array>

#include "ooxml/names.hpp"
#include "pack/detail/merge_compat.hpp"
#include "pack/detail/merge_content.hpp"
#include "pack/detail/merge_defaults.hpp"
#include "pack/detail/merge_drawings.hpp"
#include "pack/detail/merge_pack.hpp"
#include "pack/detail/merge_sections.hpp"
#include "pack/detail/merge_settings.hpp"
#include "pack/detail/merge_theme.hpp"
#include "ooxml/part_name.hpp"
#include "xml/node.hpp"

namespace docket::pack::detail {

namespace {

// Relationships of a unit's main document that the pack does not carry one by one: parts
// merged into the pack's own (styles, lists, notes, comments, fonts), taken from the first
// unit (settings, theme, web settings), written separately (headers and footers), or left
// out (custom XML data, the glossary, and Word's extras about styles and comments).
constexpr std::array<std::string_view, 20> kNotCarried = {
    ooxml::rel::styles, ooxml::rel::numbering, ooxml::rel::settings, ooxml::rel::font_table,
    ooxml::rel::theme, ooxml::rel::web_settings, ooxml::rel::footnotes, ooxml::rel::endnotes,
    ooxml::rel::comments, ooxml::rel::header, ooxml::rel::footer, ooxml::rel::custom_xml,
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument",
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
    "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
    "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
    "http://schemas.microsoft.com/office/2011/relationships/people",
    "http://schemas.microsoft.com/office/2006/relationships/keyMapCustomizations",
    "http://schemas.microsoft.com/office/2006/relationships/vbaProject"};

std::optional<xml::Document> load_related(MergeUnit& unit, std::string_view type, Diagnostics& diags) {
  std::string part = related_part(unit, type);
  if (part.empty()) return std::nullopt;
  return parse_source_part(unit.package, part, diags);
}

}  // namespace

Merger::Merger(const MergeOptions& options, Diagnostics& diags) : options_(options), diags_(diags) {}

void Merger::scan(MergeUnit& unit) {
  {  // The body is parsed again when it streams; only one unit's tree is held at a time.
    xml::Document doc = parse_source_part(unit.package, unit.package.main_document(), diags_);
    body_namespaces_.record(doc.root());
    if (xmlNode* body = xml::child(doc.root(), "body")) {
      collect_bookmark_names(body, unit.bookmark_names);
      collect_style_uses(body, unit.used_styles);
      unit.sections = read_sections(body);
      std::string settings = settings_part(unit);
      unit.maps.note_marks = settings.empty()
                                 ? number_notes(body, nullptr)
                                 : number_notes(body, parse_source_part(unit.package, settings, diags_).root());
      line_numbers_ = line_numbers_ || unit.sections.line_numbers;
      warn_of_page_size(unit);
    }
  }
  auto& rels = unit.package.relationships(unit.package.main_document());
  for (const auto& r : rels.all()) {
    if ((r.type != ooxml::rel::header && r.type != ooxml::rel::footer) || r.external) continue;
    std::string part = rels.target_part(r);
    if (part.empty() || !unit.package.has_part(part)) continue;
    (r.type == ooxml::rel::header ? unit.sections.has_header : unit.sections.has_footer) = true;
    xml::Document doc = parse_source_part(unit.package, part, diags_);
    collect_bookmark_names(doc.root(), unit.bookmark_names);
    collect_style_uses(doc.root(), unit.used_styles);
  }
  unit.even_and_odd = uses_even_and_odd(unit, diags_);
  even_and_odd_ = even_and_odd_ || unit.even_and_odd;
  const std::string& wanted = unit.source->bookmark;
  if (wanted.empty()) return;
  if (bookmarks_.reserve(wanted)) {
    unit.start_bookmark = wanted;
  } else {
    diags_.add(unit_warning(unit, "the bookmark " + wanted + " is already used for an earlier document",
                            "give each document of the pack its own bookmark name", "pack.duplicate-bookmark"));
  }
}

void Merger::warn_of_page_size(const MergeUnit& unit) {
  const std::string& size = unit.sections.page_size;
  if (size.empty() || unit.number == 1) return;
  if (options_.fit_to_a4) {
    diags_.add(unit_warning(unit, "its " + size + " pages are set to A4 in the pack; its text flows anew",
                            "check its pages in the pack", "pack.page-size"));
  } else {
    diags_.add(unit_warning(unit, "its pages are " + size + ", not A4 like the rest of the pack",
                            "ask for an A4 version, or give publication fitToA4=\"true\" in the agenda to set its "
                            "pages to A4",
                            "pack.page-size"));
  }
}

void Merger::plan(MergeUnit& unit) {
  PartCopier copier(unit, parts_, diags_);
  headers_.set_pack_line_numbers(line_numbers_);
  if (unit.number == 1) start_from(unit, copier);
  if (theme_.empty()) adopt_theme(unit, copier);
  unit.maps.theme = theme_fonts(unit, theme_, diags_);
  // Note and comment ids are planned before any text is mapped: notes can hold comments.
  std::array<NotesMerger*, 3> kinds = {&footnotes_, &endnotes_, &comments_};
  unit.maps.endnotes_as_text = options_.endnotes_as_text;
  std::array<std::optional<xml::Document>, 3> notes;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    notes[i] = kinds[i]->load(unit, diags_);
    if (!notes[i]) continue;
    kinds[i]->plan(*notes[i], unit);
    collect_bookmark_names(notes[i]->root(), unit.bookmark_names);
    collect_style_uses(notes[i]->root(), unit.used_styles);
  }
  merge_lists_and_styles(unit, copier);
  unit.maps.bookmarks = bookmarks_.plan(unit.bookmark_names, unit.number);
  unit.document_rels = copier.carry(unit.package.main_document(), document_rels_, kNotCarried);
  if (options_.pack_footer) unit.pack_footer = headers_.pack_footer(*options_.pack_footer);
  headers_.carry(unit, copier, diags_);
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    if (!notes[i]) continue;
    if (kinds[i] == &endnotes_ && options_.endnotes_as_text) {
      endnotes_as_text(*notes[i], unit, copier);
    } else {
      kinds[i]->add(*notes[i], unit, copier, ids_);
    }
  }
  fonts_.add(unit, copier, ids_, diags_);
  rewrite_drawing_parts(unit, copier, parts_, ids_, diags_);
  choose_fillers(unit);
}

void Merger::start_from(MergeUnit& first, PartCopier& copier) {
  auto styles = load_related(first, ooxml::rel::styles, diags_);
  styles_.emplace(styles ? std::move(*styles) : xml::Document{}, options_.language);
  pack_mode_ = compatibility_mode(first, diags_);
  std::string part = related_part(first, ooxml::rel::web_settings);
  std::string copied = part.empty() ? std::string() : copier.copy(part);
  if (!copied.empty()) document_rels_.add(ooxml::rel::web_settings, ooxml::relative_target("word/document.xml", copied));
  std::string settings = related_part(first, ooxml::rel::settings);
  if (!settings.empty()) copier.copy_relationships(settings, "word/settings.xml");
}

void Merger::endnotes_as_text(xml::Document& notes, MergeUnit& unit, PartCopier& copier) {
  body_namespaces_.record(notes.root());
  body_namespaces_.apply(notes.root());
  const NameMap rels = copier.carry(related_part(unit, ooxml::rel::endnotes), document_rels_);
  std::map<std::string, xmlNode*> by_mark;  // in the order of their numbers
  for (xmlNode* note : xml::children(notes.root(), "endnote")) {
    auto mark = unit.maps.note_marks.endnotes.find(std::atol(w_attr(note, "id").value_or("").c_str()));
    if (mark == unit.maps.note_marks.endnotes.end()) continue;  // separators, and notes no text refers to
    mark_note(note, mark->second);
    map_references(note, PartRefs{unit.maps, ids_, &rels});
    for (xmlNode* p : xml::children(note, "p")) unit.endnote_text += to_xml_string(p);
  }
  if (unit.endnote_text.empty()) return;
  // On a page of their own, as LibreOffice shows them.
  unit.endnote_text = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" + unit.endnote_text;
}

void Merger::adopt_theme(MergeUnit& unit, PartCopier& copier) {
  std::string part = related_part(unit, ooxml::rel::theme);
  std::string copied = part.empty() ? std::string() : copier.copy(part);
  if (copied.empty()) return;
  theme_ = theme_bytes(unit);
  document_rels_.add(ooxml::rel::theme, ooxml::relative_target("word/document.xml", copied));
}

void Merger::merge_lists_and_styles(MergeUnit& unit, PartCopier& copier) {
  // List ids first (styles refer to lists), then styles (lists refer to styles by name).
  auto numbering = load_related(unit, ooxml::rel::numbering, diags_);
  numbering_.plan(numbering ? numbering->root() : nullptr, unit.maps);
  if (numbering) collect_style_uses(numbering->root(), unit.used_styles);
  auto styles = load_related(unit, ooxml::rel::styles, diags_);
  plan_table_indents(unit.maps, styles ? styles->root() : nullptr, compatibility_mode(unit, diags_), pack_mode_);
  if (styles) {
    map_references(styles->root(), PartRefs{unit.maps, ids_, nullptr, false});
    unit.maps.table_looks = keep_unit_defaults(styles->root(), styles_->pack_styles(), unit, diags_);
    styles_->add(styles->root(), unit.maps, unit.number, unit.used_styles);
  }
  if (numbering) {
    NameMap rels = copier.carry(related_part(unit, ooxml::rel::numbering), numbering_rels_);
    numbering_.add(numbering->root(), PartRefs{unit.maps, ids_, &rels});
  }
}

void Merger::choose_fillers(MergeUnit& unit) {
  const SectionFacts& f = unit.sections;
  const bool first = unit.number == 1;  // nothing before it to inherit from
  const bool banner = !unit.source->page_banner.empty();
  if (leaves_slot_empty(f.first_headers, f.title_page, even_and_odd_, unit.even_and_odd) && (banner || !first)) {
    unit.header_filler = banner ? headers_.banner_header(unit) : headers_.blank(true);
    if (!f.has_header) unit.header_filler_height = kFillerHeight;
  }
  if (unit.pack_footer.empty() && leaves_slot_empty(f.first_footers, f.title_page, even_and_odd_, unit.even_and_odd)) {
    if (options_.add_page_number_footer && !f.has_footer) {
      unit.footer_filler = headers_.page_number_footer();
    } else if (!first) {
      unit.footer_filler = headers_.blank(false);
    }
    if (!f.has_footer && !unit.footer_filler.empty()) unit.footer_filler_height = kFillerHeight;
  }
}

}  // namespace docket::pack::detail
