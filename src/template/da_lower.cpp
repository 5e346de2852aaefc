#include "template/da_lower.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <set>
#include <variant>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "support/text.hpp"
#include "template/da_detail.hpp"
#include "template/span_isolation.hpp"
#include "xml/node.hpp"

namespace docket::tmpl {

namespace {

using detail::DaState;
using detail::is_da;
using ooxml::is_w;

void free_node(xmlNode* n) {
  xmlUnlinkNode(n);
  xmlFreeNode(n);
}

void note_removed(const xmlNode* n, DaState& s) {
  s.removed.insert(n);
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) note_removed(c, s);
  }
}

// Frees `n` and everything in it, noted in s.removed first (see there).
void remove(xmlNode* n, DaState& s) {
  note_removed(n, s);
  free_node(n);
}

void replace(xmlNode* old_node, xmlNode* new_node, DaState& s) {
  xmlAddPrevSibling(old_node, new_node);
  remove(old_node, s);
}

// The text of a content control: its w:t descendants, text boxes left out.
void collect_text(const xmlNode* n, std::string& out) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || is_w(c, "txbxContent")) continue;
    if (is_w(c, "t")) out += xml::text(c);
    else collect_text(c, out);
  }
}

xmlNode* new_da(xmlDoc* doc, long site) { return new_marker(doc, "da", site); }

