#include "template/rich_text.hpp"

#include <algorithm>

#include "data/derive.hpp"
#include "ooxml/names.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::tmpl {

namespace {

constexpr int kBold = 1, kItalic = 2, kUnderline = 4, kLink = 8;
constexpr const char* kAllowed =
    "rich text may contain p, ul, ol, li, b, strong, i, em, u, br, a, table, tr, th, td";

struct Segment {
  std::string text;
  int flags = 0;
  std::string link;  // relationship id
  bool line_break = false;
};

bool is_inline(std::string_view n) {
  return n == "b" || n == "strong" || n == "i" || n == "em" || n == "u" || n == "br" || n == "a";
}

bool is_rich_name(std::string_view n) {
  return is_inline(n) || n == "p" || n == "ul" || n == "ol" || n == "li" || n == "table" || n == "tr" ||
         n == "th" || n == "td";
}

class RichWriter {
 public:
  RichWriter(const WriteRich& r, Runtime& rt, ByteSink& out) : r_(r), rt_(rt), out_(out), s_(*r.styles) {}

  // One element that is not itself rich text (a <summary>) stands for its content; anything
  // else (a <p>, several nodes, text nodes) is rendered node by node.
  void write(const std::vector<xmlNode*>& selected) {
    if (selected.size() == 1 && selected[0]->type == XML_ATTRIBUTE_NODE) {
      std::vector<Segment> segs{{xml::string_value(selected[0]), 0, {}, false}};
      return r_.block ? paragraph(s_.paragraph, segs) : runs(segs);
    }
    std::vector<xmlNode*> nodes = selected;
    if (selected.size() == 1 && selected[0]->type == XML_ELEMENT_NODE && !is_rich_name(xml::local_name(selected[0]))) {
      nodes.clear();
      for (xmlNode* c = selected[0]->children; c != nullptr; c = c->next) nodes.push_back(c);
    }
    if (!r_.block) return inline_only(nodes);
    blocks(nodes);
  }

 private:
  void unsupported(const xmlNode* n) {
    rt_.data_problem(n, "<" + std::string(xml::local_name(n)) + "> is not allowed in rich text", kAllowed,
                     "template.rich-element");
  }

  // Inline content of `parent` (skipping nested lists, handled by the caller) as segments.
  void collect(const xmlNode* parent, int flags, const std::string& link, std::vector<Segment>& out, bool skip_lists) {
    for (xmlNode* c = parent->children; c != nullptr; c = c->next) collect_one(c, flags, link, out, skip_lists);
  }

  // Rich text takes the template's styles, so attributes are not used: say so rather than
  // drop them silently. A link's href and a cell's colspan are used; rowspan would leave the
  // table's columns wrong, so it is an error.
  void attributes(const xmlNode* e) {
    const std::string_view name = xml::local_name(e);
    for (const xmlAttr* a = e->properties; a != nullptr; a = a->next) {
      const std::string_view attr = reinterpret_cast<const char*>(a->name);
      if ((name == "a" && attr == "href") || ((name == "td" || name == "th") && attr == "colspan")) continue;
      // docket's own derived values (d:number on a numbered paragraph) are the template's to use.
      if (a->ns != nullptr && a->ns->href != nullptr &&
          reinterpret_cast<const char*>(a->ns->href) == data::kDerivedNamespace) {
        continue;
      }
      const auto* node = reinterpret_cast<const xmlNode*>(a);
      const std::string written = std::string(attr) + "=\"" + xml::string_value(node) + "\"";
      if (attr == "rowspan") {
        rt_.data_problem(e, written + " on <" + std::string(name) + ">: cells that span rows are not supported in rich text",
                         "repeat the text in each row, or make it a row of its own with colspan", "template.rich-attribute");
      } else {
        rt_.data_problem(e, written + " on <" + std::string(name) + "> is not used: rich text takes the template's styles",
                         "remove it from the data; to change how the text looks, change the template's styles",
                         "template.rich-attribute", Severity::warning);
      }
    }
  }

