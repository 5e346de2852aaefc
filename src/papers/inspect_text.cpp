// to_text(InspectReport): plain text for people, a heading per section and an indented
// line per item; sizes in millimetres and centimetres, as Word's dialogs show them.
#include <algorithm>
#include <cstdio>
#include <sstream>

#include "papers/inspect.hpp"

namespace docket::papers {

namespace {

std::string fixed(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", value);
  return buf;
}

std::string mm(long twips) { return fixed(static_cast<double>(twips) * 25.4 / 1440.0); }
std::string cm(long emu) { return fixed(static_cast<double>(emu) / 360000.0); }

std::string quoted(const std::string& s) { return "\u201C" + s + "\u201D"; }

std::string times(long n) { return std::to_string(n) + (n == 1 ? " time" : " times"); }

// "A4 portrait" when the size is a common one (Word rounds A4 to 11906 × 16838).
std::string paper(const SectionEntry& s) {
  const long shorter = std::min(s.width, s.height);
  const long longer = std::max(s.width, s.height);
  auto near = [](long a, long b) { return a > b - 20 && a < b + 20; };
  std::string name = near(shorter, 11906) && near(longer, 16838)   ? "A4 "
                     : near(shorter, 16838) && near(longer, 23811) ? "A3 "
                     : near(shorter, 12240) && near(longer, 15840) ? "Letter "
                                                                   : "";
  return name + (s.landscape ? "landscape" : "portrait") + ", " + mm(s.width) + " \u00D7 " + mm(s.height) + " mm";
}

void parts(std::ostream& out, const InspectReport& r) {
  out << "\nParts (" << r.parts.size() << ")\n";
  std::size_t width = 0;
  std::size_t digits = 0;
  for (const auto& p : r.parts) {
    width = std::max(width, p.name.size());
    digits = std::max(digits, std::to_string(p.bytes).size());
  }
  for (const auto& p : r.parts) {
    const std::string bytes = std::to_string(p.bytes);
    out << "  " << p.name << std::string(width - p.name.size() + 2 + digits - bytes.size(), ' ') << bytes
        << " bytes  " << (p.content_type.empty() ? "(no content type)" : p.content_type) << "\n";
  }
}

void styles(std::ostream& out, const InspectReport& r) {
  std::size_t used = 0;
  std::size_t width = 0;
  for (const auto& s : r.styles) {
    used += s.uses > 0 ? 1 : 0;
    width = std::max(width, s.id.size());
  }
  out << "\nStyles (" << r.styles.size() << ", " << used << " used)\n";
  for (const auto& s : r.styles) {
    out << "  " << s.id << std::string(width - s.id.size() + 2, ' ') << s.type
        << std::string(s.type.size() < 10 ? 10 - s.type.size() : 1, ' ') << quoted(s.name)
        << (s.is_default ? ", default" : "") << ", " << (s.uses > 0 ? "used " + times(s.uses) : "not used") << "\n";
  }
}

void sections(std::ostream& out, const InspectReport& r) {
  out << "\nSections (" << r.sections.size() << ")\n";
  for (std::size_t i = 0; i < r.sections.size(); ++i) {
    const SectionEntry& s = r.sections[i];
    out << "  " << i + 1 << ": " << paper(s) << "; margins " << mm(s.margin_top) << " top, " << mm(s.margin_right)
        << " right, " << mm(s.margin_bottom) << " bottom, " << mm(s.margin_left) << " left mm (header "
        << mm(s.margin_header) << ", footer " << mm(s.margin_footer) << "); " << s.columns
        << (s.columns == 1 ? " column\n" : " columns\n");
    if (s.headers_footers.empty()) {
      out << "     headers and footers: " << (i == 0 ? "none" : "as the previous section") << "\n";
    }
    for (const auto& h : s.headers_footers) {
      out << "     " << h.kind << " (" << h.type << "): " << (h.part.empty() ? "(missing)" : h.part) << "\n";
    }
  }
}

void images(std::ostream& out, const InspectReport& r) {
  out << "\nImages (" << r.images.size() << ")\n";
  for (const auto& im : r.images) {
    out << "  " << im.part << ", paragraph " << im.paragraph << ": " << im.kind << " " << quoted(im.name);
    if (!im.media_part.empty()) out << ", " << im.media_part << " (" << im.media_bytes << " bytes)";
    if (im.width_emu > 0) out << ", " << cm(im.width_emu) << " \u00D7 " << cm(im.height_emu) << " cm";
    out << "\n    ";
    if (im.decorative) {
      out << "decorative";
    } else if (im.kind == "text box") {
      out << "text box (read as text)";
    } else if (im.alt.empty()) {
      out << "no alternative text";
    } else {
      out << "alt text: " << quoted(im.alt);
    }
    if (!im.title.empty()) out << "; title: " << quoted(im.title);
    out << "\n";
  }
}

void markers(std::ostream& out, const InspectReport& r) {
  out << "\nExempt-information markers (" << r.exempt_markers.size() << ")\n";
  for (const auto& m : r.exempt_markers) {
    out << "  " << m.part;
    if (m.paragraph > 0) out << ", paragraph " << m.paragraph;
    out << ": " << m.marker << " in " << quoted(m.excerpt) << "\n";
  }
}

void accessibility(std::ostream& out, const InspectReport& r) {
  const AccessibilitySummary& a = r.accessibility;
  out << "\nAccessibility (" << a.errors << " error(s), " << a.warnings << " warning(s))\n"
      << "  title: " << (a.title.empty() ? "(none)" : quoted(a.title)) << "\n"
      << "  language: " << (a.language.empty() ? "(none)" : a.language + " (" + a.language_source + ")") << "\n";
  for (const auto& d : a.problems) {
    std::string text = to_text(d);
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1)) {
      text.insert(at + 1, "  ");
    }
    out << "  " << text << "\n";
  }
}

void tags(std::ostream& out, const InspectReport& r) {
  if (!r.is_template) {
    out << "\nTags: none (not a template)\n";
    return;
  }
  std::size_t part_count = 0;
  for (std::size_t i = 0; i < r.tags.size(); ++i) part_count += (i == 0 || r.tags[i].part != r.tags[i - 1].part) ? 1 : 0;
  out << "\nTags (" << r.tags.size() << " in " << part_count << " part(s))\n";
  for (std::size_t i = 0; i < r.tags.size(); ++i) {
    const TagEntry& t = r.tags[i];
    if (i == 0 || t.part != r.tags[i - 1].part) out << "  " << t.part << "\n";
    out << "    " << (t.paragraph > 0 ? "paragraph " + std::to_string(t.paragraph) : std::string("text")) << ": "
        << t.text << (t.error.empty() ? "" : "  (error: " + t.error + ")") << "\n";
  }
}

}  // namespace

std::string to_text(const InspectReport& report) {
  std::ostringstream out;
  out << report.file << ": " << (report.is_template ? "a docket template" : "a Word document") << " (main part "
      << report.main_document << ")\n";
  parts(out, report);
  styles(out, report);
  sections(out, report);
  images(out, report);
  markers(out, report);
  accessibility(out, report);
  tags(out, report);
  return out.str();
}

}  // namespace docket::papers
