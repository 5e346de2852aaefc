// inspect_package: parse the text parts once (the accessibility context), then describe
// parts → styles → sections → images → exempt markers → accessibility, each a named step.
#include "papers/inspect.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "papers/detail/a11y_checks.hpp"
#include "papers/detail/a11y_drawings.hpp"
#include "papers/detail/a11y_wml.hpp"
#include "papers/inspect_layout.hpp"
#include "xml/node.hpp"

namespace docket::papers {

namespace {

using detail::A11yContext;

std::vector<PartEntry> describe_parts(ooxml::Package& package) {
  std::vector<PartEntry> parts;
  for (const std::string& name : package.part_names()) {
    parts.push_back({name, package.content_types().type_of(name), package.read_part(name).size()});
  }
  return parts;
}

std::vector<ImageEntry> describe_images(A11yContext& ctx) {
  std::vector<ImageEntry> images;
  for (detail::StoryPart& story : ctx.stories()) {
    auto& rels = ctx.package().relationships(story.name);
    const std::size_t first = images.size();
    for (const detail::FoundImage& found : detail::find_images(story.doc.root())) {
      ImageEntry image{.part = story.name,
                       .paragraph = story.number_of(found.paragraph),
                       .kind = found.kind,
                       .name = found.name,
                       .width_emu = found.width_emu,
                       .height_emu = found.height_emu,
                       .alt = found.alt,
                       .title = found.title,
                       .decorative = found.decorative};
      if (const ooxml::Relationship* r = rels.find(found.relationship)) {
        image.media_part = r->external ? r->target : rels.target_part(*r);
        if (!r->external && ctx.package().has_part(image.media_part)) {
          image.media_bytes = ctx.package().read_part(image.media_part).size();
        }
      }
      images.push_back(std::move(image));
    }
    // DrawingML and VML pictures are found in two passes; list them in paragraph order.
    std::stable_sort(images.begin() + static_cast<long>(first), images.end(),
                     [](const ImageEntry& a, const ImageEntry& b) { return a.paragraph < b.paragraph; });
  }
  return images;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

constexpr std::array<std::string_view, 3> kMarkers = {"NOT FOR PUBLICATION", "Schedule 12A", "exempt information"};

void find_markers(std::string_view text, const std::string& part, long paragraph, std::string excerpt,
                  std::vector<ExemptMarker>& out) {
  const std::string haystack = lower(text);
  for (std::string_view marker : kMarkers) {
    if (haystack.find(lower(marker)) != std::string::npos) {
      out.push_back({part, paragraph, std::string(marker), excerpt});
    }
  }
}

std::vector<ExemptMarker> describe_markers(A11yContext& ctx) {
  std::vector<ExemptMarker> markers;
  for (detail::StoryPart& story : ctx.stories()) {
    for (const xmlNode* p : story.paragraphs) {
      const std::string text = ctx.text_of(p);
      find_markers(text, story.name, story.number_of(p), detail::excerpt_of(text), markers);
    }
  }
  // The title, subject, keywords and description are published with the file too.
  if (auto part = detail::core_part(ctx.package())) {
    Diagnostics ignored;
    if (auto doc = ctx.package().parse_part(*part, ignored)) {
      for (const xmlNode* e : xml::children(doc->root())) {
        const std::string text = xml::text(e);
        find_markers(text, *part, 0, "<" + std::string(xml::local_name(e)) + "> " + detail::excerpt_of(text), markers);
      }
    }
  }
  return markers;
}

AccessibilitySummary describe_accessibility(A11yContext& ctx) {
  AccessibilitySummary summary;
  summary.title = detail::core_title(ctx.package()).value_or("");
  if (auto lang = detail::default_language(ctx.styles())) {
    summary.language = lang->value;
    summary.language_source = lang->source;
  }
  Diagnostics found;
  detail::run_checks(ctx, found);
  summary.errors = found.error_count();
  summary.warnings = found.warning_count();
  summary.problems.assign(found.begin(), found.end());
  return summary;
}

}  // namespace

InspectReport inspect_package(ooxml::Package& package, InspectOptions options) {
  InspectReport report;
  report.file = package.file();
  report.main_document = package.main_document();
  report.is_template = !options.tags.empty();
  report.tags = std::move(options.tags);
  Diagnostics parse_problems;
  A11yContext ctx(package, report.is_template, &parse_problems);
  report.parts = describe_parts(package);
  report.styles = detail::describe_styles(ctx);
  report.sections = detail::describe_sections(ctx);
  report.images = describe_images(ctx);
  report.exempt_markers = describe_markers(ctx);
  report.accessibility = describe_accessibility(ctx);
  // A part that could not be parsed is a problem of its own, listed first.
  for (auto it = parse_problems.items().rbegin(); it != parse_problems.items().rend(); ++it) {
    report.accessibility.problems.insert(report.accessibility.problems.begin(), *it);
    ++(it->severity == Severity::error ? report.accessibility.errors : report.accessibility.warnings);
  }
  return report;
}

}  // namespace docket::papers
