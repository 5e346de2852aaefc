#include "pack/detail/merge_note_marks.hpp"

#include <cstdlib>
#include <string_view>
#include <vector>

#include "ooxml/wml.hpp"
#include "pack/detail/merge_xml.hpp"
#include "xml/node.hpp"

namespace docket::pack::detail {

namespace {

struct Numbering {
  std::string format;
  long start = 1;
  std::string restart = "continuous";  // continuous | eachSect | eachPage
};

// Numbering properties (CT_FtnProps / CT_EdnProps) over `base`.
Numbering read(const xmlNode* props, Numbering base) {
  if (auto f = w_attr(xml::child(props, "numFmt"), "val")) base.format = *f;
  if (auto s = w_attr(xml::child(props, "numStart"), "val")) base.start = std::atol(s->c_str());
  if (auto r = w_attr(xml::child(props, "numRestart"), "val")) base.restart = *r;
  return base;
}

std::string roman(long n, bool upper) {
  static const std::pair<int, std::string_view> kParts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                            {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                            {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                                                            {1, "i"}};
  std::string out;
  for (const auto& [value, text] : kParts) {
    for (; n >= value; n -= value) out += text;
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// The number in a note number format (ECMA-376 Part 1 §17.18.59; others print as decimal).
std::string format_number(long n, const std::string& format) {
  if (n < 1) return std::to_string(n);
  if (format == "lowerRoman" || format == "upperRoman") return roman(n, format == "upperRoman");
  if (format == "lowerLetter" || format == "upperLetter") {
    const char letter = static_cast<char>((format == "upperLetter" ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), letter);
  }
  if (format == "chicago") {
    static const std::string_view kSymbols[] = {"*", "\u2020", "\u2021", "\u00a7"};
    std::string out;
    for (long i = 0; i <= (n - 1) / 4; ++i) out += kSymbols[(n - 1) % 4];
    return out;
  }
  return std::to_string(n);
}

struct Counter {
  const char* reference;  // footnoteReference / endnoteReference
  const char* props;      // footnotePr / endnotePr
  Numbering document;
  std::map<long, std::string>* marks;
  long next = 0;
};

void number_section(const std::vector<xmlNode*>& blocks, const xmlNode* sect, Counter& c, bool first) {
  const Numbering n = read(xml::child(sect, c.props), c.document);
  if (n.restart == "eachPage") return;  // left automatic
  if (first || n.restart == "eachSect") c.next = n.start;
  for (xmlNode* block : blocks) {
    std::vector<xmlNode*> refs = xml::descendants(block, c.reference);
    if (xml::local_name(block) == c.reference) refs.push_back(block);
    for (xmlNode* r : refs) {
      if (w_attr(r, "customMarkFollows") == std::optional<std::string>("1") ||
          w_attr(r, "customMarkFollows") == std::optional<std::string>("true")) {
        continue;  // its own mark: takes no number
      }
      (*c.marks)[std::atol(w_attr(r, "id").value_or("0").c_str())] = format_number(c.next++, n.format);
    }
  }
}

}  // namespace

NoteMarks number_notes(const xmlNode* body, const xmlNode* settings) {
  NoteMarks marks;
  Counter counters[] = {
      {"footnoteReference", "footnotePr", read(xml::child(settings, "footnotePr"), {"decimal"}), &marks.footnotes},
      {"endnoteReference", "endnotePr", read(xml::child(settings, "endnotePr"), {"lowerRoman"}), &marks.endnotes}};
  std::vector<xmlNode*> section;
  bool first = true;
  for (xmlNode* c = body ? body->children : nullptr; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const bool body_sect = xml::local_name(c) == "sectPr";
    if (!body_sect) section.push_back(c);
    const xmlNode* sect = body_sect ? c : xml::child(xml::child(c, "pPr"), "sectPr");
    if (sect == nullptr && c->next != nullptr) continue;
    for (Counter& counter : counters) number_section(section, sect, counter, first);
    section.clear();
    first = false;
  }
  return marks;
}

void mark_reference(xmlNode* reference, const std::map<long, std::string>& marks) {
  auto it = marks.find(std::atol(w_attr(reference, "id").value_or("0").c_str()));
  if (it == marks.end()) return;
  set_w_attr(reference, "customMarkFollows", "1");
  xmlNode* t = new_w(reference, nullptr, "t");
  ooxml::set_text(t, it->second);
  xmlAddNextSibling(reference, t);  // the mark follows the reference in its run
}

void mark_note(xmlNode* note, const std::string& mark) {
  for (const char* name : {"footnoteRef", "endnoteRef"}) {
    for (xmlNode* ref : xml::descendants(note, name)) {
      xmlNode* t = new_w(ref, nullptr, "t");
      ooxml::set_text(t, mark);
      xmlAddNextSibling(ref, t);
      remove_node(ref);
    }
  }
}

}  // namespace docket::pack::detail
