#include "template/scanner.hpp"

#include <functional>
#include <variant>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "support/text.hpp"
#include "template/span_isolation.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::tmpl {

namespace {

using detail::Span;
using ooxml::is_w;

const char* cstr(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

// Finds `{{ … }}` and `{{{ … }}}` tags. An unclosed tag is reported through `unclosed`.
std::vector<Span> find_tags(std::string_view s, std::optional<std::size_t>* unclosed = nullptr) {
  std::vector<Span> tags;
  std::size_t i = s.find("{{");
  while (i != std::string_view::npos) {
    const bool triple = s.compare(i, 3, "{{{") == 0;
    const std::string_view close = triple ? "}}}" : "}}";
    std::size_t end = s.find(close, i + close.size());
    std::size_t next_open = s.find("{{", i + (triple ? 3 : 2));
    if (end == std::string_view::npos || (next_open != std::string_view::npos && next_open < end)) {
      if (unclosed) *unclosed = i;
      return tags;
    }
    tags.push_back({i, end + close.size()});
    i = s.find("{{", end + close.size());
  }
  return tags;
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

void scan_paragraph(xmlNode* p, long number, PartSites& sites, Diagnostics& diags) {
  auto text = detail::read_paragraph_text(p);
  if (text.text.find("{{") == std::string::npos) return;
  std::optional<std::size_t> unclosed;
  auto tags = find_tags(text.text, &unclosed);
  if (unclosed) {
    TagSite site;
    site.paragraph = number;
    site.excerpt = detail::excerpt_around(text.text, {*unclosed, *unclosed + 2});
    diags.add(sites.at(site, Severity::error, "a tag is opened with {{ but not closed",
                       "end the tag with }} (or }}} for rich text) in the same paragraph", "template.tag-unclosed"));
  }
  std::vector<std::string> excerpts;
  for (Span tag : tags) excerpts.push_back(detail::excerpt_around(text.text, tag));
  detail::isolate_spans(
      text, [](std::string_view s) { return find_tags(s); },
      [&](std::string_view tag_text, const xmlNode* rpr, std::size_t index) {
        TagSite site = make_site(tag_text, number, index < excerpts.size() ? excerpts[index] : text.text);
        xmlNode* marker = new_marker(p->doc, "tag", static_cast<long>(sites.sites.size()));
        if (rpr != nullptr) xmlAddChild(marker, xmlDocCopyNode(const_cast<xmlNode*>(rpr), p->doc, 1));
        site.marker = marker;
        sites.sites.push_back(std::move(site));
        return marker;
      });
}

// Sites were made paragraph by paragraph (and DocumentAssembler markup before that); text-box
// paragraphs nest inside others. Put every site into document order and renumber markers.
void order_sites(xmlNode* root, PartSites& sites) {
  std::vector<xmlNode*> markers;
  std::function<void(xmlNode*)> walk = [&](xmlNode* n) {
    for (xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (is_marker(c) && xml::attribute(c, "site")) markers.push_back(c);
      walk(c);
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

// Word writes a text box twice: as DrawingML (mc:Choice) and as a VML copy (mc:Fallback).
// The copy's paragraphs are not counted, so numbers match what a person sees.
bool in_fallback(const xmlNode* n) {
  for (; n != nullptr; n = n->parent) {
    if (xml::local_name(n) == "Fallback" && xml::namespace_of(n) == ooxml::ns::mc) return true;
  }
  return false;
}

}  // namespace

void scan_wml_part(xml::Document& doc, PartSites& sites, Diagnostics& diags) {
  long number = 0;
  for (xmlNode* p : ooxml::all_paragraphs(doc.root())) {
    if (!in_fallback(p)) ++number;
    scan_paragraph(p, std::max(number, 1L), sites, diags);
  }
  order_sites(doc.root(), sites);
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
        auto tags = find_tags(text, &unclosed);
        const std::string excerpt = "<" + xml::qualified_name(element) + "> " + abbreviate(text, 60);
        if (unclosed) {
          TagSite site;
          site.excerpt = excerpt;
          diags.add(sites.at(site, Severity::error, "a tag is opened with {{ but not closed", "end the tag with }}",
                             "template.tag-unclosed"));
        }
        if (!tags.empty()) {
          // Insert before an element placeholder: libxml2 merges text inserted next to a text
          // node into it, and the text node being split is about to be freed.
          xmlNode* anchor = xmlNewDocNode(doc.get(), nullptr, BAD_CAST "anchor", nullptr);
          xmlAddPrevSibling(c, anchor);
          xmlUnlinkNode(c);
          xmlFreeNode(c);
          std::size_t pos = 0;
          for (Span tag : tags) {
            if (tag.begin > pos) xmlAddPrevSibling(anchor, xmlNewDocText(doc.get(), BAD_CAST text.substr(pos, tag.begin - pos).c_str()));
            TagSite site = make_site(std::string_view(text).substr(tag.begin, tag.end - tag.begin), 0, excerpt);
            site.marker = new_marker(doc.get(), "tag", static_cast<long>(sites.sites.size()));
            xmlAddPrevSibling(anchor, site.marker);
            sites.sites.push_back(std::move(site));
            pos = tag.end;
          }
          if (pos < text.size()) xmlAddPrevSibling(anchor, xmlNewDocText(doc.get(), BAD_CAST text.substr(pos).c_str()));
          xmlUnlinkNode(anchor);
          xmlFreeNode(anchor);
        }
      }
      c = next;
    }
  };
  walk(doc.root());
}

}  // namespace docket::tmpl
