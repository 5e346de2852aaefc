// docket serve over time (issue 15): one `docket serve` process, 50 clients at once, 10,000
// mixed requests (page views, live validation, saves, DOCX downloads, previews, downloads the
// client abandons half-way), and beside them a clerk building the sample meeting's packs in
// turn (one in four as PDF), each followed to its end and downloaded. The server's resident memory (VmRSS in /proc/PID/status) and
// threads are sampled as the requests go; growth is measured from the end of the warm-up
// (the first fifth) to the end. Afterwards no scratch folder may remain in the server's TMPDIR.
// --malloc-stats has gdb call glibc's malloc_stats() in the server at the end of the warm-up
// and at the end (printed on standard error): memory glibc holds for each arena against
// memory in use, which tells a leak from memory freed but kept.
// Usage: docket-bench-serve-soak DOCKET REPORT.xml [--requests N] [--clients N] [--malloc-stats]
#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "serve_client.hpp"

namespace fs = std::filesystem;
using namespace docket::bench;

namespace {

// A field of /proc/PID/status (VmRSS in kB, Threads).
long status_field(pid_t pid, const std::string& name) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(name + ":", 0) == 0) return std::stol(line.substr(name.size() + 1));
  }
  return -1;
}

// Asks for the DOCX and closes the connection after the first bytes of the answer.
bool abandon_download(int port, const std::string& path) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  const std::string request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) + "\r\nCookie: docket_csrf=" +
                              kToken + "\r\n\r\n";
  ok = ok && send(fd, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size());
  char buf[64];
  ok = ok && recv(fd, buf, sizeof buf, 0) > 0;
  close(fd);
  return ok;
}

// The sample agenda with its papers below the workspace's agendas/, as `docket pack` wants them.
void add_agenda(const fs::path& workspace) {
  const fs::path source = DOCKET_SOURCE_DIR, agendas = workspace / "agendas";
  fs::create_directories(agendas / "reports");
  fs::copy_file(source / "fixtures/agenda-pcc-cabinet-2023-12-18.xml", agendas / "cabinet.xml");
  fs::copy(source / "fixtures/papers", agendas / "papers", fs::copy_options::recursive);
  for (const char* r : {"pcc-city-market-regeneration.xml", "s0-peterborough-q2-2023-24.xml", "pcc-bridge-street-acquisition.xml"})
    fs::copy_file(source / "fixtures/reports" / r, agendas / "reports" / r);
}

// Builds a pack as the clerk's browser does: starts the job, follows it to its end, downloads it.
bool build_pack(httplib::Client& client, const std::string& audience, bool pdf) {
  const std::string form = "csrf=" + kToken + "&audience=" + audience + (pdf ? "&pdf=yes" : "");
  const auto started = client.Post("/agendas/cabinet.xml/packs", headers(), form, kForm);
  if (!started || started->status != 303) {
    std::fprintf(stderr, "pack build not started: %s\n", started ? (std::to_string(started->status) + " " + started->body.substr(started->body.find("<h1"), 600)).c_str() : "no answer");
    return false;
  }
  const std::string location = started->get_header_value("Location");
  const auto at = location.find("job=");
  if (at == std::string::npos) return false;
  for (;;) {
    std::this_thread::sleep_for(std::chrono::seconds(1));
    const auto state = client.Get("/jobs/" + location.substr(at + 4), headers());
    if (!state || state->status != 200) return false;
    if (state->body.find("\"status\":\"done\"") != std::string::npos) break;
    if (state->body.find("\"status\":\"failed\"") != std::string::npos) return false;
  }
  const auto pack = client.Get("/agendas/cabinet.xml/packs/cabinet-" + audience + "-pack." + (pdf ? "pdf" : "docx"), headers());
  return pack && pack->status == 200;
}

