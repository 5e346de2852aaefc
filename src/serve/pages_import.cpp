// KPI import: a spreadsheet (an uploaded Excel workbook or CSV file, or cells pasted from Excel) → which column is
// which field (remembered in the workspace for next quarter) → every row with its derived
// status, direction and rule, and each bad cell by row and column → import once every bad
// row is fixed or skipped.
#include <nlohmann/json.hpp>


#include "serve/accounts.hpp"
#include "serve/form_dom.hpp"
#include "serve/form_fields.hpp"
#include "serve/pages.hpp"
#include "serve/row_import.hpp"
#include "serve/xlsx.hpp"
#include "support/error.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::serve {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxImportBytes = 4u << 20;

std::string import_file(const std::string& id) { return "imports/" + id + ".json"; }

bool valid_id(const std::string& id) {
  return id.size() == 16 && id.find_first_not_of("0123456789abcdef") == std::string::npos;
}

std::string signature(const std::vector<std::string>& headings) {
  std::string s;
  for (const auto& h : headings) s += normalise_heading(h) + "|";
  return s;
}

struct State {
  std::string report;
  csv::Table table;
  bool headings = true;
  std::vector<std::string> mapping;
  std::set<std::size_t> skip;
  std::size_t target = 0;
};

json to_json(const State& s) {
  return json{{"report", s.report},       {"rows", s.table.rows},   {"delimiter", std::string(1, s.table.delimiter)},
              {"encoding", s.table.encoding}, {"sheet", s.table.sheet}, {"headings", s.headings}, {"mapping", s.mapping},
              {"skip", s.skip},           {"target", s.target}};
}

std::optional<State> load_state(App& app, const std::string& id, const std::string& report) {
  if (!valid_id(id)) return std::nullopt;
  const auto j = json::parse(app.workspace().read_state(import_file(id)), nullptr, false);
  if (!j.is_object() || j.value("report", "") != report) return std::nullopt;
  State s;
  s.report = report;
  s.table.rows = j["rows"].get<std::vector<std::vector<std::string>>>();
  s.table.delimiter = j["delimiter"].get<std::string>().front();
  s.table.encoding = j["encoding"];
  s.table.sheet = j.value("sheet", "");
  s.headings = j["headings"];
  s.mapping = j["mapping"].get<std::vector<std::string>>();
  s.skip = j["skip"].get<std::set<std::size_t>>();
  s.target = j["target"];
  return s;
}

void save_state(App& app, const std::string& id, const State& s) { app.workspace().write_state(import_file(id), to_json(s).dump()); }

const form::ElementDecl& kpi_decl(App& app) {
  const auto& schema = app.form_schema(FileKind::report);
  const auto* kpis = form::child_decl(*schema.root("report")->complex, "kpis");
  return *form::child_decl(*kpis->complex, "kpi");
}

// The report and the import a page is about; a 404 page when either is gone.
struct Opening {
  std::optional<Opened> file;
  std::optional<State> state;
  std::optional<Response> refused;
};

Opening open_import(App& app, Context& ctx) {
  Opening o;
  o.file = open_file(app, ctx);
  if (!o.file) {
    o.refused = app.problem(404, "Page not found", "There is no such report.");
    return o;
  }
  o.state = load_state(app, ctx.params.at(1), o.file->name);
  if (!o.state) o.refused = app.problem(404, "Page not found", "This import is no longer kept. Start it again.");
  return o;
}

Page frame(const Opened& f, const std::string& step) {
  const std::string title = title_of(f);
  const std::string base = file_url(f.kind, f.name);
  Page p{.title = step + " – " + title,
         .crumbs = {{"Committee reports", "/"}, {title, base}, {"Import KPIs", base + "/import"}, {step, ""}}};
  p.body = "<span class=\"govuk-caption-l\">Import KPIs</span>\n";
  return p;
}

