#include "serve/row_import.hpp"

#include <algorithm>
#include <map>

#include "data/derive.hpp"
#include "serve/data_text.hpp"
#include "serve/form_apply.hpp"
#include "serve/form_dom.hpp"
#include "serve/form_fields.hpp"
#include "support/error.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::serve {

namespace {

using form::ValueKind;

// Headings performance systems use for KPI fields.
const std::map<std::string, std::vector<std::string>>& synonyms() {
  static const std::map<std::string, std::vector<std::string>> s = {
      {"name[1]", {"indicator", "indicatorname", "measure", "measurename", "kpi", "kpiname", "pi", "description", "title"}},
      {"@ref", {"ref", "reference", "code", "picode", "kpiref", "kpicode", "pinumber", "no"}},
      {"actual[1]/@value", {"actual", "result", "value", "outturn", "performance", "current", "thisperiod"}},
      {"target[1]/@value", {"target", "targetvalue", "periodtarget"}},
      {"target[1]/@annual", {"annualtarget", "yeartarget", "fullyeartarget"}},
      {"previous[1]/@value", {"previous", "previousvalue", "lastperiod", "lastquarter", "prior", "previousperiodvalue"}},
      {"previous[1]/@period", {"previousperiod", "lastperiodlabel"}},
      {"actual[1]/@asAt", {"asat", "date", "dataasat", "dateofdata", "period end", "periodend"}},
      {"unit[1]/@kind", {"unit", "units", "unitkind", "unitofmeasure"}},
      {"unit[1]/@precision", {"precision", "decimalplaces", "dp"}},
      {"polarity[1]", {"polarity", "goodis", "higherorlowerisbetter", "good"}},
      {"service[1]", {"service", "directorate", "department", "servicearea"}},
      {"frequency[1]", {"frequency", "reportingfrequency"}},
      {"statedStatus[1]", {"status", "rag", "ragstatus", "statedstatus"}},
      {"tolerance[1]/@value", {"tolerance", "tolerancevalue"}},
      {"tolerance[1]/@basis", {"tolerancebasis"}},
  };
  return s;
}

void add(std::vector<ImportField>& out, std::string path, std::string label, form::ValueType type, std::string alt = {}) {
  ImportField f{.path = std::move(path), .label = std::move(label), .type = std::move(type)};
  f.names.push_back(normalise_heading(f.label));
  if (!alt.empty()) f.names.push_back(normalise_heading(alt));
  if (auto it = synonyms().find(f.path); it != synonyms().end()) {
    for (const auto& n : it->second) f.names.push_back(normalise_heading(n));
  }
  out.push_back(std::move(f));
}

std::optional<std::string> convert(const std::string& cell, const form::ValueType& type, bool decimal_comma, std::string& why) {
  switch (type.kind) {
    case ValueKind::decimal: return csv::number(cell, decimal_comma, why);
    case ValueKind::integer:
    case ValueKind::year: {
      auto n = csv::number(cell, decimal_comma, why);
      if (n && n->find('.') != std::string::npos) {
        why = "is not a whole number";
        return std::nullopt;
      }
      return n;
    }
    case ValueKind::date: return csv::date(cell, why);
    case ValueKind::boolean: {
      const std::string n = normalise_heading(cell);
      if (n == "yes" || n == "y" || n == "true" || n == "1") return "true";
      if (n == "no" || n == "n" || n == "false" || n == "0") return "false";
      why = "is not yes or no";
      return std::nullopt;
    }
    case ValueKind::choice: {
      const std::string n = normalise_heading(cell);
      for (const auto& c : type.choices) {
        if (normalise_heading(c.value) == n || normalise_heading(form::choice_label(c.value)) == n) return c.value;
      }
      if (type.open && cell.rfind("x-", 0) == 0) return cell;
      std::vector<std::string> words;
      for (const auto& c : type.choices) words.push_back(form::choice_label(c.value));
      why = "is not one of " + join_words(words);
      return std::nullopt;
    }
    default: return cell;
  }
}

}  // namespace

std::string normalise_heading(std::string_view heading) {
  std::string out;
  for (char c : heading) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::vector<ImportField> importable_fields(const form::ElementDecl& decl) {
  std::vector<ImportField> out;
  if (decl.complex == nullptr) return out;
  const form::ComplexType& t = *decl.complex;
  for (const auto& a : t.attributes) add(out, "@" + a.name, form::label_for(a.name), a.type);
  for (const auto& s : t.slots) {
    if (s.kind != form::Slot::Kind::element) continue;
    const form::ElementDecl& d = *s.elements.front();
    const std::string base = d.name + "[1]";
    const std::string label = form::label_for(d.name);
    if (d.complex == nullptr) {
      add(out, base, label, d.simple);
      continue;
    }
    const form::ComplexType& c = *d.complex;
    if (c.simple_content && c.slots.empty()) {
      add(out, base, label, *c.simple_content);
      for (const auto& a : c.attributes) add(out, base + "/@" + a.name, label + " \u203A " + form::label_for(a.name), a.type);
    } else if (c.is_blocks()) {
      add(out, base + "/#text1", label, {});
    } else if (c.mixed && c.slots.empty()) {
      add(out, base + "/#inline", label, {});
    } else if (c.slots.empty()) {
      for (const auto& a : c.attributes) {
        // "Target › Value" also answers to "Target".
        add(out, base + "/@" + a.name, label + " \u203A " + form::label_for(a.name), a.type,
            a.name == "value" || c.attributes.size() == 1 ? label : std::string());
      }
    } else {
      for (const auto& s2 : c.slots) {
        if (s2.kind != form::Slot::Kind::element || s2.elements.front()->complex != nullptr) continue;
        const form::ElementDecl& d2 = *s2.elements.front();
        add(out, base + "/" + d2.name + "[1]", label + " \u203A " + form::label_for(d2.name), d2.simple);
      }
    }
  }
  return out;
}

std::vector<std::string> guess_mapping(const std::vector<ImportField>& fields, const std::vector<std::string>& headings) {
  std::vector<std::string> out(headings.size());
  std::set<std::string> used;
  // Exact labels first, then the other names, so "Target › Value" is not taken by "Target".
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t c = 0; c < headings.size(); ++c) {
      if (!out[c].empty()) continue;
      const std::string h = normalise_heading(headings[c]);
      for (const auto& f : fields) {
        if (used.count(f.path)) continue;
        const bool hit = pass == 0 ? f.names.front() == h : std::find(f.names.begin(), f.names.end(), h) != f.names.end();
        if (hit && !h.empty()) {
          out[c] = f.path;
          used.insert(f.path);
          break;
        }
      }
    }
  }
  return out;
}

