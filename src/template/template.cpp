#include "template/template.hpp"

#include <algorithm>

#include "data/bank_holidays.hpp"
#include "data/prepare.hpp"
#include "format/status_colour.hpp"
#include "ooxml/document_language.hpp"
#include "ooxml/names.hpp"
#include "ooxml/numbering.hpp"
#include "ooxml/package.hpp"
#include "ooxml/styles.hpp"
#include "ooxml/table_of_contents.hpp"
#include "ooxml/wml.hpp"
#include "template/compile.hpp"
#include "template/da_lower.hpp"
#include "template/fields.hpp"
#include "template/functions.hpp"
#include "template/scanner.hpp"
#include "template/tree.hpp"
#include "template/unfilled_tags.hpp"
#include "support/byte_sink.hpp"
#include "support/error.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::tmpl {

namespace {

struct CompiledPart {
  std::size_t sites;  // index into Impl::sites
  bool text_part = false;
  xml::Document doc;  // kept: sites point into it
  ProgramPtr program;
};

class NullSink final : public ByteSink {
 private:
  void consume(std::string_view) override {}
};

long attr_long(const xmlNode* n, std::string_view ns, const char* name) {
  xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(n), BAD_CAST name, ns.empty() ? nullptr : BAD_CAST std::string(ns).c_str());
  if (v == nullptr) return 0;
  long out = std::atol(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// Attributes Word regenerates and that must not repeat (w14:paraId, w14:textId), and the
// _GoBack bookmark Word leaves at the last edit, go before scanning; ids are counted so
// repeated content gets fresh ones above them.
void tidy_and_count(xmlNode* node, IdCounters& ids) {
  for (xmlNode* c = node->children; c != nullptr;) {
    xmlNode* next = c->next;
    if (c->type == XML_ELEMENT_NODE) {
      for (xmlAttr* a = c->properties; a != nullptr;) {
        xmlAttr* an = a->next;
        if (a->ns && a->ns->href && std::string_view(reinterpret_cast<const char*>(a->ns->href)) == ooxml::ns::w14 &&
            (xmlStrEqual(a->name, BAD_CAST "paraId") || xmlStrEqual(a->name, BAD_CAST "textId"))) {
          xmlRemoveProp(a);
        }
        a = an;
      }
      if (ooxml::is_w(c, "bookmarkStart") || ooxml::is_w(c, "bookmarkEnd")) {
        ids.next_bookmark = std::max(ids.next_bookmark, attr_long(c, ooxml::ns::w, "id") + 1);
      } else if (xml::local_name(c) == "docPr" && xml::namespace_of(c) == ooxml::ns::wp) {
        ids.next_drawing = std::max(ids.next_drawing, attr_long(c, "", "id") + 1);
      } else if (ooxml::is_w(c, "id") && ooxml::is_w(c->parent, "sdtPr")) {
        ids.next_content_control = std::max(ids.next_content_control, attr_long(c, ooxml::ns::w, "val") + 1);
      }
      tidy_and_count(c, ids);
    }
    c = next;
  }
}

void remove_go_back(xmlNode* root) {
  long id = -1;
  for (xmlNode* b : xml::descendants(root, "bookmarkStart")) {
    xmlChar* name = xmlGetNsProp(b, BAD_CAST "name", BAD_CAST std::string(ooxml::ns::w).c_str());
    const bool go_back = name && xmlStrEqual(name, BAD_CAST "_GoBack");
    xmlFree(name);
    if (go_back) {
      id = attr_long(b, ooxml::ns::w, "id");
      xmlUnlinkNode(b);
      xmlFreeNode(b);
    }
  }
  if (id < 0) return;
  for (xmlNode* e : xml::descendants(root, "bookmarkEnd")) {
    if (attr_long(e, ooxml::ns::w, "id") == id) {
      xmlUnlinkNode(e);
      xmlFreeNode(e);
    }
  }
}

std::optional<StatusColours> colours_of(std::optional<format::Rgb> fill) {
  if (!fill) return std::nullopt;
  return StatusColours{fill->to_hex(), format::readable_text_colour(*fill).to_hex()};
}

std::optional<StatusColours> default_fill(std::string_view status) { return colours_of(format::default_status_fill(status)); }

// A status word used as a colour (fill="d:band"): the report's scheme first, then the four
// words every scheme's defaults know; any other word is not a colour.
StatusFill colour_words(StatusFill custom) {
  return [custom = std::move(custom)](std::string_view word) -> std::optional<StatusColours> {
    if (custom) {
      if (auto c = custom(word)) return c;
    }
    return colours_of(format::named_status_colour(word));
  };
}

// A template's tags cost memory while compiled (about 3 KB each); real templates have hundreds.
// 10⁶ tags in a 10 MB document.xml took 3 GB, so the count is bounded before compiling.
void refuse_too_many_tags(const PartSites& sites, std::size_t tags_so_far) {
  if (tags_so_far <= kMaxTags) return;
  throw UnsafeInput(sites.file + ": the template has more than " + std::to_string(kMaxTags) + " tags (" +
                        std::to_string(tags_so_far) + " by the end of " + sites.part + "), far more than any real template",
                    "check that this is the template you meant; a report template needs hundreds of tags, not thousands",
                    sites.file);
}

}  // namespace

StatusFill scheme_colours(const data::StatusColours& colours) {
  return [colours](std::string_view word) -> std::optional<StatusColours> {
    if (auto c = colours.find(word)) return StatusColours{c->fill, c->text};
    return std::nullopt;
  };
}

struct Template::Impl {
  ooxml::Package package;
  TemplateOptions options;
  std::vector<PartSites> sites;
  std::vector<CompiledPart> parts;
  ooxml::StyleTable styles;
  std::string numbering_part;  // "" when the template has none
  std::string numbering_xml;
  bool needs_numbering = false;  // rich text may add lists
  IdCounters ids;
  bool rendered = false;
  std::optional<data::BankHolidays> holidays;
  FunctionEnv functions;
  bool contents = false;  // the main document has a table of contents to rebuild after rendering

