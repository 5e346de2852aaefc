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

// ----- the plain-text form -----------------------------------------------------------------

void inline_text(std::string_view s, Nodes& out);

// Finds `close` after position `from`, not immediately after the opening mark.
std::size_t closing(std::string_view s, std::size_t from, std::string_view close) {
  const std::size_t at = s.find(close, from);
  return at == from ? std::string_view::npos : at;
}

void inline_text(std::string_view s, Nodes& out) {
  std::string plain;
  auto flush = [&] {
    if (!plain.empty()) out.push_back({.text = plain});
    plain.clear();
  };
  for (std::size_t i = 0; i < s.size();) {
    if (s.substr(i, 2) == "**") {
      const std::size_t end = closing(s, i + 2, "**");
      if (end != std::string_view::npos) {
        flush();
        Node b{.name = "b"};
        inline_text(s.substr(i + 2, end - i - 2), b.children);
        out.push_back(std::move(b));
        i = end + 2;
        continue;
      }
    }
    if ((s[i] == '*' || s[i] == '_') && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') && i + 1 < s.size() &&
        s[i + 1] != ' ') {
      const std::size_t end = closing(s, i + 1, std::string_view(&s[i], 1));
      if (end != std::string_view::npos && s[end - 1] != ' ') {
        flush();
        Node em{.name = "i"};
        inline_text(s.substr(i + 1, end - i - 1), em.children);
        out.push_back(std::move(em));
        i = end + 1;
        continue;
      }
    }
    if (s[i] == '[') {
      const std::size_t mid = s.find("](", i);
      const std::size_t end = mid == std::string_view::npos ? mid : s.find(')', mid);
      if (end != std::string_view::npos && s.substr(i + 1, mid - i - 1).find(']') == std::string_view::npos) {
        flush();
        Node a{.name = "a", .href = std::string(s.substr(mid + 2, end - mid - 2))};
        inline_text(s.substr(i + 1, mid - i - 1), a.children);
        out.push_back(std::move(a));
        i = end + 1;
        continue;
      }
    }
    plain += s[i++];
  }
  flush();
}

struct ListLine {
  std::size_t indent = 0;
  bool numbered = false;
  std::string_view text;
};

std::optional<ListLine> list_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  std::string_view rest = line.substr(i);
  if (rest.size() > 2 && (rest[0] == '-' || rest[0] == '*') && rest[1] == ' ') return ListLine{i, false, rest.substr(2)};
  if (rest.size() > 4 && rest.substr(0, 4) == "\u2022 ") return ListLine{i, false, rest.substr(4)};
  std::size_t d = 0;
  while (d < rest.size() && d < 3 && rest[d] >= '0' && rest[d] <= '9') ++d;
  if (d > 0 && d + 1 < rest.size() && (rest[d] == '.' || rest[d] == ')') && rest[d + 1] == ' ') {
    return ListLine{i, true, rest.substr(d + 2)};
  }
  return std::nullopt;
}

// Builds nested lists from lines; deeper indentation opens a list inside the last item.
std::size_t list_from(const std::vector<ListLine>& lines, std::size_t at, Node& list) {
  const std::size_t indent = lines[at].indent;
  while (at < lines.size() && lines[at].indent >= indent) {
    if (lines[at].indent > indent && !list.children.empty()) {
      Node sub{.name = lines[at].numbered ? "ol" : "ul"};
      at = list_from(lines, at, sub);
      list.children.back().children.push_back(std::move(sub));
      continue;
    }
    Node li{.name = "li"};
    inline_text(lines[at].text, li.children);
    list.children.push_back(std::move(li));
    ++at;
  }
  return at;
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    pos = end + 1;
  }
  return out;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