ImportResult import_rows(const csv::Table& table, const ImportRequest& rq) {
  Diagnostics parse_problems;
  auto doc = parse_data(rq.report_text, rq.report_name, parse_problems);
  if (!doc) throw InvalidInput("the report is not well-formed, so nothing can be imported into it");
  xmlNode* root = doc->root();
  const form::ElementDecl* root_decl = rq.schema->root(xml::local_name(root));
  const form::ElementDecl* container_decl = root_decl ? form::child_decl(*root_decl->complex, rq.container) : nullptr;
  const form::ElementDecl* row_decl = container_decl ? form::child_decl(*container_decl->complex, rq.row) : nullptr;
  if (row_decl == nullptr) throw InvalidInput("this kind of file has no " + rq.row + " elements to import");
  const form::ComplexType& root_type = *root_decl->complex;
  const form::ComplexType& container_type = *container_decl->complex;

  auto containers = xml::children(root, rq.container);
  xmlNode* container = nullptr;
  if (rq.target >= 1 && rq.target <= containers.size()) {
    container = containers[rq.target - 1];
  } else {
    container = form::create_child(root, root_type, root_type.slot_of(rq.container), *container_decl);
    form::remove_nodes(xml::children(container, rq.row));  // the skeleton's empty row
  }
  const auto fields = importable_fields(*row_decl);
  std::map<std::string, const ImportField*> by_path;
  for (const auto& f : fields) by_path[f.path] = &f;

  ImportResult result;
  const std::size_t first = rq.has_headings ? 1 : 0;
  for (std::size_t r = first; r < table.rows.size(); ++r) {
    const auto& cells = table.rows[r];
    ImportedRow ir{.row = r + 1};
    if (rq.skip.count(ir.row)) {
      ir.skipped = true;
      result.rows.push_back(std::move(ir));
      continue;
    }
    std::multimap<std::string, std::string> posted;
    for (std::size_t c = 0; c < rq.mapping.size(); ++c) {
      auto it = by_path.find(rq.mapping[c]);
      if (it == by_path.end()) continue;
      const std::string cell = c < cells.size() ? cells[c] : std::string();
      if (cell.empty()) {
        ir.values.emplace_back(it->second->label, "");
        continue;
      }
      std::string why;
      auto value = convert(cell, it->second->type, table.delimiter == ';', why);
      ir.values.emplace_back(it->second->label, value.value_or(cell));
      if (!value) {
        const std::string heading = rq.has_headings && c < table.rows[0].size() ? table.rows[0][c] : "column " + std::to_string(c + 1);
        ir.problems.push_back({ir.row, c + 1, heading, "\u2018" + cell + "\u2019 " + why});
        continue;
      }
      posted.emplace(it->second->path, *value);
    }
    if (!ir.problems.empty()) {
      ++result.bad;
      result.rows.push_back(std::move(ir));
      continue;
    }
    xmlNode* row = form::create_child(container, container_type, container_type.slot_of(rq.row), *row_decl);
    const std::string prefix = form::key_of(row);
    std::multimap<std::string, std::string> keyed;
    for (const auto& [path, value] : posted) keyed.emplace(prefix + "/" + path, value);
    form::apply_form(*rq.schema, doc->get(), keyed);
    ++result.imported;
    result.rows.push_back(std::move(ir));
  }
  result.text = to_text(doc->get());

  // The derived values, computed by the same code as render's (derive_kpi with the set's
  // status scheme).
  if (result.imported > 0) {
    Diagnostics diags;
    const data::SchemeLibrary schemes(rq.scheme_file);
    const std::string token(trim(xml::attribute(container, "statusScheme").value_or("default")));
    const data::StatusScheme* scheme = schemes.find_scheme(token, diags);
    const auto rows = xml::children(container, rq.row);
    std::size_t k = rows.size() - result.imported;
    for (auto& ir : result.rows) {
      if (ir.skipped || !ir.problems.empty()) continue;
      if (scheme != nullptr) {
        const data::KpiStatus s = data::derive_kpi(rows[k], *scheme);
        ir.status = s.status ? s.status->label : "";
        ir.direction = s.direction.value_or("");
        ir.rule = s.rule;
      } else {
        ir.rule = "no status scheme called “" + token + "”";
      }
      ++k;
    }
  }
  return result;
}

}  // namespace docket::serve
