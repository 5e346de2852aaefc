#include "serve/rich_text.hpp"

#include <libxml/HTMLparser.h>

#include <memory>
#include <optional>

#include "serve/html.hpp"

namespace docket::serve::rich {

namespace {

constexpr int kMaxListDepth = 3;

bool one_of(std::string_view n, std::initializer_list<std::string_view> names) {
  for (auto x : names) {
    if (n == x) return true;
  }
  return false;
}

bool dropped(std::string_view n) {
  return one_of(n, {"script", "style", "head", "title", "meta", "link", "xml", "template", "noscript", "iframe",
                    "object", "svg", "math", "button", "select", "textarea", "input"});
}
bool inline_mark(std::string_view n) { return one_of(n, {"b", "strong", "i", "em", "u"}); }
bool block_like(std::string_view n) {
  return one_of(n, {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header",
                    "footer", "address", "pre", "center", "li", "dd", "dt", "dl", "main", "aside", "figure",
                    "figcaption", "ul", "ol", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "body"});
}
bool has_blocks(const Node& n) {
  for (const auto& c : n.children) {
    if (block_like(c.name) || has_blocks(c)) return true;
  }
  return false;
}
bool allowed_href(std::string_view href) {
  for (auto scheme : {"https://", "http://", "mailto:", "tel:"}) {
    if (href.size() > std::string_view(scheme).size() && href.substr(0, std::string_view(scheme).size()) == scheme) return true;
  }
  return false;
}
bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    // U+00A0 (Word's non-breaking spaces between words) counts as a space.
    if (static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      space = true;
      ++i;
    } else if (is_space(s[i])) {
      space = true;
    } else {
      if (space) out += ' ';
      space = false;
      out += s[i];
    }
  }
  if (space) out += ' ';
  return out;
}

// ----- inline content ------------------------------------------------------------------

void inline_into(const Node& n, bool in_link, Nodes& out);

void inline_children(const Node& n, bool in_link, Nodes& out) {
  for (const auto& c : n.children) inline_into(c, in_link, out);
}

void inline_into(const Node& n, bool in_link, Nodes& out) {
  if (n.name.empty()) {
    if (!n.text.empty()) out.push_back({.text = collapse_spaces(n.text)});
    return;
  }
  if (dropped(n.name)) return;
  if (n.name == "br") {
    out.push_back({.name = "br"});
    return;
  }
  if (inline_mark(n.name)) {
    Node m{.name = n.name};
    inline_children(n, in_link, m.children);
    if (!m.children.empty()) out.push_back(std::move(m));
    return;
  }
  if (n.name == "a" && !in_link && allowed_href(n.href)) {
    Node a{.name = "a", .href = n.href};
    inline_children(n, true, a.children);
    if (a.children.empty()) a.children.push_back({.text = n.href});
    out.push_back(std::move(a));
    return;
  }
  // Anything else keeps its text; a block inside inline content becomes a space.
  if (block_like(n.name)) out.push_back({.text = " "});
  inline_children(n, in_link, out);
  if (block_like(n.name)) out.push_back({.text = " "});
}

// Merges neighbouring text, collapses spaces across nodes and trims the ends.
void tidy(Nodes& nodes, bool trim_start, bool trim_end) {
  Nodes merged;
  for (auto& n : nodes) {
    if (n.name.empty() && !merged.empty() && merged.back().name.empty()) {
      merged.back().text = collapse_spaces(merged.back().text + n.text);
    } else {
      merged.push_back(std::move(n));
    }
  }
  nodes = std::move(merged);
  // A space after a space (across a mark's edge) goes.
  bool after_space = trim_start;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    Node& n = nodes[i];
    if (n.name.empty()) {
      if (after_space && !n.text.empty() && n.text.front() == ' ') n.text.erase(0, 1);
      if (!n.text.empty()) after_space = n.text.back() == ' ';
    } else if (n.name == "br") {
      after_space = true;
    } else {
      tidy(n.children, after_space, false);
      after_space = !n.children.empty() && n.children.back().name.empty() && !n.children.back().text.empty() &&
                    n.children.back().text.back() == ' ';
    }
  }
  if (trim_end) {
    while (!nodes.empty()) {
      Node& last = nodes.back();
      if (last.name.empty()) {
        while (!last.text.empty() && last.text.back() == ' ') last.text.pop_back();
        if (last.text.empty()) { nodes.pop_back(); continue; }
      } else if (last.name == "br") {
        nodes.pop_back();
        continue;
      } else if (last.name != "a") {
        tidy(last.children, false, true);
        if (last.children.empty()) { nodes.pop_back(); continue; }
      }
      break;
    }
  }
  std::erase_if(nodes, [](const Node& n) { return n.name.empty() && n.text.empty(); });
}

