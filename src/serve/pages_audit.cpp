// A file's changes from the audit log: who changed it, when, how, and the content hashes
// before and after (so a copy of the file can be matched to a line).
#include <set>

#include "serve/meeting.hpp"
#include "serve/pages.hpp"

namespace docket::serve {

namespace {

std::string when_words(const std::string& iso) {
  // "2024-01-01T10:15:00Z" → "1 January 2024 10:15:00 UTC"
  if (iso.size() != 20 || iso[10] != 'T') return iso;
  return date_words(iso.substr(0, 10)) + " " + iso.substr(11, 8) + " UTC";
}

std::string short_hash(const std::string& h) {
  if (h.empty()) return "none (new file)";
  const auto colon = h.find(':');
  return colon == std::string::npos ? h : h.substr(colon + 1, 12) + "…";
}

Response changes(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such file in this workspace.");
  const std::string title = title_of(*f);
  const std::string base = file_url(f->kind, f->name);
  Page p{.title = "Changes – " + title, .crumbs = {{"Committee reports", "/"}, {title, base}, {"Changes", ""}}};
  p.body = "<span class=\"govuk-caption-l\">" + esc(title) + "</span><h1 class=\"govuk-heading-l\">Changes</h1>\n"
           "<p class=\"govuk-body\">Every change made in docket serve, newest first, from the workspace's audit log. "
           "The fingerprints are the first digits of the BLAKE2b-256 hash of the file before and after.</p>\n";
  const std::string file = std::string(folder_of(f->kind)) + "/" + f->name;
  // A meeting's changes are its agenda's, its uploaded papers' and its reports' (their status).
  std::set<std::string, std::less<>> reports;
  if (f->kind == FileKind::agenda && f->doc) {
    for (const auto& item : meeting_items(f->doc->root())) {
      if (!item.report.empty()) reports.insert("reports/" + item.report);
    }
    p.body += "<p class=\"govuk-body\">For a meeting: its agenda, the papers uploaded for it and the reports on it.</p>\n";
  }
  const std::string papers = "agendas/papers/" + f->name.substr(0, f->name.size() - 4) + "/";
  auto list = f->kind != FileKind::agenda ? app.audit().changes_to(file) : app.audit().changes_to_any([&](std::string_view changed) {
    return changed == file || changed.substr(0, papers.size()) == papers || reports.count(changed) > 0;
  });
  if (list.empty()) {
    p.body += "<p class=\"govuk-body\">No changes have been recorded yet.</p>\n";
    return app.page(std::move(p));
  }
  p.wide = true;
  p.body += "<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-visually-hidden\">Changes</caption>"
            "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">";
  const bool meeting = f->kind == FileKind::agenda;
  for (const char* h : {"When", "Who", "File", "Change", "Before", "After"}) {
    if (!meeting && std::string_view(h) == "File") continue;
    p.body += std::string("<th scope=\"col\" class=\"govuk-table__header\">") + h + "</th>";
  }
  p.body += "</tr></thead><tbody class=\"govuk-table__body\">\n";
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    const std::string what = it->what + (it->detail.empty() ? "" : ": " + it->detail);
    p.body += "<tr class=\"govuk-table__row\">";
    std::vector<std::string> cells = {when_words(it->when), it->who, what, short_hash(it->old_hash), short_hash(it->new_hash)};
    if (meeting) cells.insert(cells.begin() + 2, it->file == file ? "the agenda" : it->file);
    for (const std::string& cell : cells) p.body += "<td class=\"govuk-table__cell\">" + esc(cell) + "</td>";
    p.body += "</tr>\n";
  }
  p.body += "</tbody></table>\n";
  return app.page(std::move(p));
}

}  // namespace

void add_audit_routes(std::vector<App::Route>& routes) { add_both(routes, "GET", {"{}", "changes"}, Permission::read, changes); }

}  // namespace docket::serve
