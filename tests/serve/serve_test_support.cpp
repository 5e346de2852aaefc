#include "serve_test_support.hpp"


namespace docket::serve::test {

Served::Served(const std::string& name) : dir(name) {
  ServeOptions o;
  o.workspace = workspace();
  o.port = 8080;
  app = std::make_unique<App>(o);
}

Served::Served(const std::string& name, const std::function<std::unique_ptr<Gate>(const std::filesystem::path&)>& gate,
               const std::string& public_url)
    : dir(name) {
  ServeOptions o;
  o.workspace = workspace();
  o.port = 8080;
  o.public_url = public_url;
  app = std::make_unique<App>(o, gate(dir.path()));
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
  if (q != std::string::npos) r.query = parse_form_encoded(path.substr(q + 1));
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
