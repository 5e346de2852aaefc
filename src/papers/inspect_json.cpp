// to_json(InspectReport): one JSON object for tools, keys in a fixed order. Sizes stay in the
// units the package stores (bytes, twips, EMU) so that tools need not round-trip them.
#include "papers/inspect.hpp"
#include "support/json.hpp"

namespace docket::papers {

namespace {

template <typename Items, typename Convert>
Json array_of(const Items& items, Convert convert) {
  Json out = Json::array();
  for (const auto& item : items) out.push_back(convert(item));
  return out;
}

Json part_json(const PartEntry& p) {
  return {{"name", p.name}, {"contentType", p.content_type}, {"bytes", p.bytes}};
}

Json style_json(const StyleEntry& s) {
  return {{"id", s.id}, {"name", s.name}, {"type", s.type}, {"default", s.is_default}, {"uses", s.uses}};
}

Json section_json(const SectionEntry& s) {
  return {{"width", s.width},
          {"height", s.height},
          {"orientation", s.landscape ? "landscape" : "portrait"},
          {"margins",
           {{"top", s.margin_top},
            {"right", s.margin_right},
            {"bottom", s.margin_bottom},
            {"left", s.margin_left},
            {"header", s.margin_header},
            {"footer", s.margin_footer}}},
          {"columns", s.columns},
          {"headersFooters", array_of(s.headers_footers, [](const HeaderFooterRef& h) {
             return Json{{"kind", h.kind}, {"type", h.type}, {"part", h.part}};
           })}};
}

Json image_json(const ImageEntry& im) {
  return {{"part", im.part},           {"paragraph", im.paragraph},     {"kind", im.kind},
          {"name", im.name},           {"media", im.media_part},        {"mediaBytes", im.media_bytes},
          {"widthEmu", im.width_emu},  {"heightEmu", im.height_emu},    {"alt", im.alt},
          {"title", im.title},         {"decorative", im.decorative}};
}

Json marker_json(const ExemptMarker& m) {
  return {{"part", m.part}, {"paragraph", m.paragraph}, {"marker", m.marker}, {"excerpt", m.excerpt}};
}

Json tag_json(const TagEntry& t) {
  Json o = {{"part", t.part}, {"paragraph", t.paragraph}, {"tag", t.text}, {"excerpt", t.excerpt}};
  if (!t.error.empty()) o["error"] = t.error;
  return o;
}

Json accessibility_json(const AccessibilitySummary& a) {
  return {{"title", a.title},
          {"language", a.language},
          {"languageSource", a.language_source},
          {"errors", a.errors},
          {"warnings", a.warnings},
          {"problems", array_of(a.problems, json_of)}};
}

}  // namespace

std::string to_json(const InspectReport& r) {
  const Json o = {{"file", r.file},
                  {"mainDocument", r.main_document},
                  {"template", r.is_template},
                  {"parts", array_of(r.parts, part_json)},
                  {"styles", array_of(r.styles, style_json)},
                  {"sections", array_of(r.sections, section_json)},
                  {"images", array_of(r.images, image_json)},
                  {"exemptMarkers", array_of(r.exempt_markers, marker_json)},
                  {"accessibility", accessibility_json(r.accessibility)},
                  {"tags", array_of(r.tags, tag_json)}};
  return dump_json(o) + "\n";
}

}  // namespace docket::papers