Response start_page(App& app, Context& ctx, const Opened& f, const std::string& error) {
  Page p = frame(f, "Choose the spreadsheet");
  p.has_errors = !error.empty();
  if (!error.empty()) p.body = error_summary({{error, "#file"}}) + p.body;
  const std::string base = file_url(f.kind, f.name);
  p.body += "<h1 class=\"govuk-heading-l\">Choose the spreadsheet</h1>\n"
            "<p class=\"govuk-body\">Upload the quarter's indicators as exported by your performance system, as an Excel workbook or a CSV file, or copy the cells in Excel and paste them below. "
            "You choose which column is which on the next page, and see every row before anything is added.</p>\n"
            "<form method=\"post\" enctype=\"multipart/form-data\" action=\"" + esc(base) + "/import\" novalidate>" + csrf_field(ctx) +
            "<div class=\"govuk-form-group" + std::string(error.empty() ? "" : " govuk-form-group--error") + "\">"
            "<label class=\"govuk-label govuk-label--s\" for=\"file\">Upload an Excel workbook or a CSV file</label>"
            "<div class=\"govuk-hint\" id=\"file-hint\">The first sheet of an Excel workbook (.xlsx), or a CSV file in UTF-8 or Windows-1252, separated by commas or semicolons</div>" +
            (error.empty() ? "" : "<p class=\"govuk-error-message\" id=\"file-error\"><span class=\"govuk-visually-hidden\">Error:</span> " + esc(error) + "</p>") +
            "<input class=\"govuk-file-upload\" id=\"file\" name=\"file\" type=\"file\" accept=\".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\" aria-describedby=\"file-hint\"></div>\n"
            "<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"paste\">Or paste cells copied from Excel</label>"
            "<textarea class=\"govuk-textarea\" id=\"paste\" name=\"paste\" rows=\"6\" spellcheck=\"false\"></textarea></div>\n";
  // The KPI sets the report has (1, 2 …), and "0": a new one.
  form::ValueType choice;
  const std::size_t sets = f.doc ? xml::children(f.doc->root(), "kpis").size() : 0;
  for (std::size_t i = 1; i <= sets; ++i) choice.choices.push_back({std::to_string(i), ""});
  choice.choices.push_back({"0", ""});
  std::string radios = "<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Add the KPIs to</legend><div class=\"govuk-radios govuk-radios--small\" data-module=\"govuk-radios\">";
  for (std::size_t i = 0; i < choice.choices.size(); ++i) {
    const std::string v = choice.choices[i].value;
    std::string words = "A new set of KPIs";
    if (v != "0") {
      const xmlNode* k = xml::children(f.doc->root(), "kpis")[std::stoul(v) - 1];
      words = "KPI set " + v + " (" + std::to_string(xml::children(k, "kpi").size()) + " KPIs now)";
    }
    radios += "<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"target" + (i ? "-" + std::to_string(i) : "") +
              "\" name=\"target\" type=\"radio\" value=\"" + esc(v) + "\"" + (i == 0 ? " checked" : "") +
              "><label class=\"govuk-label govuk-radios__label\" for=\"target" + (i ? "-" + std::to_string(i) : "") + "\">" +
              esc(words) + "</label></div>";
  }
  p.body += radios + "</div></fieldset></div>\n" + button("Continue") + "</form>\n";
  return app.page(std::move(p), error.empty() ? 200 : 400);
}

Response start(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f || f->kind != FileKind::report) return app.problem(404, "Page not found", "There is no such report.");
  return start_page(app, ctx, *f, "");
}

Response receive(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f || f->kind != FileKind::report) return app.problem(404, "Page not found", "There is no such report.");
  const Upload* up = ctx.request.upload("file");
  std::string bytes = up != nullptr ? up->content : std::string();
  if (bytes.empty()) bytes = ctx.request.field("paste");
  if (bytes.empty()) return start_page(app, ctx, *f, "Upload an Excel workbook or a CSV file, or paste the cells");
  if (bytes.size() > kMaxImportBytes) return start_page(app, ctx, *f, "The spreadsheet must be smaller than 4 MB");
  State s;
  s.report = f->name;
  if (xlsx::looks_like_package(bytes)) {
    try {
      s.table = xlsx::read_table(bytes, up != nullptr ? "\u2018" + up->filename + "\u2019" : "The pasted text");
    } catch (const Error& e) {
      return start_page(app, ctx, *f, std::string(e.what()) + (e.hint().empty() ? "" : ". " + e.hint()));
    }
  } else if (bytes.substr(0, 4) == std::string("\xD0\xCF\x11\xE0", 4)) {
    return start_page(app, ctx, *f, "This is an Excel 97–2003 workbook (.xls). Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV, then upload that");
  } else {
    s.table = csv::read_table(bytes);
  }
  if (s.table.rows.empty()) return start_page(app, ctx, *f, "The spreadsheet has no rows");
  s.target = static_cast<std::size_t>(std::atoi(ctx.request.field("target").c_str()));
  const auto fields = importable_fields(kpi_decl(app));
  const auto saved = json::parse(app.workspace().read_state("import-mappings.json"), nullptr, false);
  const std::string sig = signature(s.table.rows.front());
  if (saved.is_object() && saved.contains(sig)) s.mapping = saved[sig].get<std::vector<std::string>>();
  else s.mapping = guess_mapping(fields, s.table.rows.front());
  const std::string id = random_token().substr(0, 16);
  save_state(app, id, s);
  return Response::redirect(file_url(f->kind, f->name) + "/import/" + id);
}

