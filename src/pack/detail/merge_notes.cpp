#include "pack/detail/merge_notes.hpp"

#include <cstdlib>

#include "ooxml/names.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::pack::detail {

const NotesKind kFootnotes{ooxml::rel::footnotes, "word/footnotes.xml", ooxml::content_type::footnotes,
                           "footnotes", "footnote", true, &UnitMaps::footnotes, &NoteMarks::footnotes};
const NotesKind kEndnotes{ooxml::rel::endnotes, "word/endnotes.xml", ooxml::content_type::endnotes,
                          "endnotes", "endnote", true, &UnitMaps::endnotes, &NoteMarks::endnotes};
const NotesKind kComments{ooxml::rel::comments, "word/comments.xml", ooxml::content_type::comments,
                          "comments", "comment", false, &UnitMaps::comments, nullptr};

namespace {

bool is_separator(const xmlNode* item) {
  auto type = w_attr(item, "type");
  return type && *type != "normal";
}

long id_of(const xmlNode* item) { return std::atol(w_attr(item, "id").value_or("0").c_str()); }

// Word's own separators, for a pack whose first unit has no notes of this kind.
std::string word_separators(std::string_view item) {
  std::string out;
  const char* kinds[] = {"separator", "continuationSeparator"};
  for (int i = 0; i < 2; ++i) {
    out += "<w:" + std::string(item) + " w:type=\"" + kinds[i] + "\" w:id=\"" + std::to_string(i - 1) +
           "\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:" +
           kinds[i] + "/></w:r></w:p></w:" + std::string(item) + ">";
  }
  return out;
}

}  // namespace

// Note ids start at 1, above the separators Word writes (-1 and 0); comment ids at 0.
NotesMerger::NotesMerger(const NotesKind& kind)
    : kind_(kind), next_id_(kind.separators ? 1 : 0), rels_(std::string(kind.part)) {}

std::string NotesMerger::unit_part(MergeUnit& unit) const { return related_part(unit, kind_.relationship); }

std::optional<xml::Document> NotesMerger::load(MergeUnit& unit, Diagnostics& diags) const {
  std::string part = unit_part(unit);
  if (part.empty()) return std::nullopt;
  return parse_source_part(unit.package, part, diags);
}

void NotesMerger::plan(const xml::Document& part, MergeUnit& unit) {
  IdMap& ids = unit.maps.*kind_.ids;
  for (xmlNode* item : xml::children(part.root(), kind_.item)) {
    if (!is_separator(item)) continue;
    if (unit.number == 1 && kind_.separators) {
      separators_.push_back(id_of(item));
      ids[id_of(item)] = id_of(item);
      next_id_ = std::max(next_id_, id_of(item) + 1);
    }
  }
  for (xmlNode* item : xml::children(part.root(), kind_.item)) {
    if (!is_separator(item)) ids[id_of(item)] = next_id_++;
  }
}

void NotesMerger::add(xml::Document& part, MergeUnit& unit, PartCopier& copier, IdAllocator& ids) {
  xmlNode* root = part.root();
  namespaces_.record(root);
  namespaces_.apply(root);
  NameMap rels = copier.carry(unit_part(unit), rels_);
  const IdMap& map = unit.maps.*kind_.ids;
  for (xmlNode* item : xml::children(root, kind_.item)) {
    auto it = map.find(id_of(item));
    if (it == map.end()) continue;  // a later unit's separators
    if (kind_.marks != nullptr) {
      const auto& marks = unit.maps.note_marks.*kind_.marks;
      if (auto mark = marks.find(id_of(item)); mark != marks.end()) mark_note(item, mark->second);
    }
    map_references(item, PartRefs{unit.maps, ids, &rels});
    set_w_attr(item, "id", std::to_string(it->second));
    (is_separator(item) ? separators_xml_ : items_) += to_xml_string(item);
  }
}

std::vector<long> NotesMerger::separator_ids() const {
  if (!kind_.separators || empty()) return {};
  return separators_xml_.empty() ? std::vector<long>{-1, 0} : separators_;
}

std::string NotesMerger::to_xml() const {
  std::string out(xml::kXmlDeclaration);
  out += "<w:" + std::string(kind_.root) + namespaces_.declarations() + ">";
  if (kind_.separators) out += separators_xml_.empty() ? word_separators(kind_.item) : separators_xml_;
  return out + items_ + "</w:" + std::string(kind_.root) + ">";
}

}  // namespace docket::pack::detail