  void collect_one(xmlNode* c, int flags, const std::string& link, std::vector<Segment>& out, bool skip_lists) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) out.push_back({reinterpret_cast<const char*>(c->content), flags, link, false});
      return;
    }
    if (c->type != XML_ELEMENT_NODE) return;
    attributes(c);
    std::string_view n = xml::local_name(c);
    if (n == "b" || n == "strong") collect(c, flags | kBold, link, out, false);
    else if (n == "i" || n == "em") collect(c, flags | kItalic, link, out, false);
    else if (n == "u") collect(c, flags | kUnderline, link, out, false);
    else if (n == "br") out.push_back({"", flags, link, true});
    else if (n == "a") collect(c, flags | kLink, hyperlink(c), out, false);
    else if (skip_lists && (n == "ul" || n == "ol")) return;
    else if (n == "p") collect(c, flags, link, out, false);  // a paragraph inside li or td
    else unsupported(c);
  }

  std::string hyperlink(const xmlNode* a) {
    auto href = xml::attribute(a, "href").value_or("");
    const bool external = href.rfind("https://", 0) == 0 || href.rfind("http://", 0) == 0 ||
                          href.rfind("mailto:", 0) == 0;
    if (!external) {
      rt_.data_problem(a, "the link target \u201C" + href + "\u201D is not a web or email address",
                       "rich-text links must start with https://, http:// or mailto:", "template.rich-link");
      return {};
    }
    if (rt_.env().relationships == nullptr) return {};
    return rt_.env().relationships->add(ooxml::rel::hyperlink, href, true);
  }

  // Whitespace in data is layout of the XML file: collapse it as HTML does.
  static void normalise(std::vector<Segment>& segs) {
    bool space_before = true;  // at the paragraph start, leading space goes
    for (auto& s : segs) {
      if (s.line_break) {
        space_before = true;
        continue;
      }
      std::string t;
      for (char c : s.text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space) {
          if (!space_before) t += ' ';
          space_before = true;
        } else {
          t += c;
          space_before = false;
        }
      }
      s.text = std::move(t);
    }
    for (auto it = segs.rbegin(); it != segs.rend(); ++it) {  // trailing space goes too
      if (it->line_break) break;
      while (!it->text.empty() && it->text.back() == ' ') it->text.pop_back();
      if (!it->text.empty()) break;
    }
  }

  void runs(std::vector<Segment>& segs) {
    normalise(segs);
    std::string open_link;
    for (const auto& s : segs) {
      if (s.link != open_link) {
        if (!open_link.empty()) out_.write("</w:hyperlink>");
        if (!s.link.empty()) out_.write("<w:hyperlink r:id=\"" + s.link + "\" w:history=\"1\">");
        open_link = s.link;
      }
      const std::string& rpr = s_.runs[static_cast<std::size_t>(s.flags & (s.link.empty() ? ~kLink : ~0))];
      if (s.line_break) {
        out_.write("<w:r>" + rpr + "<w:br/></w:r>");
      } else if (!s.text.empty()) {
        out_.write("<w:r>" + rpr + "<w:t xml:space=\"preserve\">");
        xml::write_escaped_text(out_, s.text);
        out_.write("</w:t></w:r>");
      }
    }
    if (!open_link.empty()) out_.write("</w:hyperlink>");
  }

  void paragraph(const std::string& ppr, std::vector<Segment>& segs) {
    out_.write("<w:p>");
    out_.write(ppr);
    runs(segs);
    out_.write("</w:p>");
    if (r_.top_level) rt_.block_written(true);
  }

  void inline_only(const std::vector<xmlNode*>& nodes) {
    std::vector<xmlNode*> blocks_found;
    for (xmlNode* c : nodes) {
      if (c->type == XML_ELEMENT_NODE && !is_inline(xml::local_name(c))) blocks_found.push_back(c);
    }
    if (blocks_found.size() > 1 || (blocks_found.size() == 1 && xml::local_name(blocks_found[0]) != "p")) {
      rt_.problem(r_.site, Severity::error,
                  "the rich text of " + r_.expression.text() + " has paragraphs, lists or tables, which need "
                  "the {{{ }}} tag alone in its paragraph",
                  "put {{{ " + r_.expression.text() + " }}} in a paragraph of its own", "template.rich-inline");
      if (rt_.env().draft) {
        out_.write("<w:r>" + r_.style.missing + "<w:t xml:space=\"preserve\">[ERROR: " +
                   xml::escape_text(r_.expression.text()) + " has paragraphs, lists or tables]</w:t></w:r>");
      }
      return;
    }
    std::vector<Segment> segs;
    for (xmlNode* c : nodes) collect_one(c, 0, {}, segs, false);
    runs(segs);
  }

  void blocks(const std::vector<xmlNode*>& nodes) {
    std::vector<Segment> loose;  // inline content directly in the value: one paragraph
    auto flush = [&] {
      bool any = false;
      for (const auto& s : loose) any |= s.line_break || s.text.find_first_not_of(" \t\r\n") != std::string::npos;
      if (any) paragraph(s_.paragraph, loose);
      loose.clear();
    };
    for (xmlNode* c : nodes) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content) loose.push_back({reinterpret_cast<const char*>(c->content), 0, {}, false});
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string_view n = xml::local_name(c);
      if (is_inline(n)) {
        collect_one(c, 0, {}, loose, false);
        continue;
      }
      flush();
      if (n == "p") {
        attributes(c);
        std::vector<Segment> segs;
        collect(c, 0, {}, segs, false);
        paragraph(s_.paragraph, segs);
      } else if (n == "ul" || n == "ol") {
        list(c, n == "ol", 0);
      } else if (n == "table") {
        table(c);
      } else {
        unsupported(c);
      }
    }
    flush();
  }

  void list(xmlNode* l, bool ordered, std::size_t level) {
    if (level >= 3) {
      rt_.data_problem(l, "lists in rich text nest at most three levels deep", "flatten the innermost list",
                       "template.rich-element");
      return;
    }
    attributes(l);
    const ListLevel& style = s_.lists[ordered ? 1 : 0][level];
    std::string ppr = style.before;
    if (style.explicit_number) ppr += std::to_string(rt_.rich_list_number(ordered, style.style_num_id)) + style.after;
    for (xmlNode* li : xml::children(l)) {
      if (xml::local_name(li) != "li") {
        unsupported(li);
        continue;
      }
      attributes(li);
      std::vector<Segment> segs;
      collect(li, 0, {}, segs, true);
      paragraph(ppr, segs);
      for (xmlNode* nested : xml::children(li)) {
        std::string_view n = xml::local_name(nested);
        if (n == "ul" || n == "ol") list(nested, n == "ol", level + 1);
      }
    }
  }

  static std::size_t span_of(const xmlNode* cell) {
    const std::string v = xml::attribute(cell, "colspan").value_or("1");
    const std::size_t n = v.find_first_not_of("0123456789") == std::string::npos && !v.empty() && v.size() < 3 ? std::stoul(v) : 1;
    return std::max<std::size_t>(n, 1);
  }

  void table(xmlNode* t) {
    attributes(t);
    auto rows = xml::children(t, "tr");
    for (xmlNode* c : xml::children(t)) {
      if (xml::local_name(c) != "tr") unsupported(c);
    }
    std::size_t columns = 1;
    for (xmlNode* r : rows) {
      std::size_t n = 0;
      for (xmlNode* c : xml::children(r)) n += span_of(c);
      columns = std::max(columns, n);
    }
    const std::size_t width = 9000 / columns;
    out_.write("<w:tbl>");
    out_.write(s_.table_properties);
    out_.write("<w:tblGrid>");
    for (std::size_t i = 0; i < columns; ++i) out_.write("<w:gridCol w:w=\"" + std::to_string(width) + "\"/>");
    out_.write("</w:tblGrid>");
    bool header_rows = true;
    for (xmlNode* r : rows) {
      attributes(r);
      auto cells = xml::children(r);
      const bool header = header_rows && !cells.empty() && xml::local_name(cells[0]) == "th";
      header_rows = header;
      out_.write(header ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>");
      std::size_t column = 0;
      for (std::size_t i = 0; column < columns; ++i) {
        const xmlNode* cell = i < cells.size() ? cells[i] : nullptr;
        const std::size_t span = cell ? std::min(span_of(cell), columns - column) : 1;
        out_.write("<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width * span) + "\" w:type=\"dxa\"/>");
        if (span > 1) out_.write("<w:gridSpan w:val=\"" + std::to_string(span) + "\"/>");
        out_.write("</w:tcPr><w:p>");
        if (cell != nullptr) {
          std::string_view n = xml::local_name(cell);
          if (n != "th" && n != "td") unsupported(cell);
          attributes(cell);
          std::vector<Segment> segs;
          collect(cell, n == "th" ? kBold : 0, {}, segs, false);
          runs(segs);
        }
        out_.write("</w:p></w:tc>");
        column += span;
      }
      out_.write("</w:tr>");
    }
    out_.write("</w:tbl>");
    if (r_.top_level) rt_.block_written(false);
  }

  const WriteRich& r_;
  Runtime& rt_;
  ByteSink& out_;
  const RichStyles& s_;
};