Response mapping_page(App& app, Context& ctx) {
  Opening o = open_import(app, ctx);
  if (o.refused) return *o.refused;
  auto& f = o.file;
  auto& s = o.state;
  const auto fields = importable_fields(kpi_decl(app));
  Page p = frame(*f, "Match the columns");
  const std::string base = file_url(f->kind, f->name) + "/import/" + ctx.params.at(1);
  const std::string read_as =
      !s->table.sheet.empty() ? "The sheet \u2018" + s->table.sheet + "\u2019 of the workbook was read"
                              : "The file was read as " + s->table.encoding + ", separated by " +
                                    (s->table.delimiter == '\t' ? "tabs" : s->table.delimiter == ';' ? "semicolons" : "commas");
  p.body += "<h1 class=\"govuk-heading-l\">Match the columns</h1>\n<p class=\"govuk-body\">" + esc(read_as) + ", with " +
            std::to_string(s->table.rows.size()) + " rows. Choose the KPI field each column fills. docket remembers your choice for files with the same columns.</p>\n"
            "<form method=\"post\" action=\"" + esc(base) + "\" novalidate>" + csrf_field(ctx);
  std::size_t columns = 0;
  for (const auto& r : s->table.rows) columns = std::max(columns, r.size());
  s->mapping.resize(columns);
  for (std::size_t c = 0; c < columns; ++c) {
    const std::string heading = s->headings && c < s->table.rows[0].size() ? s->table.rows[0][c] : "Column " + std::to_string(c + 1);
    std::string sample;
    for (std::size_t r = s->headings ? 1 : 0; r < s->table.rows.size() && r < 4; ++r) {
      if (c < s->table.rows[r].size() && !s->table.rows[r][c].empty()) sample += (sample.empty() ? "" : ", ") + s->table.rows[r][c];
    }
    const std::string id = "col-" + std::to_string(c);
    p.body += "<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"" + id + "\">Column " +
              std::to_string(c + 1) + ": " + esc(heading) + "</label><div class=\"govuk-hint\" id=\"" + id + "-hint\">For example: " +
              esc(abbreviate(sample, 80)) + "</div><select class=\"govuk-select\" id=\"" + id + "\" name=\"" + id +
              "\" aria-describedby=\"" + id + "-hint\"><option value=\"\">Do not import</option>";
    for (const auto& field : fields) {
      p.body += "<option value=\"" + esc(field.path) + "\"" + (s->mapping[c] == field.path ? " selected" : "") + ">" + esc(field.label) + "</option>";
    }
    p.body += "</select></div>\n";
  }
  p.body += "<div class=\"govuk-form-group\"><div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">"
            "<input class=\"govuk-checkboxes__input\" id=\"headings\" name=\"headings\" type=\"checkbox\" value=\"yes\"" +
            std::string(s->headings ? " checked" : "") + "><label class=\"govuk-label govuk-checkboxes__label\" for=\"headings\">The first row holds the column headings</label></div></div></div>\n" +
            button("Preview the rows") + "</form>\n";
  return app.page(std::move(p));
}

Response save_mapping(App& app, Context& ctx) {
  Opening o = open_import(app, ctx);
  if (o.refused) return *o.refused;
  auto& f = o.file;
  auto& s = o.state;
  const auto fields = importable_fields(kpi_decl(app));
  for (std::size_t c = 0; c < s->mapping.size() || ctx.request.form.count("col-" + std::to_string(c)); ++c) {
    if (c >= s->mapping.size()) s->mapping.resize(c + 1);
    const std::string v = ctx.request.field("col-" + std::to_string(c));
    const bool known = std::any_of(fields.begin(), fields.end(), [&](const ImportField& x) { return x.path == v; });
    s->mapping[c] = known ? v : "";
  }
  s->headings = ctx.request.field("headings") == "yes";
  save_state(app, ctx.params.at(1), *s);
  if (s->headings) {
    auto saved = json::parse(app.workspace().read_state("import-mappings.json"), nullptr, false);
    if (!saved.is_object()) saved = json::object();
    saved[signature(s->table.rows.front())] = s->mapping;
    app.workspace().write_state("import-mappings.json", saved.dump(2) + "\n");
  }
  return Response::redirect(file_url(f->kind, f->name) + "/import/" + ctx.params.at(1) + "/rows");
}

