// derive(): clear what an earlier run added, then write each derived value as a d: element
// where templates look for it. Pipeline: remove old → declare namespace → period → KPI sets
// → risk tables → appendices.
#include <libxml/tree.h>

#include "data/derive.hpp"
#include "format/financial_year.hpp"
#include "support/error.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace {

using detail::data_child;
using detail::data_children;

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// Frees every derived element, so that derivation is idempotent.
void remove_derived(xmlNode* node) {
  for (xmlNode* c = node->children; c != nullptr;) {
    xmlNode* next = c->next;
    if (c->type == XML_ELEMENT_NODE) {
      if (xml::namespace_of(c) == kDerivedNamespace) {
        xmlUnlinkNode(c);
        xmlFreeNode(c);
      } else {
        remove_derived(c);
      }
    }
    c = next;
  }
}

// Adds d: elements; the namespace is declared once, on the root, so output stays tidy.
class Writer {
 public:
  explicit Writer(xmlNode* root) : ns_(detail::derived_namespace(root)) {}

  xmlNode* add(xmlNode* parent, const char* name, const std::string& text) const {
    return xmlNewTextChild(parent, ns_, x(name), x(text.c_str()));
  }
  xmlNode* add_empty(xmlNode* parent, const char* name) const {
    return xmlNewChild(parent, ns_, x(name), nullptr);
  }
  static void set(xmlNode* element, const char* name, const std::string& value) {
    xmlNewProp(element, x(name), x(value.c_str()));
  }

 private:
  xmlNs* ns_;
};

format::Locale locale_for(const DataSource& data, const DeriveOptions& options) {
  std::string id = options.locale;
  if (id.empty()) {
    xmlChar* lang = xmlNodeGetLang(data.root());
    id = lang ? reinterpret_cast<const char*>(lang) : "en-GB";
    xmlFree(lang);
  }
  try {
    return format::Locale(id);
  } catch (const Error&) {
    return format::Locale("en-GB");
  }
}

void write_period(const Writer& out, xmlNode* period, const format::Locale& locale) {
  const auto start = format::parse_iso_date(xml::attribute(period, "start").value_or(""));
  const auto end = format::parse_iso_date(xml::attribute(period, "end").value_or(""));
  if (!start) return;
  const auto quarter = format::financial_quarter(*start);
  if (end && format::financial_quarter(*end).start_year != quarter.start_year) return;
  out.add(period, "financialYear", format::fy_label(quarter.start_year));
  if (!end || format::financial_quarter(*end) != quarter) return;
  out.add(period, "quarter", format::fy_quarter_label(quarter, locale));
  out.add(period, "months", format::month_span(quarter, locale));
}

void write_kpi(const Writer& out, xmlNode* kpi, const KpiStatus& r, const format::Locale& locale) {
  if (r.status) {
    out.add(kpi, "status", r.status->label);
    out.add(kpi, "statusKey", r.status->key);
  }
  out.add(kpi, "rule", r.rule);
  if (r.actual) out.add(kpi, "actual", r.actual->to_string());
  if (r.target) out.add(kpi, "target", r.target->to_string());
  if (r.status && r.status->fill) out.add(kpi, "fill", r.status->fill->to_hex());
  out.add(kpi, "textColour", r.status ? r.status->text_colour.to_hex() : "000000");
  if (r.direction) out.add(kpi, "direction", *r.direction);
  const auto as_at = format::parse_iso_date(xml::attribute(data_child(kpi, "actual"), "asAt").value_or(""));
  if (as_at) out.add(kpi, "financialQuarter", format::fy_quarter_label(format::financial_quarter(*as_at), locale));
}

void write_summary(const Writer& out, xmlNode* kpis, const StatusScheme& scheme,
                   const KpiSummary& summary) {
  xmlNode* table = out.add_empty(kpis, "summary");
  Writer::set(table, "denominator", scheme.rules.denominator == Denominator::all ? "all" : "rag-rated");
  Writer::set(table, "of", std::to_string(summary.denominator));
  for (const SummaryLine& line : summary.rows) {
    xmlNode* row = out.add_empty(table, "row");
    Writer::set(row, "key", line.status->key);
    Writer::set(row, "label", line.status->label);
    Writer::set(row, "count", std::to_string(line.count));
    Writer::set(row, "percent", line.percent);
    if (line.status->fill) Writer::set(row, "fill", line.status->fill->to_hex());
  }
  xmlNode* total = out.add_empty(table, "total");
  Writer::set(total, "count", std::to_string(summary.total));
  Writer::set(total, "percent", summary.total_percent);
}