Nodes inline_of(const Node& n) {
  Nodes out;
  inline_children(n, false, out);
  tidy(out, true, true);
  return out;
}

// ----- blocks --------------------------------------------------------------------------

Node list_of(const Node& n, int depth);

void list_items(const Node& n, int depth, Node& list) {
  for (const auto& c : n.children) {
    if (c.name == "li") {
      Node li{.name = "li"};
      Nodes pending;
      auto flush = [&] {
        tidy(pending, li.children.empty(), false);
        for (auto& p : pending) li.children.push_back(std::move(p));
        pending.clear();
      };
      for (const auto& part : c.children) {
        if ((part.name == "ul" || part.name == "ol") && depth < kMaxListDepth) {
          flush();
          Node sub = list_of(part, depth + 1);
          if (!sub.children.empty()) li.children.push_back(std::move(sub));
        } else {
          inline_into(part, false, pending);
        }
      }
      flush();
      tidy(li.children, true, true);
      if (!li.children.empty()) list.children.push_back(std::move(li));
    } else if (c.name == "ul" || c.name == "ol") {
      list_items(c, depth, list);  // a list directly in a list: its items join this one
    } else if (!c.name.empty() || !collapse_spaces(c.text).empty()) {
      if (c.name.empty() && collapse_spaces(c.text) == " ") continue;
      Node li{.name = "li"};
      inline_into(c, false, li.children);
      tidy(li.children, true, true);
      if (!li.children.empty()) list.children.push_back(std::move(li));
    }
  }
}

Node list_of(const Node& n, int depth) {
  Node list{.name = n.name == "ol" ? "ol" : "ul"};
  list_items(n, depth, list);
  return list;
}

void rows_into(const Node& n, Node& table) {
  for (const auto& c : n.children) {
    if (c.name == "tr") {
      Node tr{.name = "tr"};
      for (const auto& cell : c.children) {
        if (cell.name != "th" && cell.name != "td") continue;
        Node out{.name = cell.name, .children = inline_of(cell)};
        tr.children.push_back(std::move(out));
      }
      if (!tr.children.empty()) table.children.push_back(std::move(tr));
    } else if (!c.name.empty() && c.name != "caption") {
      rows_into(c, table);  // thead, tbody, tfoot
    }
  }
}

void blocks_into(const Node& n, Nodes& out, Nodes& pending);

void flush_paragraph(Nodes& out, Nodes& pending) {
  tidy(pending, true, true);
  if (!pending.empty()) out.push_back({.name = "p", .children = std::move(pending)});
  pending.clear();
}

void block_children(const Node& n, Nodes& out, Nodes& pending) {
  for (const auto& c : n.children) blocks_into(c, out, pending);
}

void blocks_into(const Node& n, Nodes& out, Nodes& pending) {
  if (n.name.empty() || n.name == "br" || inline_mark(n.name) || n.name == "a" || !block_like(n.name)) {
    if (!n.name.empty() && !inline_mark(n.name) && n.name != "a" && n.name != "br" && !dropped(n.name) && has_blocks(n)) {
      block_children(n, out, pending);  // an unknown wrapper around blocks
      return;
    }
    if (n.name == "br" && !pending.empty()) {
      flush_paragraph(out, pending);  // a line break between paragraphs' worth of text
      return;
    }
    inline_into(n, false, pending);
    return;
  }
  flush_paragraph(out, pending);
  if (n.name == "ul" || n.name == "ol") {
    Node list = list_of(n, 1);
    if (!list.children.empty()) out.push_back(std::move(list));
  } else if (n.name == "table") {
    Node table{.name = "table"};
    rows_into(n, table);
    if (!table.children.empty()) out.push_back(std::move(table));
  } else if (has_blocks(n)) {
    block_children(n, out, pending);
    flush_paragraph(out, pending);
  } else {
    inline_children(n, false, pending);
    flush_paragraph(out, pending);
  }
}