// glibc's own account of the server's heap, per arena, on the server's standard error.
void malloc_stats(pid_t pid, const char* when) {
  std::fprintf(stderr, "malloc_stats %s:\n", when);
  const std::string command = "gdb -p " + std::to_string(pid) + " -batch -ex 'call (void)malloc_stats()' >/dev/null 2>&1";
  if (std::system(command.c_str()) != 0) std::fprintf(stderr, "  (gdb could not attach)\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: docket-bench-serve-soak DOCKET REPORT.xml [--requests N] [--clients N] [--malloc-stats]\n";
    return 2;
  }
  const std::string docket = argv[1];
  const fs::path report = argv[2];
  int total = 10'000, clients = 50;
  bool stats = false;
  for (int i = 3; i < argc; ++i) stats = stats || std::string(argv[i]) == "--malloc-stats";
  for (int i = 3; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--requests") total = std::stoi(argv[i + 1]);
    if (std::string(argv[i]) == "--clients") clients = std::stoi(argv[i + 1]);
  }
  const fs::path root = fs::temp_directory_path() / ("docket-bench-soak-" + std::to_string(getpid()));
  const fs::path workspace = root / "ws", tmp = root / "tmp";
  fs::create_directories(workspace / "reports");
  fs::create_directories(tmp);
  for (int i = 0; i <= clients; ++i) fs::copy_file(report, workspace / "reports" / ("r" + std::to_string(i) + ".xml"));
  add_agenda(workspace);
  setenv("TMPDIR", tmp.c_str(), 1);  // the server's scratch folders, counted at the end
  const Server server = start(docket, workspace);

  std::atomic<int> next{0}, errors{0}, packs{0}, pack_errors{0};
  std::mutex m;
  std::vector<std::pair<int, long>> rss;  // (requests done, kB)
  const int warm_up = total / 5;
  std::vector<std::thread> threads;
  for (int c = 1; c <= clients; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", server.port);
      client.set_read_timeout(300, 0);
      const std::string base = "/reports/r" + std::to_string(c) + ".xml";
      const char* parts[] = {"meta", "recommendations", "kpis", "section"};
      for (int n; (n = next++) < total;) {
        const std::string part = parts[n % 4];
        httplib::Result r{nullptr, httplib::Error::Unknown};
        bool ok = true;
        switch (n % 10) {
          case 0: r = client.Get("/", headers()); break;
          case 1: r = client.Get(base, headers()); break;
          case 2: case 3: r = client.Get(base + "/edit/" + part, headers()); break;
          case 4: case 5: case 6: {  // validate, or save, the part as the browser posts it
            auto page = client.Get(base + "/edit/" + part, headers());
            if (!page || page->status != 200) { ok = false; break; }
            auto fields = docket::serve::form_values(page->body);
            set(fields, "/report[1]/meta[1]/reference[1]", "Soak " + std::to_string(n));
            const bool save = n % 10 == 6;
            r = client.Post(base + (save ? "/edit/" : "/validate/") + part, headers(), items(fields), kForm);
            ok = r && r->status == (save ? 303 : 200);
            break;
          }
          case 7: r = client.Get(base + "/download/report.docx", headers()); break;
          case 8: ok = abandon_download(server.port, base + "/download/report.docx"); break;
          case 9:  // the preview of a report nobody edits: one LibreOffice run, then its pages
            r = client.Get(n % 100 == 9 ? "/reports/r0.xml/preview" : "/reports/r0.xml/history", headers());
            break;
        }
        if (const int kind = n % 10; kind <= 3 || kind == 7 || kind == 9) ok = r && r->status == 200;
        if (!ok && ++errors <= 5) {
          const std::lock_guard lock(m);
          std::fprintf(stderr, "request %d (kind %d): %s\n", n, n % 10,
                       r ? std::to_string(r->status).c_str() : "no answer");
        }
        if (n % 250 == 0 || n == warm_up) {
          const std::lock_guard lock(m);
          rss.emplace_back(n, status_field(server.pid, "VmRSS"));
          std::printf("  %6d requests: %8ld kB\n", n, rss.back().second);  // as it goes: a long run can be watched
          std::fflush(stdout);
          if (stats && n == warm_up) malloc_stats(server.pid, "after the warm-up");
        }
      }
    });
  }
  // A clerk builds the meeting's packs in turn (one build at a time runs for a meeting) while
  // the officers' requests last: public and members', one in four as PDF.
  std::atomic<bool> officers_done{false};
  std::thread clerk([&] {
    httplib::Client client("127.0.0.1", server.port);
    client.set_read_timeout(300, 0);
    for (int b = 0; !officers_done; ++b) {
      if (build_pack(client, b % 2 ? "members" : "public", b % 4 == 3)) ++packs;
      else ++pack_errors;
    }
  });
  for (auto& t : threads) t.join();
  officers_done = true;
  clerk.join();
  std::this_thread::sleep_for(std::chrono::seconds(3));  // abandoned downloads finish on the server
  const long end_rss = status_field(server.pid, "VmRSS"), end_threads = status_field(server.pid, "Threads");
  long warm_rss = 0, peak = 0;
  for (const auto& [n, kb] : rss) {
    if (n == warm_up) warm_rss = kb;
    peak = std::max(peak, kb);
  }
  if (stats) malloc_stats(server.pid, "at the end");
  kill(server.pid, SIGTERM);
  int status = 0;
  waitpid(server.pid, &status, 0);
  std::size_t left = 0;
  for (const auto& e : fs::directory_iterator(tmp)) left += e.path().filename().string().rfind("docket-", 0) == 0 ? 1 : 0;
  std::printf("%d requests from %d clients, %d errors; %d pack builds beside them, %d failed\n", total, clients, errors.load(),
              packs.load(), pack_errors.load());
  std::printf("resident memory: %ld kB after warm-up (%d requests), %ld kB at the end, peak %ld kB: growth %.1f %%\n", warm_rss,
              warm_up, end_rss, peak, 100.0 * static_cast<double>(end_rss - warm_rss) / static_cast<double>(warm_rss));
  std::printf("threads at the end: %ld; scratch folders left in TMPDIR: %zu; stopped with status %d\n", end_threads, left,
              WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
  fs::remove_all(root);
  return errors == 0 && pack_errors == 0 && left == 0 ? 0 : 1;
}
