#include "serve_test_support.hpp"

#include <cstring>
#include <regex>

namespace docket::serve::test {

Served::Served(const std::string& name) : dir(name) {
  ServeOptions o;
  o.workspace = workspace();
  o.port = 8080;
  app = std::make_unique<App>(o);
}

void Served::add(const std::string& fixture, FileKind kind, const std::string& as) {
  const std::filesystem::path from = docket::test::source_path(fixture);
  const std::string name = as.empty() ? from.filename().string() : as;
  docket::test::write_text(workspace() / std::string(folder_of(kind)) / name, docket::test::read_text(from));
}

std::string Served::read(const std::string& name, FileKind kind) const {
  return docket::test::read_text(workspace() / std::string(folder_of(kind)) / name);
}

Request browser_get(const std::string& path) {
  Request r;
  const auto q = path.find('?');
  r.path = path.substr(0, q);
  if (q != std::string::npos) {
    std::string query = path.substr(q + 1);
    std::size_t pos = 0;
    while (pos < query.size()) {
      std::size_t end = query.find('&', pos);
      if (end == std::string::npos) end = query.size();
      const std::string pair = query.substr(pos, end - pos);
      const auto eq = pair.find('=');
      r.query.emplace(url_decode(pair.substr(0, eq)), eq == std::string::npos ? "" : url_decode(pair.substr(eq + 1)));
      pos = end + 1;
    }
  }
  r.headers["host"] = "127.0.0.1:8080";
  r.headers["cookie"] = std::string("docket_csrf=") + kToken;
  return r;
}

Response Served::get(const std::string& path) { return app->handle(browser_get(path)); }

Response Served::post(const std::string& path, std::vector<std::pair<std::string, std::string>> fields, std::vector<Upload> files) {
  Request r = browser_get(path);
  r.method = "POST";
  r.form.emplace("csrf", kToken);
  for (auto& [k, v] : fields) {
    if (k != "csrf") r.form.emplace(k, v);
  }
  r.files = std::move(files);
  return app->handle(r);
}

std::string unescape(std::string s) {
  static const std::pair<const char*, const char*> entities[] = {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) s.replace(at, std::strlen(from), to);
  }
  return s;
}

std::vector<std::pair<std::string, std::string>> form_values(const std::string& html) {
  std::vector<std::pair<std::string, std::string>> out;
  static const std::regex control(R"(<(input|textarea|select)\b([^>]*)>)");
  static const std::regex name(R"re(\bname="([^"]*)")re"), value(R"re(\bvalue="([^"]*)")re"), type(R"re(\btype="([^"]*)")re");
  for (std::sregex_iterator it(html.begin(), html.end(), control), end; it != end; ++it) {
    const std::string tag = (*it)[1], attrs = (*it)[2];
    std::smatch m;
    if (!std::regex_search(attrs, m, name)) continue;
    const std::string key = unescape(m[1]);
    if (tag == "input") {
      std::smatch t, v;
      const std::string kind = std::regex_search(attrs, t, type) ? t[1].str() : "text";
      if (kind == "submit" || kind == "file") continue;
      if ((kind == "radio" || kind == "checkbox") && attrs.find(" checked") == std::string::npos) continue;
      out.emplace_back(key, std::regex_search(attrs, v, value) ? unescape(v[1]) : "");
    } else if (tag == "textarea") {
      const auto start = static_cast<std::size_t>(it->position() + it->length());
      const auto stop = html.find("</textarea>", start);
      out.emplace_back(key, unescape(html.substr(start, stop - start)));
    } else {
      const auto start = static_cast<std::size_t>(it->position() + it->length());
      const std::string options = html.substr(start, html.find("</select>", start) - start);
      static const std::regex selected(R"re(<option value="([^"]*)" selected>)re");
      std::smatch s;
      out.emplace_back(key, std::regex_search(options, s, selected) ? unescape(s[1]) : "");
    }
  }
  return out;
}

void set(std::vector<std::pair<std::string, std::string>>& fields, const std::string& name, const std::string& value) {
  for (auto& [k, v] : fields) {
    if (k == name) {
      v = value;
      return;
    }
  }
  fields.emplace_back(name, value);
}

}  // namespace docket::serve::test