Nodes clean(const Nodes& raw, bool blocks) {
  Node holder{.name = "body", .children = raw};
  if (!blocks) return inline_of(holder);
  Nodes out, pending;
  block_children(holder, out, pending);
  flush_paragraph(out, pending);
  return out;
}

// ----- reading ---------------------------------------------------------------------------

Node read_node(const xmlNode* n, bool lower_case) {
  Node out;
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
    out.text = n->content ? reinterpret_cast<const char*>(n->content) : "";
    return out;
  }
  std::string name = n->name ? reinterpret_cast<const char*>(n->name) : "";
  if (lower_case) {
    for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  out.name = name.empty() ? "span" : name;
  if (xmlChar* href = xmlGetProp(n, reinterpret_cast<const xmlChar*>("href"))) {
    out.href = reinterpret_cast<const char*>(href);
    xmlFree(href);
  }
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE || c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      out.children.push_back(read_node(c, lower_case));
    }
  }
  return out;
}

struct HtmlDocFree {
  void operator()(xmlDoc* d) const noexcept { xmlFreeDoc(d); }
};

// ----- writing ---------------------------------------------------------------------------

void html_of(const Node& n, std::string& out) {
  if (n.name.empty()) {
    out += esc(n.text);
    return;
  }
  if (n.name == "br") {
    out += "<br>";
    return;
  }
  out += "<" + n.name;
  if (n.name == "a") out += " href=\"" + esc(n.href) + "\"";
  out += ">";
  for (const auto& c : n.children) html_of(c, out);
  out += "</" + n.name + ">";
}

}  // namespace

Nodes from_data(const std::vector<xmlNode*>& nodes) {
  Nodes raw;
  for (const xmlNode* n : nodes) {
    if (n->type == XML_ELEMENT_NODE || n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      raw.push_back(read_node(n, false));
    }
  }
  return raw;
}

Nodes from_html(std::string_view html, bool blocks) {
  const std::string wrapped = "<html><head><meta charset=\"utf-8\"></head><body>" + std::string(html) + "</body></html>";
  std::unique_ptr<xmlDoc, HtmlDocFree> doc(htmlReadMemory(wrapped.data(), static_cast<int>(wrapped.size()), nullptr, "UTF-8",
                                                          HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  Nodes raw;
  if (doc) {
    for (xmlNode* n = xmlDocGetRootElement(doc.get()); n != nullptr;) {
      if (n->type == XML_ELEMENT_NODE && n->name && std::string_view(reinterpret_cast<const char*>(n->name)) == "body") {
        raw = read_node(n, true).children;
        break;
      }
      n = n->children ? n->children : n->next ? n->next : n->parent ? n->parent->next : nullptr;
    }
  }
  return clean(raw, blocks);
}

std::string to_html(const Nodes& nodes) {
  std::string out;
  for (const auto& n : nodes) html_of(n, out);
  return out;
}

std::vector<xmlNode*> to_data(const Nodes& nodes, xmlDoc* doc, xmlNs* ns) {
  std::vector<xmlNode*> out;
  for (const auto& n : nodes) {
    if (n.name.empty()) {
      out.push_back(xmlNewDocText(doc, reinterpret_cast<const xmlChar*>(n.text.c_str())));
      continue;
    }
    xmlNode* e = xmlNewDocNode(doc, ns, reinterpret_cast<const xmlChar*>(n.name.c_str()), nullptr);
    if (n.name == "a") xmlSetProp(e, reinterpret_cast<const xmlChar*>("href"), reinterpret_cast<const xmlChar*>(n.href.c_str()));
    for (xmlNode* c : to_data(n.children, doc, ns)) xmlAddChild(e, c);
    out.push_back(e);
  }
  return out;
}

bool same(const Nodes& a, const Nodes& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].name != b[i].name || a[i].text != b[i].text || a[i].href != b[i].href || !same(a[i].children, b[i].children)) {
      return false;
    }
  }
  return true;
}

Nodes normalise(const Nodes& raw, bool blocks) { return clean(raw, blocks); }

}  // namespace docket::serve::rich