// DocumentAssembler reads Word's curly double quotes as plain ones; curly single quotes stay
// as they are (an apostrophe in a Match value must still match the data).
std::string da_quotes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // “ ” are E2 80 9C / E2 80 9D.
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0x9C || static_cast<unsigned char>(text[i + 2]) == 0x9D)) {
      out += '"';
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

// The length of the Unicode white space (as .NET's String.Trim() removes it) at `s`'s start,
// or at its end when `back`; 0 if none.
std::size_t space_at(std::string_view s, bool back) {
  static constexpr std::array<std::string_view, 8> kWide = {"\u00A0", "\u0085", "\u1680", "\u2028",
                                                            "\u2029", "\u202F", "\u205F", "\u3000"};
  if (s.empty()) return 0;
  const char c = back ? s.back() : s.front();
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
  for (std::string_view w : kWide) {
    if (back ? s.ends_with(w) : s.starts_with(w)) return w.size();
  }
  for (char32_t u = 0x2000; u <= 0x200A; ++u) {  // en quad … hair space: E2 80 80 … E2 80 8A
    const char w[] = {'\xE2', '\x80', static_cast<char>(0x80 + (u - 0x2000)), 0};
    if (back ? s.ends_with(w) : s.starts_with(w)) return 3;
  }
  return 0;
}

std::string_view da_trim(std::string_view s) {
  while (std::size_t n = space_at(s, false)) s.remove_prefix(n);
  while (std::size_t n = space_at(s, true)) s.remove_suffix(n);
  return s;
}

// Step 1: a content control wrapping a table cell is turned inside out, so that the cell
// holds the control (DocumentAssembler's NormalizeContentControlsInCells).
void normalise_cell_controls(xmlNode* root) {
  for (xmlNode* sdt : xml::descendants(root, "sdt")) {
    if (!is_w(sdt->parent, "tr")) continue;
    xmlNode* content = xml::child(sdt, "sdtContent");
    xmlNode* inner = xml::child(content, "tc");
    if (inner == nullptr) continue;
    xmlNode* tc = xmlNewDocNode(sdt->doc, ooxml::w_namespace(sdt), BAD_CAST "tc", nullptr);
    xmlAddPrevSibling(sdt, tc);
    xmlUnlinkNode(sdt);
    if (xmlNode* tcpr = xml::child(inner, "tcPr")) {
      xmlUnlinkNode(tcpr);
      xmlAddChild(tc, tcpr);
    }
    while (inner->children != nullptr) {
      xmlNode* c = inner->children;
      xmlUnlinkNode(c);
      xmlAddPrevSibling(inner, c);
    }
    free_node(inner);
    xmlAddChild(tc, sdt);
  }
}

// Step 2: content controls whose text is markup become dk:da elements holding their content.
void transform_controls(xmlNode* parent, DaState& s) {
  for (xmlNode* c = parent->children; c != nullptr;) {
    xmlNode* next = c->next;
    if (c->type == XML_ELEMENT_NODE && is_w(c, "sdt")) {
      xmlNode* alias_node = xml::child(xml::child(c, "sdtPr"), "alias");
      std::optional<std::string> alias;
      if (alias_node) {
        xmlChar* v = xmlGetNsProp(alias_node, BAD_CAST "val", BAD_CAST std::string(ooxml::ns::w).c_str());
        alias = v ? reinterpret_cast<const char*>(v) : "";
        xmlFree(v);
      }
      static const std::array<std::string_view, 6> kNames = {"Content", "Table", "Repeat", "EndRepeat", "Conditional", "EndConditional"};
      const bool considered = !alias || alias->empty() || std::find(kNames.begin(), kNames.end(), *alias) != kNames.end();
      std::string text;
      collect_text(c, text);
      text = da_quotes(da_trim(text));
      if (considered && !text.empty() && text.front() == '<') {
        const bool run_level = is_w(c->parent, "p");
        auto parsed = parse_da_markup(text);
        if (auto* err = std::get_if<DaMarkupError>(&parsed)) {
          replace(c, s.error(c, text, err->message, !run_level), s);
        } else if (alias && *alias != da_name(std::get<DaMarkup>(parsed).kind)) {
          replace(c, s.error(c, text, "Error: Content control alias does not match metadata element name", !run_level), s);
        } else {
          xmlNode* da = new_da(c->doc, s.add_site(c, text, std::get<DaMarkup>(parsed)));
          xmlNode* content = xml::child(c, "sdtContent");
          while (content && content->children) {
            xmlNode* k = content->children;
            xmlUnlinkNode(k);
            xmlAddChild(da, k);
          }
          replace(c, da, s);
          transform_controls(da, s);
        }
      } else {
        transform_controls(c, s);
      }
    } else if (c->type == XML_ELEMENT_NODE) {
      transform_controls(c, s);
    }
    c = next;
  }
}

std::vector<detail::Span> find_markup(std::string_view text) {
  std::vector<detail::Span> out;
  for (std::size_t i = text.find("<#"); i != std::string_view::npos;) {
    std::size_t end = text.find("#>", i + 2);
    if (end == std::string_view::npos) break;
    out.push_back({i, end + 2});
    i = text.find("<#", end + 2);
  }
  return out;
}

// Step 3: paragraphs holding <# … #> text.
void transform_paragraph(xmlNode* p, DaState& s) {
  auto text = detail::read_paragraph_text(p, false);  // DocumentAssembler reads w:t only
  if (text.text.find("<#") == std::string::npos) return;
  std::string t(da_trim(text.text));
  const std::size_t opens = find_markup(t).size();
  if (t.rfind("<#", 0) == 0 && t.size() >= 4 && t.compare(t.size() - 2, 2, "#>") == 0 && t.find("<#", 2) == std::string::npos && opens == 1) {
    // Block level. (DocumentAssembler does not read Word's typographic quotes here, only at
    // run level; docket reads them in both: a documented difference.)
    std::string inner = da_quotes(da_trim(std::string_view(t).substr(2, t.size() - 4)));
    auto parsed = parse_da_markup(inner);
    if (auto* err = std::get_if<DaMarkupError>(&parsed)) {
      replace(p, s.error(p, t, err->message, true), s);
      return;
    }
    xmlNode* da = new_da(p->doc, s.add_site(p, t, std::get<DaMarkup>(parsed)));
    xmlAddPrevSibling(p, da);
    xmlUnlinkNode(p);
    xmlAddChild(da, p);
    return;
  }
  detail::isolate_spans(text, find_markup, [&](std::string_view span, const xmlNode* rpr, std::size_t) -> xmlNode* {
    std::string inner = da_quotes(da_trim(span.substr(2, span.size() - 4)));
    auto parsed = parse_da_markup(inner);
    if (auto* err = std::get_if<DaMarkupError>(&parsed)) return s.error(p, std::string(span), err->message, false);
    xmlNode* da = new_da(p->doc, s.add_site(p, std::string(span), std::get<DaMarkup>(parsed)));
    if (rpr != nullptr) xmlAddChild(da, xmlDocCopyNode(const_cast<xmlNode*>(rpr), p->doc, 1));
    return da;
  });
}

bool direct_text(const xmlNode* p) {
  for (const xmlNode* r = p->children; r; r = r->next) {
    if (!is_w(r, "r")) continue;
    for (const xmlNode* t = r->children; t; t = t->next) {
      if (is_w(t, "t") && !da_trim(xml::text(t)).empty()) return true;
    }
  }
  return false;
}

// Step 4: block markup alone in a paragraph is promoted to wrap the paragraph; several in
// one paragraph must pair up there (DocumentAssembler's ForceBlockLevelAsAppropriate).
void force_block_level(xmlNode* p, DaState& s) {
  std::vector<xmlNode*> found;
  std::map<DaKind, int> counts;
  for (xmlNode* c = p->children; c; c = c->next) {
    if (is_da(c) && detail::da_kind(s, c) != DaKind::content) {
      found.push_back(c);
      ++counts[detail::da_kind(s, c)];
    }
  }
  if (found.empty()) return;
  const std::string text = ooxml::paragraph_text(p);
  if (found.size() == 1) {
    if (direct_text(p)) {
      const TagSite at = s.sites.sites[static_cast<std::size_t>(marker_site(found[0]))];
      replace(found[0], s.error(p, text, "Error: Unmatched metadata can't be in paragraph with other text", false, &at), s);
      return;
    }
    xmlNode* da = found[0];
    xmlUnlinkNode(da);
    xmlAddPrevSibling(p, da);
    xmlUnlinkNode(p);
    xmlAddChild(da, p);
    return;
  }
  std::string message;
  if (found.size() % 2 == 1) message = "Error: Invalid metadata at run level";
  else if (counts[DaKind::repeat] != counts[DaKind::end_repeat]) message = "Error: Mismatch Repeat / EndRepeat at run level";
  else if (counts[DaKind::conditional] != counts[DaKind::end_conditional]) message = "Error: Mismatch Conditional / EndConditional at run level";
  if (!message.empty()) replace(p, s.error(p, text, message, true), s);
}

std::vector<xmlNode*> all_da(xmlNode* root) {
  std::vector<xmlNode*> out;
  std::function<void(xmlNode*)> walk = [&](xmlNode* n) {
    for (xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (is_da(c)) out.push_back(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

// Step 5: Table markup takes the table that follows it.
void attach_tables(xmlNode* root, DaState& s) {
  s.removed.clear();
  for (xmlNode* da : all_da(root)) {
    if (s.removed.count(da) != 0 || detail::da_kind(s, da) != DaKind::table) continue;
    xmlNode* next = da->next;
    while (next && !is_w(next, "tbl") && !is_w(next, "p")) next = next->next;
    if (!is_w(next, "tbl")) {
      replace(da, s.error(da, "", "Table metadata is not immediately followed by a table", true), s);
      continue;
    }
    while (da->children) remove(da->children, s);
    xmlUnlinkNode(next);
    xmlAddChild(da, next);
  }
}

bool is_end_of(DaKind start, DaKind k) {
  return (start == DaKind::repeat && k == DaKind::end_repeat) || (start == DaKind::conditional && k == DaKind::end_conditional);
}

// Steps 6 and 7: Repeat and Conditional take everything up to their end among their siblings,
// matched by nesting depth; an unmatched start or end is an error.
void pair_blocks(xmlNode* root, DaState& s) {
  std::map<const xmlNode*, int> depth;
  int repeats = 0, conditionals = 0;
  for (xmlNode* da : all_da(root)) {
    DaKind k = detail::da_kind(s, da);
    if (k == DaKind::repeat) depth[da] = ++repeats;
    if (k == DaKind::end_repeat) depth[da] = repeats--;
    if (k == DaKind::conditional) depth[da] = ++conditionals;
    if (k == DaKind::end_conditional) depth[da] = conditionals--;
  }
  // Markup freed below (an end once paired, markup inside a freed markup paragraph) is not
  // visited again from this list.
  s.removed.clear();
  for (xmlNode* da : all_da(root)) {
    if (s.removed.count(da) != 0) continue;
    DaKind k = detail::da_kind(s, da);
    if (k != DaKind::repeat && k != DaKind::conditional) continue;
    xmlNode* end = da->next;
    while (end && !(is_da(end) && is_end_of(k, detail::da_kind(s, end)) && depth[end] == depth[da])) end = end->next;
    if (end == nullptr) {
      replace(da, s.error(da, "", k == DaKind::repeat ? "Repeat does not have matching EndRepeat"
                                                      : "Conditional does not have matching EndConditional", true), s);
      continue;
    }
    const bool run_level = is_w(da->parent, "p");
    while (da->children && !(run_level && is_w(da->children, "rPr"))) {
      remove(da->children, s);
    }
    for (xmlNode* n = da->next; n != end;) {
      xmlNode* next = n->next;
      xmlUnlinkNode(n);
      if (is_w(n, "bookmarkStart") || is_w(n, "bookmarkEnd")) xmlFreeNode(n);
      else xmlAddChild(da, n);
      n = next;
    }
    depth.erase(end);
    remove(end, s);
  }
  s.removed.clear();
  for (xmlNode* da : all_da(root)) {
    if (s.removed.count(da) != 0) continue;
    DaKind k = detail::da_kind(s, da);
    if (k != DaKind::end_repeat && k != DaKind::end_conditional) continue;
    replace(da, s.error(da, "", k == DaKind::end_repeat ? "Error: EndRepeat without matching Repeat"
                                                          : "Error: EndConditional without matching Conditional",
                        !is_w(da->parent, "p")), s);
  }
}

}  // namespace

bool has_document_assembler_markup(const xmlNode* root) {
  for (xmlNode* p : ooxml::all_paragraphs(const_cast<xmlNode*>(root))) {
    if (ooxml::paragraph_text(p).find("<#") != std::string::npos) return true;
  }
  for (xmlNode* sdt : xml::descendants(root, "sdt")) {
    std::string text;
    collect_text(sdt, text);
    if (!trim(text).empty() && trim(text).front() == '<') return true;
  }
  return false;
}

bool has_tracked_changes(const xmlNode* root) {
  for (const char* name : {"ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange"}) {
    for (xmlNode* n : xml::descendants(root, name)) {
      if (xml::namespace_of(n) == ooxml::ns::w) return true;
    }
  }
  return false;
}

void lower_document_assembler(xml::Document& doc, PartSites& sites, Diagnostics& diags) {
  xmlNode* root = doc.root();
  if (!has_document_assembler_markup(root)) return;
  DaState state{sites, diags, {}, {}, {}};
  long number = 0;
  for (xmlNode* p : ooxml::all_paragraphs(root)) state.paragraph_numbers[p] = ++number;
  normalise_cell_controls(root);
  transform_controls(root, state);
  state.removed.clear();
  for (xmlNode* p : ooxml::all_paragraphs(root)) {
    if (state.removed.count(p) == 0) transform_paragraph(p, state);
  }
  state.removed.clear();
  for (xmlNode* p : ooxml::all_paragraphs(root)) {
    if (state.removed.count(p) == 0) force_block_level(p, state);
  }
  attach_tables(root, state);
  pair_blocks(root, state);
  detail::convert_markup(doc, state);
}

}  // namespace docket::tmpl