ImportResult run(App& app, const Opened& f, const State& s) {
  ImportRequest rq{.schema = &app.form_schema(FileKind::report), .report_text = f.text, .report_name = f.name,
                   .target = s.target, .has_headings = s.headings, .mapping = s.mapping, .skip = s.skip,
                   .scheme_file = app.workspace().scheme_file()};
  return import_rows(s.table, rq);
}

Response rows_page(App& app, Context& ctx, const Opened& f, State& s, const std::string& extra_error, int status) {
  const ImportResult result = run(app, f, s);
  const std::string base = file_url(f.kind, f.name) + "/import/" + ctx.params.at(1);
  Page p = frame(f, "Check the rows");
  std::vector<SummaryEntry> errors;
  if (!extra_error.empty()) errors.push_back({extra_error, "#rows"});
  for (const auto& r : result.rows) {
    for (const auto& c : r.problems) {
      errors.push_back({"Row " + std::to_string(c.row) + ", column \u201C" + c.heading + "\u201D: " + c.message,
                        "#cell-" + std::to_string(c.row) + "-" + std::to_string(c.column)});
    }
  }
  p.has_errors = !errors.empty();
  p.body = error_summary(errors) + p.body;
  p.body += "<h1 class=\"govuk-heading-l\">Check the rows</h1>\n<p class=\"govuk-body\">" + std::to_string(result.imported) +
            (result.imported == 1 ? " KPI is" : " KPIs are") + " ready to import. The status, direction of travel and rule are worked out as the report's document will show them.</p>\n";
  if (result.bad > 0) {
    p.body += "<p class=\"govuk-body\">" + std::to_string(result.bad) + (result.bad == 1 ? " row has" : " rows have") +
              " cells docket cannot read. Correct the value below, or skip the row. Nothing is imported until each one is fixed or skipped.</p>\n";
  }
  p.body += "<form method=\"post\" action=\"" + esc(base + "/rows") + "\" novalidate>" + csrf_field(ctx) + hidden("base", f.hash) +
            "<div class=\"dk-scroll\"><table class=\"govuk-table\" id=\"rows\"><caption class=\"govuk-table__caption govuk-table__caption--m\">Rows</caption>"
            "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Row</th>"
            "<th scope=\"col\" class=\"govuk-table__header\">Values</th><th scope=\"col\" class=\"govuk-table__header\">Status</th>"
            "<th scope=\"col\" class=\"govuk-table__header\">Direction of travel</th><th scope=\"col\" class=\"govuk-table__header\">Rule</th></tr></thead><tbody class=\"govuk-table__body\">\n";
  for (const auto& r : result.rows) {
    p.body += "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">" + std::to_string(r.row) + "</th><td class=\"govuk-table__cell\">";
    if (r.skipped) {
      p.body += "Skipped. <button type=\"submit\" class=\"govuk-button govuk-button--secondary dk-small\" name=\"unskip\" value=\"" +
                std::to_string(r.row) + "\">Import row " + std::to_string(r.row) + " after all</button>";
    } else {
      p.body += "<dl class=\"dk-values\">";
      for (const auto& [label, value] : r.values) {
        if (!value.empty()) p.body += "<dt>" + esc(label) + "</dt><dd>" + esc(value) + "</dd>";
      }
      p.body += "</dl>";
      for (const auto& c : r.problems) {
        const std::string id = "cell-" + std::to_string(c.row) + "-" + std::to_string(c.column);
        p.body += "<div class=\"govuk-form-group govuk-form-group--error\"><label class=\"govuk-label\" for=\"" + id + "\">Row " +
                  std::to_string(c.row) + ", " + esc(c.heading) + "</label><p class=\"govuk-error-message\" id=\"" + id +
                  "-error\"><span class=\"govuk-visually-hidden\">Error:</span> " + esc(c.message) + "</p><input class=\"govuk-input govuk-input--width-20 govuk-input--error\" id=\"" +
                  id + "\" name=\"" + id + "\" type=\"text\" value=\"" + esc(s.table.rows[c.row - 1].size() >= c.column ? s.table.rows[c.row - 1][c.column - 1] : "") +
                  "\" aria-describedby=\"" + id + "-error\"></div>";
      }
      if (!r.problems.empty()) {
        const std::string id = "skip-" + std::to_string(r.row);
        p.body += "<div class=\"govuk-checkboxes govuk-checkboxes--small\"><div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\"" + id +
                  "\" name=\"" + id + "\" type=\"checkbox\" value=\"yes\"><label class=\"govuk-label govuk-checkboxes__label\" for=\"" + id +
                  "\">Skip row " + std::to_string(r.row) + "</label></div></div>";
      }
    }
    p.body += "</td><td class=\"govuk-table__cell\">" + (r.status.empty() ? std::string() : "<strong>" + esc(r.status) + "</strong>") +
              "</td><td class=\"govuk-table__cell\">" + esc(r.direction) + "</td><td class=\"govuk-table__cell\">" + esc(r.rule) + "</td></tr>\n";
  }
  p.body += "</tbody></table></div>\n<div class=\"govuk-button-group\">" +
            button("Import " + std::to_string(result.imported) + (result.imported == 1 ? " KPI" : " KPIs"), "action", "import") +
            button("Check again", "action", "check", "secondary") + "<a class=\"govuk-link\" href=\"" + esc(base) +
            "\">Change the columns</a></div></form>\n";
  return app.page(std::move(p), status);
}

