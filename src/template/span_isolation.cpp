#include "template/span_isolation.hpp"

#include "ooxml/wml.hpp"
#include "xml/node.hpp"

namespace docket::tmpl::detail {

namespace {

using ooxml::is_w;

std::string text_of(const xmlNode* t) {
  std::string s;
  for (xmlNode* c = t->children; c != nullptr; c = c->next) {
    if (c->content) s += reinterpret_cast<const char*>(c->content);
  }
  return s;
}

std::size_t utf8_back(std::string_view s, std::size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

// A run holding `text` in an element like `like_text` (w:t, or w:instrText for field codes).
xmlNode* new_text_run(xmlNode* like_run, const xmlNode* rpr, const xmlNode* like_text, std::string_view text) {
  xmlNs* w = ooxml::w_namespace(like_run);
  xmlNode* run = xmlNewDocNode(like_run->doc, w, BAD_CAST "r", nullptr);
  if (rpr != nullptr) xmlAddChild(run, xmlDocCopyNode(const_cast<xmlNode*>(rpr), run->doc, 1));
  xmlNode* t = xmlNewDocNode(like_run->doc, w, like_text->name, nullptr);
  ooxml::set_text(t, text);
  preserve_space(t);
  xmlAddChild(run, t);
  return run;
}

bool has_content(const xmlNode* run) {
  for (xmlNode* c = run->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && !is_w(c, "rPr")) return true;
  }
  return false;
}

void free_node(xmlNode* n) {
  xmlUnlinkNode(n);
  xmlFreeNode(n);
}

// Moves each span's characters into the w:t where it begins (last span first, so that
// earlier positions stay valid).
void gather(const ParagraphText& p, const std::vector<Span>& spans) {
  const auto& nodes = p.nodes;
  std::vector<std::string> texts;
  for (std::size_t k = 0; k < nodes.size(); ++k) {
    std::size_t end = k + 1 < nodes.size() ? p.starts[k + 1] : p.text.size();
    texts.push_back(p.text.substr(p.starts[k], end - p.starts[k]));
  }
  auto node_at = [&](std::size_t offset) {
    std::size_t k = 0;
    while (k + 1 < nodes.size() && p.starts[k + 1] <= offset) ++k;
    return k;
  };
  for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
    std::size_t first = node_at(it->begin);
    std::size_t last = node_at(it->end - 1);
    if (first == last) continue;
    texts[first] = texts[first].substr(0, it->begin - p.starts[first]) + p.text.substr(it->begin, it->end - it->begin);
    for (std::size_t k = first + 1; k < last; ++k) texts[k].clear();
    texts[last] = texts[last].substr(it->end - p.starts[last]);
  }
  for (std::size_t k = 0; k < nodes.size(); ++k) {
    if (texts[k] != text_of(nodes[k])) {
      ooxml::set_text(nodes[k], texts[k]);
      preserve_space(nodes[k]);
    }
  }
}

// Splits the run of w:t `t` so that every span in it stands alone, replaced by a made node.
void split_run(xmlNode* t, const SpanFinder& find, const SpanMaker& make, std::size_t& counter) {
  xmlNode* run = t->parent;
  if (!is_w(run, "r")) return;
  std::string text = text_of(t);
  auto spans = find(text);
  if (spans.empty()) {
    if (text.empty()) {
      free_node(t);
      if (!has_content(run)) free_node(run);
    }
    return;
  }
  const xmlNode* rpr = xml::child(run, "rPr");
  std::vector<xmlNode*> made;
  std::size_t pos = 0;
  for (Span s : spans) {
    if (s.begin > pos) made.push_back(new_text_run(run, rpr, t, std::string_view(text).substr(pos, s.begin - pos)));
    xmlNode* m = make(std::string_view(text).substr(s.begin, s.end - s.begin), rpr, counter++);
    if (is_w(t, "instrText") && m != nullptr) xmlSetProp(m, BAD_CAST "field", BAD_CAST "1");
    made.push_back(m);
    pos = s.end;
  }
  if (pos < text.size()) made.push_back(new_text_run(run, rpr, t, std::string_view(text).substr(pos)));
  // Whatever followed the w:t in its run moves to a run of its own after the pieces.
  if (t->next != nullptr) {
    xmlNode* tail = xmlNewDocNode(run->doc, ooxml::w_namespace(run), BAD_CAST "r", nullptr);
    if (rpr != nullptr) xmlAddChild(tail, xmlDocCopyNode(const_cast<xmlNode*>(rpr), run->doc, 1));
    while (t->next != nullptr) {
      xmlNode* n = t->next;
      xmlUnlinkNode(n);
      xmlAddChild(tail, n);
    }
    made.push_back(tail);
  }
  free_node(t);
  xmlNode* after = run;
  for (xmlNode* n : made) after = xmlAddNextSibling(after, n);
  if (!has_content(run)) free_node(run);
}

}  // namespace

ParagraphText read_paragraph_text(const xmlNode* p, bool field_codes) {
  ParagraphText out;
  out.nodes = field_codes ? ooxml::paragraph_text_and_field_nodes(p) : ooxml::paragraph_text_nodes(p);
  for (xmlNode* t : out.nodes) {
    out.starts.push_back(out.text.size());
    out.text += text_of(t);
  }
  return out;
}

void isolate_spans(const ParagraphText& text, const SpanFinder& find, const SpanMaker& make) {
  auto spans = find(text.text);
  if (spans.empty()) return;
  gather(text, spans);
  std::size_t counter = 0;
  for (xmlNode* t : text.nodes) split_run(t, find, make, counter);
}

std::string excerpt_around(std::string_view s, Span span) {
  if (s.size() <= 80) return std::string(s);
  std::size_t from = span.begin > 30 ? utf8_back(s, span.begin - 30) : 0;
  std::size_t to = utf8_back(s, std::min(s.size(), span.end + 30));
  return (from > 0 ? "\u2026" : "") + std::string(s.substr(from, to - from)) + (to < s.size() ? "\u2026" : "");
}

void preserve_space(xmlNode* t) {
  xmlSetNsProp(t, xmlSearchNsByHref(t->doc, t, BAD_CAST "http://www.w3.org/XML/1998/namespace"),
               BAD_CAST "space", BAD_CAST "preserve");
}

}  // namespace docket::tmpl::detail
