#include "template/unprinted_data.hpp"

#include <set>

#include "ooxml/names.hpp"
#include "ooxml/package.hpp"
#include "ooxml/wml.hpp"
#include "support/temp_folder.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::tmpl {

namespace {

using Kind = data::PrintableValue::Kind;

// One form for comparing text: lower case, one kind of quote and of dash, single spaces.
class Normaliser {
 public:
  explicit Normaliser(const format::Locale& locale) : lower_(format::compile_filter({"lower", {}}, locale)) {}

  std::string operator()(std::string_view text) const {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size();) {
      const std::string_view rest = text.substr(i);
      std::size_t used = 1;
      std::string_view put;
      if (rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\n' || rest[0] == '\r') {
        space = true;
      } else if (auto n = match(rest, {"\u00A0", "\u202F", "\u2007"})) {
        space = true;
        used = n;
      } else if (auto q = match(rest, {"\u2018", "\u2019", "\u201A", "\u201B", "\u201C", "\u201D", "\u201E", "\"", "`"})) {
        put = "'";
        used = q;
      } else if (auto d = match(rest, {"\u2013", "\u2014", "\u2010", "\u2011", "\u2212"})) {
        put = "-";
        used = d;
      } else {
        put = rest.substr(0, 1);
      }
      if (!put.empty()) {
        if (space && !out.empty()) out += ' ';
        space = false;
        out += put;
      }
      i += used;
    }
    return lower_->apply(out);
  }

 private:
  static std::size_t match(std::string_view s, std::initializer_list<std::string_view> options) {
    for (auto o : options) {
      if (s.starts_with(o)) return o.size();
    }
    return 0;
  }
  std::unique_ptr<format::Filter> lower_;
};

// Paragraph text with tabs and breaks as spaces (a value with a <br/> prints as a break).
void collect_text(const xmlNode* node, std::string& out) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (ooxml::is_w(c, "p")) continue;  // a text box's paragraphs are read on their own
    if (ooxml::is_w(c, "t")) {
      out += xml::text(c);
    } else if (ooxml::is_w(c, "tab") || ooxml::is_w(c, "br") || ooxml::is_w(c, "cr")) {
      out += ' ';
    } else if (!ooxml::is_w(c, "delText") && !ooxml::is_w(c, "instrText")) {
      collect_text(c, out);
    }
  }
}

struct Printed {
  std::string text;                // every paragraph, normalised, separated by \x01
  std::set<std::string> addresses;  // hyperlink targets
};

Printed read_document(const std::filesystem::path& docx, const Normaliser& normalise) {
  auto pkg = ooxml::Package::open(docx);
  Printed out;
  const std::string main = pkg.main_document();
  std::vector<std::string> parts{main};
  for (auto type : {ooxml::rel::header, ooxml::rel::footer, ooxml::rel::footnotes, ooxml::rel::endnotes}) {
    for (const auto* r : pkg.relationships(main).of_type(type)) parts.push_back(pkg.relationships(main).target_part(*r));
  }
  Diagnostics ignored;
  for (const auto& part : parts) {
    if (!pkg.has_part(part)) continue;
    for (const auto* r : pkg.relationships(part).of_type(ooxml::rel::hyperlink)) out.addresses.insert(r->target);
    auto doc = pkg.parse_part(part, ignored);
    if (!doc) continue;
    for (const xmlNode* p : ooxml::all_paragraphs(doc->root())) {
      std::string text;
      collect_text(p, text);
      out.text += '\x01' + normalise(text);
    }
  }
  return out;
}

// The ways a value may be printed.
std::vector<std::string> forms(const data::PrintableValue& v, const format::Locale& locale) {
  std::vector<std::string> out{v.text};
  auto with = [&](const char* name, std::vector<std::string> args, const std::string& value) {
    try {
      out.push_back(format::compile_filter({name, std::move(args)}, locale)->apply(value));
    } catch (const format::FilterError&) {
      // a value the filter cannot read stays in its written form only
    }
  };
  switch (v.kind) {
    case Kind::date:
      for (const char* pattern : {"d MMMM y", "d MMM y", "dd/MM/y", "d/M/y"}) with("date", {pattern}, v.text);
      with("ordinal-date", {}, v.text);
      break;
    case Kind::month:
      for (const char* pattern : {"MMMM y", "MMM y"}) with("date", {pattern}, v.text + "-01");
      break;
    case Kind::time:
      for (const char* pattern : {"HH:mm", "h.mm a", "h:mm a", "h.mma", "HH.mm"}) with("time", {pattern}, v.text);
      break;
    case Kind::number:
      with("number", {"#,##0.##########"}, v.text);
      break;
    case Kind::text:
    case Kind::address:
      break;
  }
  return out;
}

}  // namespace

std::string comparable_text(std::string_view text, const format::Locale& locale) { return Normaliser(locale)(text); }

std::vector<data::PrintableValue> unprinted_values(const std::filesystem::path& docx, const data::DataSource& data,
                                                   const format::Locale& locale) {
  const Normaliser normalise(locale);
  const Printed printed = read_document(docx, normalise);
  std::vector<data::PrintableValue> out;
  for (auto& value : data::printable_values(data)) {
    bool found = value.kind == Kind::address && printed.addresses.count(value.text) > 0;
    for (const auto& form : found ? std::vector<std::string>{} : forms(value, locale)) {
      found = printed.text.find(normalise(form)) != std::string::npos;
      if (found) break;
    }
    if (!found) out.push_back(std::move(value));
  }
  return out;
}

void warn_unprinted_data(const std::filesystem::path& template_docx, data::DataSource& data,
                         const TemplateOptions& options, const RenderOptions& render_options, Diagnostics& diags) {
  TempFolder scratch("docket-check");
  const auto rendered = scratch / "rendered.docx";
  Diagnostics render_diags;
  auto tpl = Template::load(template_docx, options, render_diags);
  RenderOptions draft = render_options;
  draft.draft = true;
  if (!render(tpl, data, rendered, draft, render_diags)) return;
  for (const auto& value : unprinted_values(rendered, data, options.locale)) {
    diags.add(data.at(value.node, Severity::warning,
                      "the template does not print " + value.path + " \u201C" + abbreviate(value.text, 60) + "\u201D",
                      "print it in the template (docs/data/" + std::string(data::is_agenda(data) ? "agenda" : "committee-report") +
                          ".md says where councils print it), "
                      "or leave it out of the data if this paper does not need it",
                      "template.unprinted-data"));
  }
}

}  // namespace docket::tmpl