Response rows(App& app, Context& ctx) {
  Opening o = open_import(app, ctx);
  if (o.refused) return *o.refused;
  auto& f = o.file;
  auto& s = o.state;
  return rows_page(app, ctx, *f, *s, "", 200);
}

Response commit(App& app, Context& ctx) {
  Opening o = open_import(app, ctx);
  if (o.refused) return *o.refused;
  auto& f = o.file;
  auto& s = o.state;
  const std::string id = ctx.params.at(1);
  // Corrections typed into bad cells, and rows to skip.
  for (const auto& [name, value] : ctx.request.form) {
    std::size_t r = 0, c = 0;
    if (std::sscanf(name.c_str(), "cell-%zu-%zu", &r, &c) == 2 && r >= 1 && r <= s->table.rows.size() && c >= 1 && c <= 1000) {
      auto& row = s->table.rows[r - 1];
      if (row.size() < c) row.resize(c);
      row[c - 1] = std::string(trim(value));
    } else if (std::sscanf(name.c_str(), "skip-%zu", &r) == 1 && value == "yes") {
      s->skip.insert(r);
    }
  }
  if (const std::string u = ctx.request.field("unskip"); !u.empty()) s->skip.erase(std::strtoul(u.c_str(), nullptr, 10));
  save_state(app, id, *s);
  const std::string rows_url = file_url(f->kind, f->name) + "/import/" + id + "/rows";
  if (ctx.request.field("action") != "import") return Response::redirect(rows_url);
  const ImportResult result = run(app, *f, *s);
  if (result.bad > 0) return rows_page(app, ctx, *f, *s, "Fix or skip the rows with problems before importing", 400);
  if (result.imported == 0) return rows_page(app, ctx, *f, *s, "There are no rows to import", 400);
  if (f->hash != ctx.request.field("base") ||
      app.save(ctx, f->kind, f->name, result.text, f->hash, "imported", std::to_string(result.imported) + " rows") == SaveOutcome::conflict) {
    return rows_page(app, ctx, *f, *s, "The report changed while you were importing; check the rows again, then import", 409);
  }
  return Response::redirect(file_url(f->kind, f->name) + "?notice=imported");
}

}  // namespace

void add_import_routes(std::vector<App::Route>& routes) {
  routes.push_back({"GET", {"reports", "{}", "import"}, Permission::read, start});
  routes.push_back({"POST", {"reports", "{}", "import"}, Permission::edit_report, receive});
  routes.push_back({"GET", {"reports", "{}", "import", "{}"}, Permission::read, mapping_page});
  routes.push_back({"POST", {"reports", "{}", "import", "{}"}, Permission::edit_report, save_mapping});
  routes.push_back({"GET", {"reports", "{}", "import", "{}", "rows"}, Permission::read, rows});
  routes.push_back({"POST", {"reports", "{}", "import", "{}", "rows"}, Permission::edit_report, commit});
}

}  // namespace docket::serve
