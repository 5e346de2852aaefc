#include "papers/inspect_layout.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "ooxml/names.hpp"
#include "papers/detail/a11y_wml.hpp"
#include "xml/node.hpp"

namespace docket::papers::detail {

namespace {

long twips(const xmlNode* element, const char* name) {
  return std::atol(w_attr(element, name).value_or("0").c_str());
}

// How often the text names each style; paragraphs naming none use the default style.
std::map<std::string, long, std::less<>> style_uses(A11yContext& ctx) {
  std::map<std::string, long, std::less<>> uses;
  const StyleDef* normal = ctx.styles().default_style("paragraph");
  for (StoryPart& story : ctx.stories()) {
    for (const char* reference : {"pStyle", "rStyle", "tblStyle"}) {
      for (const xmlNode* e : find_all(story.doc.root(), ooxml::ns::w, reference)) {
        if (auto id = w_attr(e, "val")) ++uses[*id];
      }
    }
    if (normal == nullptr) continue;
    for (const xmlNode* p : story.paragraphs) {
      if (w_child(w_child(p, "pPr"), "pStyle") == nullptr) ++uses[normal->id];
    }
  }
  return uses;
}

SectionEntry section(A11yContext& ctx, const xmlNode* sect_pr) {
  SectionEntry s;
  const xmlNode* size = w_child(sect_pr, "pgSz");
  s.width = twips(size, "w");
  s.height = twips(size, "h");
  s.landscape = w_attr(size, "orient") == std::optional<std::string>("landscape") || s.width > s.height;
  const xmlNode* margins = w_child(sect_pr, "pgMar");
  s.margin_top = twips(margins, "top");
  s.margin_right = twips(margins, "right");
  s.margin_bottom = twips(margins, "bottom");
  s.margin_left = twips(margins, "left");
  s.margin_header = twips(margins, "header");
  s.margin_footer = twips(margins, "footer");
  if (auto num = w_attr(w_child(sect_pr, "cols"), "num")) s.columns = std::max(1L, std::atol(num->c_str()));
  auto& rels = ctx.package().relationships(ctx.package().main_document());
  for (xmlNode* c = sect_pr->children; c != nullptr; c = c->next) {
    const bool header = c->type == XML_ELEMENT_NODE && xml::local_name(c) == "headerReference";
    const bool footer = c->type == XML_ELEMENT_NODE && xml::local_name(c) == "footerReference";
    if (!header && !footer) continue;
    const ooxml::Relationship* r = rels.find(ns_attr(c, ooxml::ns::r, "id").value_or(""));
    s.headers_footers.push_back({header ? "header" : "footer", w_attr(c, "type").value_or("default"),
                                 r != nullptr ? rels.target_part(*r) : ""});
  }
  return s;
}

}  // namespace

std::vector<StyleEntry> describe_styles(A11yContext& ctx) {
  const auto uses = style_uses(ctx);
  std::vector<StyleEntry> styles;
  for (const auto& [id, def] : ctx.styles().all()) {
    auto it = uses.find(id);
    styles.push_back({id, StyleSheet::display_name(def), def.type, def.is_default, it == uses.end() ? 0 : it->second});
  }
  return styles;
}

std::vector<SectionEntry> describe_sections(A11yContext& ctx) {
  std::vector<SectionEntry> sections;
  for (StoryPart& story : ctx.stories()) {
    if (!story.main) continue;
    for (const xmlNode* sect_pr : find_all(story.doc.root(), ooxml::ns::w, "sectPr")) {
      // A tracked change keeps the section's earlier properties: not a section of its own.
      if (inside(sect_pr, ooxml::ns::w, "sectPrChange")) continue;
      sections.push_back(section(ctx, sect_pr));
    }
  }
  return sections;
}

}  // namespace docket::papers::detail
