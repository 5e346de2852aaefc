#include "ooxml/table_of_contents.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <regex>
#include <set>

#include "ooxml/fields.hpp"
#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::ooxml {

namespace {

std::string w_value(const xmlNode* e, const char* name) {
  if (e == nullptr) return {};
  xmlChar* v = xmlGetNsProp(e, BAD_CAST name, BAD_CAST std::string(ns::w).c_str());
  if (v == nullptr) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

xmlNode* enclosing(xmlNode* n, const char* name) {
  while (n != nullptr && !is_w(n, name)) n = n->parent;
  return n;
}

void remove(xmlNode* n) {
  xmlUnlinkNode(n);
  xmlFreeNode(n);
}

struct Switches {
  int from = 1, to = 9;
  bool outline_of_paragraph = false;  // \u
  bool links = false;                 // \h
  bool page_numbers = true;           // no \n
};

Switches read_switches(const std::string& instruction) {
  Switches s;
  std::smatch m;
  if (std::regex_search(instruction, m, std::regex(R"(\\o\s*"?\s*(\d)\s*-\s*(\d))"))) {
    s.from = std::stoi(m[1]);
    s.to = std::stoi(m[2]);
  }
  s.outline_of_paragraph = instruction.find("\\u") != std::string::npos;
  s.links = instruction.find("\\h") != std::string::npos;
  s.page_numbers = instruction.find("\\n") == std::string::npos;
  return s;
}

// A table's place once its old entries are gone: entries go after `first` (or into it, when it
// holds nothing to show but the field's code) and before `last`, which holds the field's end.
struct Place {
  xmlNode* first;
  xmlNode* last;
  bool into_first;
  Switches switches;
};

std::optional<Place> clear_result(const Field& f) {
  xmlNode* sep_run = enclosing(f.separate, "r");
  xmlNode* end_run = enclosing(f.end, "r");
  if (sep_run == nullptr || end_run == nullptr) return std::nullopt;
  xmlNode* first = sep_run->parent;
  xmlNode* last = end_run->parent;
  if (!is_w(first, "p") || !is_w(last, "p") || first->parent != last->parent) return std::nullopt;
  if (first == last) {
    while (sep_run->next != nullptr && sep_run->next != end_run) remove(sep_run->next);
    // The end goes to a paragraph of its own, after the entries.
    last = xmlNewDocNode(first->doc, first->ns, BAD_CAST "p", nullptr);
    if (xmlNode* ppr = xml::child(first, "pPr")) xmlAddChild(last, xmlCopyNode(ppr, 1));
    xmlAddNextSibling(first, last);
    while (end_run != nullptr) {
      xmlNode* next = end_run->next;
      xmlUnlinkNode(end_run);
      xmlAddChild(last, end_run);
      end_run = next;
    }
  } else {
    while (sep_run->next != nullptr) remove(sep_run->next);
    while (first->next != last) remove(first->next);
    for (xmlNode* c = last->children; c != nullptr && c != end_run;) {
      xmlNode* next = c->next;
      if (!is_w(c, "pPr")) remove(c);
      c = next;
    }
  }
  return Place{first, last, xml::descendants(first, "t").empty(), read_switches(f.instruction)};
}

struct Heading {
  xmlNode* paragraph;
  int level;
  std::string text;
  std::string bookmark;
};

std::vector<Heading> headings(xmlNode* root, const StyleTable& styles, bool paragraph_levels) {
  std::vector<Heading> out;
  for (xmlNode* p : all_paragraphs(root)) {
    if (enclosing(p, "txbxContent") != nullptr) continue;  // Word leaves text boxes out too
    xmlNode* ppr = xml::child(p, "pPr");
    std::optional<int> level;
    if (xmlNode* own = xml::child(ppr, "outlineLvl"); own != nullptr && paragraph_levels) {
      const int l = std::atoi(w_value(own, "val").c_str());
      if (l >= 0 && l <= 8) level = l + 1;
    } else {
      std::string style = w_value(xml::child(ppr, "pStyle"), "val");
      level = styles.outline_level_of(style.empty() ? styles.default_paragraph_style() : style);
    }
    std::string text = paragraph_text(p);
    if (level && text.find_first_not_of(" \t") != std::string::npos) out.push_back({p, *level, text, {}});
  }
  return out;
}

// A bookmark round each heading's text, named so that LibreOffice keeps it as a PDF
// destination (it drops names starting with '_').
void bookmark_headings(xmlNode* root, std::vector<Heading>& found) {
  std::set<std::string> names;
  long next_id = 0;
  for (xmlNode* b : xml::descendants(root, "bookmarkStart")) {
    names.insert(w_value(b, "name"));
    next_id = std::max(next_id, std::atol(w_value(b, "id").c_str()) + 1);
  }
  int n = 0;
  for (Heading& h : found) {
    do h.bookmark = "toc_" + std::to_string(++n);
    while (names.count(h.bookmark) != 0);
    const std::string id = std::to_string(next_id++);
    xmlNs* w = w_namespace(root);
    xmlNode* start = xmlNewDocNode(root->doc, w, BAD_CAST "bookmarkStart", nullptr);
    xmlSetNsProp(start, w, BAD_CAST "id", BAD_CAST id.c_str());
    xmlSetNsProp(start, w, BAD_CAST "name", BAD_CAST h.bookmark.c_str());
    xmlNode* end = xmlNewDocNode(root->doc, w, BAD_CAST "bookmarkEnd", nullptr);
    xmlSetNsProp(end, w, BAD_CAST "id", BAD_CAST id.c_str());
    if (xmlNode* ppr = xml::child(h.paragraph, "pPr")) xmlAddNextSibling(ppr, start);
    else if (h.paragraph->children != nullptr) xmlAddPrevSibling(h.paragraph->children, start);
    else xmlAddChild(h.paragraph, start);
    xmlAddChild(h.paragraph, end);
  }
}

// The width between the margins of the document's last section, for the page numbers' tab.
long text_width(xmlNode* root) {
  xmlNode* sect = xml::child(xml::child(root, "body"), "sectPr");
  const long page = std::atol(w_value(xml::child(sect, "pgSz"), "w").c_str());
  xmlNode* margins = xml::child(sect, "pgMar");
  const long width = page - std::atol(w_value(margins, "left").c_str()) - std::atol(w_value(margins, "right").c_str());
  return width > 1440 ? width : 9026;  // A4 with 1-inch margins
}

std::string entry_xml(const Heading& h, const Switches& s, const StyleTable& styles, long tab) {
  const std::string style = styles.id_named("toc " + std::to_string(h.level));
  std::string ppr = "<w:pPr>";
  if (!style.empty()) ppr += "<w:pStyle w:val=\"" + xml::escape_attribute(style) + "\"/>";
  ppr += "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + std::to_string(tab) + "\"/></w:tabs>";
  if (style.empty()) ppr += "<w:ind w:left=\"" + std::to_string((h.level - 1) * 220) + "\"/>";
  ppr += "</w:pPr>";
  std::string body = "<w:r><w:t xml:space=\"preserve\">" + xml::escape_text(h.text) + "</w:t></w:r>";
  if (s.page_numbers) {
    body += "<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>"
            "<w:r><w:instrText xml:space=\"preserve\"> PAGEREF " + h.bookmark + " \\h </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t></w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
  }
  if (s.links) body = "<w:hyperlink w:anchor=\"" + h.bookmark + "\" w:history=\"1\">" + body + "</w:hyperlink>";
  return "<w:p>" + ppr + body + "</w:p>";
}

xmlNode* parse_paragraph(xmlNode* context, const std::string& text) {
  xmlNode* list = nullptr;
  if (xmlParseInNodeContext(context, text.data(), static_cast<int>(text.size()), 0, &list) != XML_ERR_OK) {
    xmlFreeNodeList(list);
    return nullptr;
  }
  return list;
}

void fill(const Place& place, const std::vector<Heading>& found, const StyleTable& styles, long tab) {
  bool into_first = place.into_first;
  for (const Heading& h : found) {
    if (h.level < place.switches.from || h.level > place.switches.to) continue;
    xmlNode* p = parse_paragraph(place.last->parent, entry_xml(h, place.switches, styles, tab));
    if (p == nullptr) continue;
    if (into_first) {
      // The first entry shares the paragraph that opens the field, as in Word's own tables.
      if (xmlNode* old = xml::child(place.first, "pPr")) remove(old);
      xmlNode* ppr = xml::child(p, "pPr");
      xmlUnlinkNode(ppr);
      if (place.first->children != nullptr) xmlAddPrevSibling(place.first->children, ppr);
      else xmlAddChild(place.first, ppr);
      while (p->children != nullptr) {
        xmlNode* c = p->children;
        xmlUnlinkNode(c);
        xmlAddChild(place.first, c);
      }
      xmlFreeNode(p);
      into_first = false;
    } else {
      xmlAddPrevSibling(place.last, p);
    }
  }
}

std::optional<std::string> page_reference_target(const Field& f) {
  static const std::regex pageref(R"(^\s*PAGEREF\s+(\S+))", std::regex::icase);
  std::smatch m;
  if (!std::regex_search(f.instruction, m, pageref)) return std::nullopt;
  return m[1].str();
}

}  // namespace

std::vector<std::string> refresh_tables_of_contents(xmlNode* root, const StyleTable& styles) {
  std::vector<Place> places;
  bool paragraph_levels = false;
  for (const Field& f : fields(root)) {
    if (field_kind(f.instruction) != "TOC" || f.separate == nullptr || f.end == nullptr) continue;
    if (auto place = clear_result(f)) {
      paragraph_levels |= place->switches.outline_of_paragraph;
      places.push_back(*place);
    }
  }
  if (places.empty()) return {};
  auto found = headings(root, styles, paragraph_levels);
  bookmark_headings(root, found);
  const long tab = text_width(root);
  for (const Place& place : places) fill(place, found, styles, tab);
  std::vector<std::string> names;
  for (const Heading& h : found) names.push_back(h.bookmark);
  return names;
}

std::vector<std::string> page_reference_targets(xmlNode* root) {
  std::vector<std::string> names;
  for (const Field& f : fields(root)) {
    if (auto target = page_reference_target(f)) names.push_back(*target);
  }
  return names;
}

int set_page_references(xmlNode* root, const std::map<std::string, int>& pages) {
  int set = 0;
  for (const Field& f : fields(root)) {
    auto target = page_reference_target(f);
    if (f.separate == nullptr || f.end == nullptr || !target) continue;
    auto page = pages.find(*target);
    if (page == pages.end()) continue;
    xmlNode* sep_run = enclosing(f.separate, "r");
    xmlNode* end_run = enclosing(f.end, "r");
    if (sep_run == nullptr || sep_run->parent != end_run->parent) continue;
    while (sep_run->next != end_run) remove(sep_run->next);
    xmlNode* run = xmlNewDocNode(root->doc, sep_run->ns, BAD_CAST "r", nullptr);
    xmlNewChild(run, sep_run->ns, BAD_CAST "t", BAD_CAST std::to_string(page->second).c_str());
    xmlAddNextSibling(sep_run, run);
    ++set;
  }
  return set;
}

}  // namespace docket::ooxml