  explicit Impl(ooxml::Package p) : package(std::move(p)) {}
};

Template::Template(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Template::Template(Template&&) noexcept = default;
Template& Template::operator=(Template&&) noexcept = default;
Template::~Template() = default;

const std::string& Template::file() const noexcept { return impl_->package.file(); }
const std::vector<PartSites>& Template::tags() const noexcept { return impl_->sites; }

namespace {

// The bank holiday calendar, when a tag counts working days (or the caller named one).
std::optional<data::BankHolidays> load_calendar(const std::vector<PartSites>& sites, const TemplateOptions& options,
                                                Diagnostics& diags) {
  bool needed = !options.bank_holidays.empty();
  for (const auto& part : sites) {
    for (const auto& site : part.sites) needed |= site.tag.text.find("working-day") != std::string::npos;
  }
  if (!needed) return std::nullopt;
  xml::SchemaCache schemas;
  return data::BankHolidays::load(
      options.bank_holidays.empty() ? data::BankHolidays::shipped_file() : options.bank_holidays, schemas, diags);
}

}  // namespace

Template Template::load(const std::filesystem::path& path, const TemplateOptions& options, Diagnostics& diags) {
  auto impl = std::make_unique<Impl>(ooxml::Package::open(path));
  Impl& d = *impl;
  d.options = options;
  ooxml::Package& pkg = d.package;
  const std::string main = pkg.main_document();
  std::optional<std::string> old_language;  // the template's default, when --locale changed it
  auto& main_rels = pkg.relationships(main);

  if (auto* r = main_rels.first_of_type(ooxml::rel::styles)) {
    const std::string part = main_rels.target_part(*r);
    if (auto doc = pkg.parse_part(part, diags)) {
      d.styles = ooxml::StyleTable::read(doc->root());
      // The document's language follows --locale: a Welsh report is proofed and read as Welsh.
      old_language = ooxml::set_default_language(doc->root(), options.locale.document_language());
      if (old_language) pkg.replace(part, xml::part_text(doc->root()));
    }
  }
  if (auto* r = main_rels.first_of_type(ooxml::rel::numbering)) {
    d.numbering_part = main_rels.target_part(*r);
    if (pkg.has_part(d.numbering_part)) d.numbering_xml = pkg.read_part(d.numbering_part);
    else d.numbering_part.clear();
  }

  std::vector<std::pair<std::string, bool>> templated = {{main, false}};
  for (auto type : {ooxml::rel::header, ooxml::rel::footer, ooxml::rel::footnotes, ooxml::rel::endnotes}) {
    for (const auto* r : main_rels.of_type(type)) {
      std::string part = main_rels.target_part(*r);
      if (pkg.has_part(part)) templated.emplace_back(part, false);
    }
  }
  for (auto type : {ooxml::rel::core_properties, ooxml::rel::core_properties_alt}) {
    if (auto* r = pkg.relationships("").first_of_type(type)) {
      std::string part = pkg.relationships("").target_part(*r);
      if (pkg.has_part(part)) templated.emplace_back(part, true);
    }
  }

  xml::XPathContext xpath;
  xpath.register_namespace("d", std::string(kDerivedNamespace));
  std::size_t tags = 0;
  int stale_fields = 0;
  for (auto& [part, text_part] : templated) {
    auto doc = pkg.parse_part(part, diags);
    if (!doc) continue;
    PartSites sites{pkg.file(), part, {}};
    PartFields fields;
    bool relabelled = false;  // run languages changed to the locale's
    if (!text_part) {
      fields = mark_part_fields(doc->root());
      stale_fields += fields.stale;
      if (part == main) d.contents = fields.contents;
    }
    if (text_part) {
      scan_text_part(*doc, sites, diags);
    } else {
      remove_go_back(doc->root());
      tidy_and_count(doc->root(), d.ids);
      // Runs Word marked as the old default language follow the document into the new one.
      if (old_language) relabelled = ooxml::set_run_languages(doc->root(), *old_language, options.locale.document_language()) > 0;
      if (has_document_assembler_markup(doc->root()) && has_tracked_changes(doc->root())) {
        // DocumentAssembler throws on such a template; docket says why.
        diags.add(sites.at_part(Severity::error,
                                "the template has tracked changes, which a DocumentAssembler template may not have",
                                "in Word, use Review › Accept › Accept All Changes (or reject them), then save",
                                "template.tracked-changes"));
      }
      lower_document_assembler(*doc, sites, diags);
      report_unfilled_tags(*doc, pkg.relationships(part), sites, diags);
      scan_wml_part(*doc, sites, diags);
    }
    if (sites.sites.empty()) {  // nothing to fill: the part is copied as it is, fields marked
      if (fields.contents && part == main) ooxml::refresh_tables_of_contents(doc->root(), d.styles);
      if (fields.stale > 0 || relabelled) pkg.replace(part, xml::part_text(doc->root()));
      if (part == main) d.contents = false;
      continue;
    }
    refuse_too_many_tags(sites, tags += sites.sites.size());
    if (text_part) build_text_tree(*doc, sites, diags);
    else build_tree(*doc, sites, diags);
    for (const auto& s : sites.sites) d.needs_numbering |= !s.error && s.tag.kind == TagKind::rich;
    CompileEnv env{xpath, d.options.locale, d.styles, text_part};
    ProgramPtr program = compile_part(*doc, sites, env, diags);
    d.sites.push_back(std::move(sites));
    d.parts.push_back({d.sites.size() - 1, text_part, std::move(*doc), std::move(program)});
  }
  if (stale_fields > 0) ask_word_to_update_fields(pkg, diags);
  d.holidays = load_calendar(d.sites, d.options, diags);
  if (d.holidays) d.functions.holidays = &*d.holidays;
  d.functions.locale = &d.options.locale;
  diags.drop_repeats();
  return Template(std::move(impl));
}

namespace {

void setup_xpath(xml::XPathContext& ctx, const data::DataSource& data, const FunctionEnv& functions) {
  for (const auto& [prefix, uri] : data::declared_prefixes(data)) ctx.register_namespace(prefix, uri);
  ctx.register_namespace("d", std::string(kDerivedNamespace));
  register_functions(ctx, &functions);
}

}  // namespace

bool render(Template& t, data::DataSource& data, const std::filesystem::path& target,
            const RenderOptions& options, Diagnostics& diags) {
  Template::Impl& d = *t.impl_;
  if (d.rendered) throw UsageError("a loaded template renders once; load it again for the next render");
  d.rendered = true;
  ooxml::Package& pkg = d.package;
  const std::string main = pkg.main_document();

  auto numbering = std::make_shared<ooxml::NumberingTable>();
  if (!d.numbering_xml.empty()) *numbering = ooxml::NumberingTable::parse(d.numbering_xml, pkg.file() + ": " + d.numbering_part, diags);
  if (d.numbering_part.empty() && d.needs_numbering) {
    d.numbering_part = "word/numbering.xml";
    pkg.add_part(d.numbering_part, ooxml::content_type::numbering, numbering->to_xml());
    pkg.relationships(main).add(ooxml::rel::numbering, "numbering.xml");
  }
  auto ids = std::make_shared<IdCounters>(d.ids);
  // The report's own scheme colours first, then the template language's defaults.
  StatusFill fill = [custom = options.status_fill](std::string_view word) -> std::optional<StatusColours> {
    if (custom) {
      if (auto c = custom(word)) return c;
    }
    return default_fill(word);
  };

  for (CompiledPart& part : d.parts) {
    const PartSites& sites = d.sites[part.sites];
    // Relationships are loaded now so that the package rewrites them after the parts.
    ooxml::Relationships* rels = part.text_part ? nullptr : &pkg.relationships(sites.part);
    pkg.replace_stream(sites.part, [&, rels, numbering, ids, fill, program = part.program](ByteSink& out) {
      // A context per part, made in the thread that renders it.
      xml::XPathContext ctx(data.document().get());
      setup_xpath(ctx, data, d.functions);
      RenderEnv env{ctx, data.root(), data.file(), *numbering, rels, *ids, fill, d.options.locale, options.draft, false,
                    colour_words(options.status_fill)};
      Runtime runtime(env, sites);
      if (d.contents && sites.part == main) {
        // The contents list comes before the headings it names: this part is made whole first.
        std::string whole;
        {
          StringSink sink(whole);
          runtime.run(*program, sink);
        }
        out.write(with_current_contents(whole, d.styles, sites.part, diags));
      } else {
        runtime.run(*program, out);
      }
      runtime.report(diags);
    });
  }
  if (!d.numbering_part.empty()) {
    pkg.replace_stream(d.numbering_part, [numbering](ByteSink& out) { out.write(numbering->to_xml()); }, true);
  }
  return pkg.write(target, [&] {
    diags.drop_repeats();
    return options.draft || !diags.has_errors();
  });
}

void check_with_data(Template& t, data::DataSource& data, Diagnostics& diags) {
  Template::Impl& d = *t.impl_;
  ooxml::NumberingTable numbering;
  if (!d.numbering_xml.empty()) numbering = ooxml::NumberingTable::parse(d.numbering_xml, "numbering", diags);
  IdCounters ids = d.ids;
  for (CompiledPart& part : d.parts) {
    xml::XPathContext ctx(data.document().get());
    setup_xpath(ctx, data, d.functions);
    ooxml::Relationships scratch;
    RenderEnv env{ctx, data.root(), data.file(), numbering, &scratch, ids, StatusFill(default_fill),
                  d.options.locale, false, true, colour_words(nullptr)};
    Runtime runtime(env, d.sites[part.sites]);
    NullSink sink;
    runtime.run(*part.program, sink);
    runtime.report(diags);
  }
  diags.drop_repeats();
}

}  // namespace docket::tmpl