// A draft's visible gap where the rich text would be: a run, or a paragraph of its own.
void write_gap(const WriteRich& rich, Runtime& runtime, const std::string& text, ByteSink& out) {
  std::string marker = "<w:r>" + rich.style.missing + "<w:t xml:space=\"preserve\">" + xml::escape_text(text) + "</w:t></w:r>";
  out.write(rich.block ? "<w:p>" + rich.styles->paragraph + marker + "</w:p>" : marker);
  if (rich.block && rich.top_level) runtime.block_written(true);
}

}  // namespace

void write_rich(const WriteRich& rich, Runtime& runtime, ByteSink& out) {
  std::string error;
  std::vector<xmlNode*> selected = rich.expression.nodes(runtime.env().xpath, runtime.current(), error);
  if (!error.empty()) {
    runtime.problem(rich.site, Severity::error, "cannot evaluate " + rich.expression.text() + ": " + error,
                    "rich text needs a path to an element, such as summary", "template.xpath-error");
    if (runtime.env().draft) {
      write_gap(rich, runtime, "[ERROR: cannot evaluate " + rich.expression.text() + ": " + error + "]", out);
    }
    return;
  }
  if (selected.empty()) {
    if (rich.optional) return;
    runtime.problem(rich.site, Severity::error, rich.expression.text() + " selects nothing",
                    "add ? to make it optional ({{{ " + rich.expression.text() + " ? }}}), or check the path",
                    "template.selects-nothing");
    if (runtime.env().draft) write_gap(rich, runtime, "[MISSING: " + rich.expression.text() + "]", out);
    return;
  }
  RichWriter(rich, runtime, out).write(selected);
}

}  // namespace docket::tmpl
