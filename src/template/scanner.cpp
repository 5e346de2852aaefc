#include "template/scanner.hpp"

#include <functional>
#include <variant>

#include "ooxml/wml.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::tmpl {

namespace {

using ooxml::is_w;

struct Span {
  std::size_t begin;
  std::size_t end;  // one past the last character
};

const char* cstr(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

std::string text_of(const xmlNode* t) {
  std::string s;
  for (xmlNode* c = t->children; c != nullptr; c = c->next) {
    if (c->content) s += cstr(c->content);
  }
  return s;
}

// Finds `{{ … }}` and `{{{ … }}}` tags. An unclosed tag is reported through `unclosed`.
std::vector<Span> find_tags(std::string_view s, std::optional<std::size_t>& unclosed) {
  std::vector<Span> tags;
  std::size_t i = s.find("{{");
  while (i != std::string_view::npos) {
    const bool triple = s.compare(i, 3, "{{{") == 0;
    const std::string_view close = triple ? "}}}" : "}}";
    std::size_t end = s.find(close, i + close.size());
    std::size_t next_open = s.find("{{", i + (triple ? 3 : 2));
    if (end == std::string_view::npos || (next_open != std::string_view::npos && next_open < end)) {
      unclosed = i;
      return tags;
    }
    tags.push_back({i, end + close.size()});
    i = s.find("{{", end + close.size());
  }
  return tags;
}

std::size_t utf8_back(std::string_view s, std::size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

// The paragraph text around a tag, shortened for messages.
std::string excerpt_around(std::string_view s, Span tag) {
  if (s.size() <= 80) return std::string(s);
  std::size_t from = tag.begin > 30 ? utf8_back(s, tag.begin - 30) : 0;
  std::size_t to = std::min(s.size(), tag.end + 30);
  to = utf8_back(s, to);
  return (from > 0 ? "\u2026" : "") + std::string(s.substr(from, to - from)) + (to < s.size() ? "\u2026" : "");
}

void preserve_space(xmlNode* t) {
  xmlSetNsProp(t, xmlSearchNsByHref(t->doc, t, BAD_CAST "http://www.w3.org/XML/1998/namespace"),
               BAD_CAST "space", BAD_CAST "preserve");
}

xmlNode* new_text_run(xmlNode* like_run, xmlNode* rpr, std::string_view text) {
  xmlNs* w = ooxml::w_namespace(like_run);
  xmlNode* run = xmlNewDocNode(like_run->doc, w, BAD_CAST "r", nullptr);
  if (rpr != nullptr) xmlAddChild(run, xmlDocCopyNode(rpr, run->doc, 1));
  xmlNode* t = xmlNewDocNode(like_run->doc, w, BAD_CAST "t", nullptr);
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

TagSite make_site(std::string_view tag_text, long paragraph, std::string excerpt) {
  TagSite site;
  site.paragraph = paragraph;
  site.excerpt = std::move(excerpt);
  auto parsed = parse_tag(tag_text);
  if (auto* err = std::get_if<TagSyntaxError>(&parsed)) {
    site.tag.text = std::string(tag_text);
    site.error = *err;
  } else {
    site.tag = std::get<Tag>(std::move(parsed));
  }
  return site;
}

class ParagraphScanner {
 public:
  ParagraphScanner(PartSites& sites, Diagnostics& diags) : sites_(sites), diags_(diags) {}

  void scan(xmlNode* p, long number) {
    auto nodes = ooxml::paragraph_text_nodes(p);
    std::string text;
    std::vector<std::size_t> starts;
    for (xmlNode* t : nodes) {
      starts.push_back(text.size());
      text += text_of(t);
    }
    if (text.find("{{") == std::string::npos) return;
    std::optional<std::size_t> unclosed;
    auto tags = find_tags(text, unclosed);
    if (unclosed) {
      TagSite site;
      site.paragraph = number;
      site.excerpt = excerpt_around(text, {*unclosed, *unclosed + 2});
      diags_.add(sites_.at(site, Severity::error, "a tag is opened with {{ but not closed",
                           "end the tag with }} (or }}} for rich text) in the same paragraph",
                           "template.tag-unclosed"));
    }
    if (tags.empty()) return;
    gather(nodes, starts, text, tags);
    for (Span tag : tags) excerpts_.push_back(excerpt_around(text, tag));
    std::size_t next = 0;
    for (xmlNode* t : nodes) split_run(t, number, next);
    excerpts_.clear();
  }

 private:
  // Moves each tag's characters into the w:t where the tag begins (last tag first, so that
  // earlier positions stay valid).
  void gather(const std::vector<xmlNode*>& nodes, const std::vector<std::size_t>& starts,
              const std::string& text, const std::vector<Span>& tags) {
    std::vector<std::string> texts;
    for (std::size_t k = 0; k < nodes.size(); ++k) {
      std::size_t end = k + 1 < nodes.size() ? starts[k + 1] : text.size();
      texts.push_back(text.substr(starts[k], end - starts[k]));
    }
    auto node_at = [&](std::size_t offset) {
      std::size_t k = 0;
      while (k + 1 < nodes.size() && starts[k + 1] <= offset) ++k;
      return k;
    };
    for (auto it = tags.rbegin(); it != tags.rend(); ++it) {
      std::size_t first = node_at(it->begin);
      std::size_t last = node_at(it->end - 1);
      if (first == last) continue;
      texts[first] = texts[first].substr(0, it->begin - starts[first]) +
                     text.substr(it->begin, it->end - it->begin);
      for (std::size_t k = first + 1; k < last; ++k) texts[k].clear();
      texts[last] = texts[last].substr(it->end - starts[last]);
      // Later tags in `last` lose this prefix; their offsets are recomputed when splitting.
    }
    for (std::size_t k = 0; k < nodes.size(); ++k) {
      if (texts[k] != text_of(nodes[k])) {
        ooxml::set_text(nodes[k], texts[k]);
        preserve_space(nodes[k]);
      }
    }
  }

  // Splits the run of w:t `t` so that every tag in it stands alone, as a dk:tag marker.
  void split_run(xmlNode* t, long paragraph, std::size_t& tag_counter) {
    std::string text = text_of(t);
    std::optional<std::size_t> unclosed;
    auto tags = find_tags(text, unclosed);
    xmlNode* run = t->parent;
    if (!is_w(run, "r")) return;
    if (tags.empty()) {
      if (text.empty()) remove_text(t, run);
      return;
    }
    xmlNode* rpr = xml::child(run, "rPr");
    std::vector<xmlNode*> made;
    std::size_t pos = 0;
    for (Span tag : tags) {
      if (tag.begin > pos) made.push_back(new_text_run(run, rpr, text.substr(pos, tag.begin - pos)));
      std::string tag_text = text.substr(tag.begin, tag.end - tag.begin);
      std::string excerpt = tag_counter < excerpts_.size() ? excerpts_[tag_counter] : text;
      ++tag_counter;
      TagSite site = make_site(tag_text, paragraph, std::move(excerpt));
      xmlNode* marker = new_marker(run->doc, "tag", static_cast<long>(sites_.sites.size()));
      if (rpr != nullptr) xmlAddChild(marker, xmlDocCopyNode(rpr, run->doc, 1));
      site.marker = marker;
      site.paragraph_node = nullptr;
      sites_.sites.push_back(std::move(site));
      made.push_back(marker);
      pos = tag.end;
    }
    if (pos < text.size()) made.push_back(new_text_run(run, rpr, text.substr(pos)));
    // Whatever followed the w:t in its run moves to a run of its own after the pieces.
    if (t->next != nullptr) {
      xmlNode* tail = xmlNewDocNode(run->doc, ooxml::w_namespace(run), BAD_CAST "r", nullptr);
      if (rpr != nullptr) xmlAddChild(tail, xmlDocCopyNode(rpr, run->doc, 1));
      while (t->next != nullptr) {
        xmlNode* n = t->next;
        xmlUnlinkNode(n);
        xmlAddChild(tail, n);
      }
      made.push_back(tail);
    }
    xmlUnlinkNode(t);
    xmlFreeNode(t);
    xmlNode* after = run;
    for (xmlNode* n : made) after = xmlAddNextSibling(after, n);
    if (!has_content(run)) {
      xmlUnlinkNode(run);
      xmlFreeNode(run);
    }
  }

  void remove_text(xmlNode* t, xmlNode* run) {
    xmlUnlinkNode(t);
    xmlFreeNode(t);
    if (!has_content(run)) {
      xmlUnlinkNode(run);
      xmlFreeNode(run);
    }
  }

  PartSites& sites_;
  Diagnostics& diags_;
  std::vector<std::string> excerpts_;
};

// Sites were made paragraph by paragraph; text-box paragraphs nest inside others, so put
// sites into document order and renumber the markers.
void order_sites(xmlNode* root, PartSites& sites) {
  std::vector<xmlNode*> markers;
  std::function<void(xmlNode*)> walk = [&](xmlNode* n) {
    for (xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (is_marker(c, "tag")) markers.push_back(c);
      else walk(c);
    }
  };
  walk(root);
  std::vector<TagSite> ordered;
  ordered.reserve(sites.sites.size());
  for (xmlNode* m : markers) {
    ordered.push_back(std::move(sites.sites[static_cast<std::size_t>(marker_site(m))]));
    xmlSetProp(m, BAD_CAST "site", BAD_CAST std::to_string(ordered.size() - 1).c_str());
    ordered.back().marker = m;
  }
  sites.sites = std::move(ordered);
}

// The paragraph a marker sits in (null for plain-text parts).
xmlNode* paragraph_of(xmlNode* marker) {
  for (xmlNode* n = marker->parent; n != nullptr; n = n->parent) {
    if (is_w(n, "p")) return n;
  }
  return nullptr;
}

}  // namespace

void scan_wml_part(xml::Document& doc, PartSites& sites, Diagnostics& diags) {
  ParagraphScanner scanner(sites, diags);
  auto paragraphs = ooxml::all_paragraphs(doc.root());
  for (std::size_t i = 0; i < paragraphs.size(); ++i) scanner.scan(paragraphs[i], static_cast<long>(i + 1));
  order_sites(doc.root(), sites);
  for (auto& site : sites.sites) site.paragraph_node = paragraph_of(site.marker);
}

void scan_text_part(xml::Document& doc, PartSites& sites, Diagnostics& diags) {
  std::function<void(xmlNode*)> walk = [&](xmlNode* element) {
    for (xmlNode* c = element->children; c != nullptr;) {
      xmlNode* next = c->next;
      if (c->type == XML_ELEMENT_NODE) {
        walk(c);
      } else if (c->type == XML_TEXT_NODE && c->content && std::string_view(cstr(c->content)).find("{{") != std::string_view::npos) {
        std::string text = cstr(c->content);
        std::optional<std::size_t> unclosed;
        auto tags = find_tags(text, unclosed);
        const std::string excerpt = "<" + xml::qualified_name(element) + "> " + abbreviate(text, 60);
        if (unclosed) {
          TagSite site;
          site.excerpt = excerpt;
          diags.add(sites.at(site, Severity::error, "a tag is opened with {{ but not closed",
                             "end the tag with }}", "template.tag-unclosed"));
        }
        std::size_t pos = 0;
        for (Span tag : tags) {
          if (tag.begin > pos) xmlAddPrevSibling(c, xmlNewDocText(doc.get(), BAD_CAST text.substr(pos, tag.begin - pos).c_str()));
          TagSite site = make_site(text.substr(tag.begin, tag.end - tag.begin), 0, excerpt);
          site.marker = new_marker(doc.get(), "tag", static_cast<long>(sites.sites.size()));
          xmlAddPrevSibling(c, site.marker);
          sites.sites.push_back(std::move(site));
          pos = tag.end;
        }
        if (!tags.empty()) {
          if (pos < text.size()) xmlAddPrevSibling(c, xmlNewDocText(doc.get(), BAD_CAST text.substr(pos).c_str()));
          xmlUnlinkNode(c);
          xmlFreeNode(c);
        }
      }
      c = next;
    }
  };
  walk(doc.root());
}

}  // namespace docket::tmpl