void write_kpis(const DataSource& data, const Writer& out, xmlNode* kpis, const SchemeLibrary& schemes,
                const format::Locale& locale, Diagnostics& diags) {
  const xmlNode* named = xml::attribute_node(kpis, "statusScheme");
  const std::string token = detail::trim(xml::attribute(kpis, "statusScheme").value_or("default"));
  const StatusScheme* scheme = schemes.scheme(token, data, named ? named : kpis, diags);
  if (scheme == nullptr) return;
  std::vector<const Status*> statuses;
  for (xmlNode* kpi : data_children(kpis, "kpi")) {
    const KpiStatus r = derive_kpi(kpi, *scheme);
    if (r.status == nullptr) detail::report_missing_status(data, kpi, *scheme, r.outcome, schemes, diags);
    write_kpi(out, kpi, r, locale);
    statuses.push_back(r.status);
  }
  write_summary(out, kpis, *scheme, summarise(*scheme, statuses));
}

void write_score(const Writer& out, xmlNode* holder, const RiskScore& s) {
  out.add(holder, "score", std::to_string(s.score));
  out.add(holder, "band", s.band->label);
  out.add(holder, "likelihood", s.likelihood_text);
  out.add(holder, "impact", s.impact_text);
  out.add(holder, "overall", s.overall);
  if (s.band->fill) out.add(holder, "fill", s.band->fill->to_hex());
  out.add(holder, "textColour", s.band->text_colour.to_hex());
}

void write_risks(const DataSource& data, const Writer& out, xmlNode* risks,
                 const SchemeLibrary& schemes, Diagnostics& diags) {
  const xmlNode* named = xml::attribute_node(risks, "matrix");
  const std::string token = detail::trim(xml::attribute(risks, "matrix").value_or(""));
  const RiskMatrix* matrix = schemes.matrix(token, data, named ? named : risks, diags);
  if (matrix == nullptr) return;
  // Scores off the matrix's scale are left without derived values; validation reports them.
  for (xmlNode* risk : data_children(risks, "risk")) {
    if (const xmlNode* current = current_assessment(risk)) {
      if (auto s = score_assessment(*matrix, current)) write_score(out, risk, *s);
    }
    for (xmlNode* assessment : data_children(risk, "assessment")) {
      if (auto s = score_assessment(*matrix, assessment)) write_score(out, assessment, *s);
    }
  }
}

void write_appendices(const Writer& out, xmlNode* appendices, const format::Locale& locale) {
  const bool letters = detail::trim(xml::attribute(appendices, "scheme").value_or("")) == "letter";
  const std::string quote_labels = detail::trim(xml::attribute(appendices, "quoteLabels").value_or(""));
  const bool quoted = quote_labels == "true" || quote_labels == "1";
  std::size_t position = 0;
  for (xmlNode* appendix : data_children(appendices, "appendix")) {
    std::string label = detail::trim(xml::attribute(appendix, "label").value_or(""));
    if (label.empty()) label = appendix_label(letters, position);
    out.add(appendix, "label", label);
    // A no-break space keeps "Appendix" and its label on one line; quotes are typographic.
    const char* word = locale.language() == "cy" ? "Atodiad\u00A0" : "Appendix\u00A0";
    out.add(appendix, "name", word + (quoted ? "\u2018" + label + "\u2019" : label));
    ++position;
  }
}

}  // namespace

void derive(DataSource& data, const SchemeLibrary& schemes, Diagnostics& diags,
            const DeriveOptions& options) {
  xmlNode* root = data.root();
  if (root == nullptr) return;
  remove_derived(root);
  const Writer out(root);
  schemes.load_override(diags);
  const format::Locale locale = locale_for(data, options);
  if (xmlNode* period = data_child(data_child(root, "meta"), "period")) write_period(out, period, locale);
  for (xmlNode* kpis : data_children(root, "kpis")) write_kpis(data, out, kpis, schemes, locale, diags);
  for (xmlNode* risks : data_children(root, "risks")) write_risks(data, out, risks, schemes, diags);
  for (xmlNode* appendices : data_children(root, "appendices")) write_appendices(out, appendices, locale);
  detail::write_display_values(root, detail::derived_namespace(root), locale);
  number_report(data, options.outline);
}

}  // namespace docket::data
