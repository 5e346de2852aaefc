// One HTTP request through `docket serve`'s routing and handlers (App::handle, in process,
// no sockets) on a workspace holding fixture reports and an agenda. The input is
//   METHOD TARGET\nName: value\n…\n\nBODY
// with the body url-encoded form fields; "\n=====\n" then starts an uploaded file's
// bytes. The harness sends the CSRF cookie and field a browser would, so forms reach
// their handlers; LibreOffice is /bin/false, so jobs fail fast.
#include <cstdlib>
#include <memory>

#include "fuzz_support.hpp"
#include "serve/app.hpp"

namespace {

namespace fs = std::filesystem;
using docket::serve::Request;

constexpr const char* kToken = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

Request parse_request(std::string_view input) {
  const auto [head_and_body, upload] = docket::fuzz::split_input(input);
  Request r;
  r.headers["host"] = "127.0.0.1:8080";
  r.headers["cookie"] = std::string("docket_csrf=") + kToken;
  const auto blank = head_and_body.find("\n\n");
  std::string_view head = head_and_body.substr(0, blank);
  const std::string_view body = blank == std::string_view::npos ? std::string_view{} : head_and_body.substr(blank + 2);
  const auto eol = head.find('\n');
  std::string_view line = head.substr(0, eol);
  head = eol == std::string_view::npos ? std::string_view{} : head.substr(eol + 1);
  const auto space = line.find(' ');
  if (space != std::string_view::npos) {
    r.method = std::string(line.substr(0, space));
    const std::string_view target = line.substr(space + 1);
    const auto q = target.find('?');
    r.path = docket::serve::url_decode(target.substr(0, q), false);
    if (q != std::string_view::npos) r.query = docket::serve::parse_form_encoded(target.substr(q + 1));
  }
  while (!head.empty()) {
    const auto end = head.find('\n');
    const std::string_view h = head.substr(0, end);
    head = end == std::string_view::npos ? std::string_view{} : head.substr(end + 1);
    const auto colon = h.find(": ");
    if (colon == std::string_view::npos) continue;
    std::string name;
    for (char c : h.substr(0, colon)) name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.headers[name] = std::string(h.substr(colon + 2));
  }
  r.form = docket::serve::parse_form_encoded(body);
  if (!r.form.count("csrf")) r.form.emplace("csrf", kToken);
  if (!upload.empty()) r.files.push_back({"file", "upload.xml", "application/octet-stream", std::string(upload)});
  return r;
}

// Each input starts from the same workspace: what one request saved does not steer the next.
struct Served {
  fs::path workspace = docket::fuzz::scratch() / "ws";
  std::unique_ptr<docket::serve::App> app;
  void reset() {
    app.reset();
    fs::remove_all(workspace);
    fs::create_directories(workspace / "reports");
    fs::create_directories(workspace / "agendas");
    const auto fixtures = docket::fuzz::fixtures();
    fs::copy_file(fixtures / "reports/s2-cambridgeshire-q4-2022-23.xml", workspace / "reports/s2.xml");
    fs::copy_file(fixtures / "agenda-pcc-cabinet-2023-12-18.xml", workspace / "agendas/cabinet.xml");
    app = std::make_unique<docket::serve::App>(docket::serve::ServeOptions{.workspace = workspace, .port = 8080});
  }
};

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  ::setenv("DOCKET_SOFFICE", "/bin/false", 1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  static Served served;
  const Request request = parse_request({reinterpret_cast<const char*>(bytes), size});
  if (!served.app || request.method != "GET") served.reset();
  docket::fuzz::answer([&] {
    auto response = served.app->handle(request);
    if (response.stream) response.stream([](std::string_view) { return true; });
  });
  return 0;
}
