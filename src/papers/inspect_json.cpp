// to_json(InspectReport): one JSON object for tools, keys in a fixed order. Sizes stay in the
// units the package stores (bytes, twips, EMU) so that tools need not round-trip them.
#include <sstream>

#include "papers/inspect.hpp"

namespace docket::papers {

namespace {

// Writes members of one object at a time: "key":value, with commas between.
class Object {
 public:
  explicit Object(std::ostream& out) : out_(out) { out_ << '{'; }
  ~Object() { out_ << '}'; }
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;

  std::ostream& key(std::string_view name) {
    out_ << (first_ ? "" : ",") << '"' << name << "\":";
    first_ = false;
    return out_;
  }
  void string(std::string_view name, std::string_view value) { key(name) << '"' << json_escape(value) << '"'; }
  void number(std::string_view name, long long value) { key(name) << value; }
  void boolean(std::string_view name, bool value) { key(name) << (value ? "true" : "false"); }

 private:
  std::ostream& out_;
  bool first_ = true;
};

// "name":[item,item…], each item written by `write(out, item)`.
template <typename Items, typename Write>
void array(Object& object, std::string_view name, const Items& items, Write write) {
  std::ostream& out = object.key(name);
  out << '[';
  bool first = true;
  for (const auto& item : items) {
    if (!first) out << ',';
    first = false;
    write(out, item);
  }
  out << ']';
}

void write_part(std::ostream& out, const PartEntry& p) {
  Object o(out);
  o.string("name", p.name);
  o.string("contentType", p.content_type);
  o.number("bytes", static_cast<long long>(p.bytes));
}

void write_style(std::ostream& out, const StyleEntry& s) {
  Object o(out);
  o.string("id", s.id);
  o.string("name", s.name);
  o.string("type", s.type);
  o.boolean("default", s.is_default);
  o.number("uses", s.uses);
}

void write_section(std::ostream& out, const SectionEntry& s) {
  Object o(out);
  o.number("width", s.width);
  o.number("height", s.height);
  o.string("orientation", s.landscape ? "landscape" : "portrait");
  {
    Object m(o.key("margins"));
    m.number("top", s.margin_top);
    m.number("right", s.margin_right);
    m.number("bottom", s.margin_bottom);
    m.number("left", s.margin_left);
    m.number("header", s.margin_header);
    m.number("footer", s.margin_footer);
  }
  o.number("columns", s.columns);
  array(o, "headersFooters", s.headers_footers, [](std::ostream& out, const HeaderFooterRef& h) {
    Object r(out);
    r.string("kind", h.kind);
    r.string("type", h.type);
    r.string("part", h.part);
  });
}

void write_image(std::ostream& out, const ImageEntry& im) {
  Object o(out);
  o.string("part", im.part);
  o.number("paragraph", im.paragraph);
  o.string("kind", im.kind);
  o.string("name", im.name);
  o.string("media", im.media_part);
  o.number("mediaBytes", static_cast<long long>(im.media_bytes));
  o.number("widthEmu", im.width_emu);
  o.number("heightEmu", im.height_emu);
  o.string("alt", im.alt);
  o.string("title", im.title);
  o.boolean("decorative", im.decorative);
}

void write_marker(std::ostream& out, const ExemptMarker& m) {
  Object o(out);
  o.string("part", m.part);
  o.number("paragraph", m.paragraph);
  o.string("marker", m.marker);
  o.string("excerpt", m.excerpt);
}

void write_tag(std::ostream& out, const TagEntry& t) {
  Object o(out);
  o.string("part", t.part);
  o.number("paragraph", t.paragraph);
  o.string("tag", t.text);
  o.string("excerpt", t.excerpt);
  if (!t.error.empty()) o.string("error", t.error);
}

void write_accessibility(std::ostream& out, const AccessibilitySummary& a) {
  Object o(out);
  o.string("title", a.title);
  o.string("language", a.language);
  o.string("languageSource", a.language_source);
  o.number("errors", static_cast<long long>(a.errors));
  o.number("warnings", static_cast<long long>(a.warnings));
  array(o, "problems", a.problems, [](std::ostream& out, const Diagnostic& d) { out << to_json(d); });
}

}  // namespace

std::string to_json(const InspectReport& r) {
  std::ostringstream out;
  {
    Object o(out);
    o.string("file", r.file);
    o.string("mainDocument", r.main_document);
    o.boolean("template", r.is_template);
    array(o, "parts", r.parts, write_part);
    array(o, "styles", r.styles, write_style);
    array(o, "sections", r.sections, write_section);
    array(o, "images", r.images, write_image);
    array(o, "exemptMarkers", r.exempt_markers, write_marker);
    write_accessibility(o.key("accessibility"), r.accessibility);
    array(o, "tags", r.tags, write_tag);
  }
  out << '\n';
  return out.str();
}

}  // namespace docket::papers
