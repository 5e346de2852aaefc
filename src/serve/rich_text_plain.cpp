#include "serve/rich_text.hpp"

#include <optional>

// The plain-text form of the rich-text control (rich_text.hpp shows it), for browsers
// without JavaScript: read into the subset, and written back from it.

namespace docket::serve::rich {

namespace {

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
  constexpr std::string_view spaces = " \n\t\r\f";
  const std::size_t first = s.find_first_not_of(spaces);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(spaces) - first + 1);
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

Nodes from_text(std::string_view text, bool blocks) {
  Nodes raw;
  const auto lines = lines_of(text);
  if (!blocks) {
    std::string joined;
    for (auto l : lines) {
      if (!trimmed(l).empty()) joined += std::string(joined.empty() ? "" : " ") + std::string(trimmed(l));
    }
    inline_text(joined, raw);
    return normalise(raw, false);
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
  return normalise(raw, true);
}

std::string to_text(const Nodes& nodes) {
  std::string out;
  Nodes words;
  for (const auto& n : nodes) {
    // Normalised nodes are blocks (p, lists, tables) or inline content.
    if (n.name != "p" && n.name != "ul" && n.name != "ol" && n.name != "table") {
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

}  // namespace docket::serve::rich