Node table_from(const std::vector<std::string_view>& rows) {
  Node table{.name = "table"};
  for (auto row : rows) {
    row = trimmed(row);
    if (row.find_first_not_of("|-: ") == std::string_view::npos) continue;  // |---|---|
    if (!row.empty() && row.front() == '|') row.remove_prefix(1);
    if (!row.empty() && row.back() == '|') row.remove_suffix(1);
    Node tr{.name = "tr"};
    const char* cell_name = table.children.empty() ? "th" : "td";
    std::size_t pos = 0;
    while (pos <= row.size()) {
      std::size_t end = row.find('|', pos);
      if (end == std::string_view::npos) end = row.size();
      Node cell{.name = cell_name};
      inline_text(trimmed(row.substr(pos, end - pos)), cell.children);
      tr.children.push_back(std::move(cell));
      pos = end + 1;
    }
    table.children.push_back(std::move(tr));
  }
  return table;
}

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

void text_of_inline(const Nodes& nodes, std::string& out) {
  for (const auto& n : nodes) {
    if (n.name.empty()) out += n.text;
    else if (n.name == "br") out += " ";
    else if (n.name == "b" || n.name == "strong") { out += "**"; text_of_inline(n.children, out); out += "**"; }
    else if (n.name == "i" || n.name == "em") { out += "*"; text_of_inline(n.children, out); out += "*"; }
    else if (n.name == "a") { out += "["; text_of_inline(n.children, out); out += "](" + n.href + ")"; }
    else text_of_inline(n.children, out);
  }
}

void text_of_list(const Node& list, std::size_t depth, std::string& out) {
  int number = 1;
  for (const auto& li : list.children) {
    out += std::string(depth * 2, ' ') + (list.name == "ol" ? std::to_string(number++) + ". " : "- ");
    Nodes words;
    for (const auto& c : li.children) {
      if (c.name != "ul" && c.name != "ol") words.push_back(c);
    }
    text_of_inline(words, out);
    out += "\n";
    for (const auto& c : li.children) {
      if (c.name == "ul" || c.name == "ol") text_of_list(c, depth + 1, out);
    }
  }
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

Nodes from_text(std::string_view text, bool blocks) {
  Nodes raw;
  const auto lines = lines_of(text);
  if (!blocks) {
    std::string joined;
    for (auto l : lines) {
      if (!trimmed(l).empty()) joined += std::string(joined.empty() ? "" : " ") + std::string(trimmed(l));
    }
    inline_text(joined, raw);
    return clean(raw, false);
  }
  for (std::size_t i = 0; i < lines.size();) {
    const std::string_view line = lines[i];
    if (trimmed(line).empty()) {
      ++i;
    } else if (trimmed(line).front() == '|') {
      std::vector<std::string_view> rows;
      while (i < lines.size() && !trimmed(lines[i]).empty() && trimmed(lines[i]).front() == '|') rows.push_back(lines[i++]);
      raw.push_back(table_from(rows));
    } else if (auto first = list_line(line)) {
      std::vector<ListLine> items;
      while (i < lines.size()) {
        auto l = list_line(lines[i]);
        if (!l) break;
        items.push_back(*l);
        ++i;
      }
      Node list{.name = first->numbered ? "ol" : "ul"};
      list_from(items, 0, list);
      raw.push_back(std::move(list));
    } else {
      Node p{.name = "p"};
      inline_text(trimmed(line), p.children);
      raw.push_back(std::move(p));
      ++i;
    }
  }
  return clean(raw, true);
}

std::string to_html(const Nodes& nodes) {
  std::string out;
  for (const auto& n : nodes) html_of(n, out);
  return out;
}

std::string to_text(const Nodes& nodes) {
  std::string out;
  Nodes words;
  for (const auto& n : nodes) {
    if (n.name.empty() || n.name == "br" || inline_mark(n.name) || n.name == "a") {
      words.push_back(n);
      continue;
    }
    if (!out.empty()) out += "\n";
    if (n.name == "p") {
      text_of_inline(n.children, out);
      out += "\n";
    } else if (n.name == "ul" || n.name == "ol") {
      text_of_list(n, 0, out);
    } else if (n.name == "table") {
      for (const auto& tr : n.children) {
        out += "|";
        for (const auto& cell : tr.children) {
          out += " ";
          text_of_inline(cell.children, out);
          out += " |";
        }
        out += "\n";
      }
    }
  }
  if (!words.empty()) text_of_inline(words, out);
  while (!out.empty() && out.back() == '\n') out.pop_back();
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
