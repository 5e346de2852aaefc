// docket serve under load (issue 13), against `docket serve` running as its own process on
// 127.0.0.1 (nothing else is ever contacted):
//   validation  the live-validation round trip of a 40-KPI report's KPI page (every field
//               posted, as the browser's script sends it), beside `docket validate` of the
//               same file as a process, in the same run
//   pages       the time to serve each page of the editor
//   officers    20 simulated officers at once, each opening a part of their own report,
//               changing a field, validating, saving and reading the page back, for a fixed
//               number of rounds; every response is checked
// Usage: docket-bench-serve DOCKET REPORT.xml [--rounds N]
#include <httplib.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "serve/html.hpp"
#include "serve/http.hpp"
#include "serve_client.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

using namespace docket::bench;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

struct Times {
  double wall = 0;
  double cpu = 0;
};

// A process's wall time and CPU time (user + system, from wait4).
Times run_process(const std::vector<std::string>& args) {
  const auto t = Clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("failed: " + args.front());
  auto ms = [](const timeval& v) { return static_cast<double>(v.tv_sec) * 1e3 + static_cast<double>(v.tv_usec) / 1e3; };
  return {ms_since(t), ms(usage.ru_utime) + ms(usage.ru_stime)};
}

// The server's own time for a response (Server-Timing: app;dur=…, cpu;dur=…).
Times server_time(const httplib::Result& r) {
  Times t;
  if (!r) return t;
  const std::string h = r->get_header_value("Server-Timing");
  std::sscanf(h.c_str(), "app;dur=%lf, cpu;dur=%lf", &t.wall, &t.cpu);
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: docket-bench-serve DOCKET REPORT.xml [--rounds N]\n";
    return 2;
  }
  const std::string docket = argv[1];
  const fs::path report = argv[2];
  int rounds = 10;
  for (int i = 3; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--rounds") rounds = std::stoi(argv[i + 1]);
  }
  const fs::path workspace = fs::temp_directory_path() / ("docket-bench-serve-" + std::to_string(getpid()));
  fs::create_directories(workspace / "reports");
  constexpr int kOfficers = 20;
  for (int i = 0; i <= kOfficers; ++i) fs::copy_file(report, workspace / "reports" / ("r" + std::to_string(i) + ".xml"));
  const Server server = docket::bench::start(docket, workspace);
  const std::string host = "127.0.0.1:" + std::to_string(server.port);
  int failures = 0;

  // 1. The live-validation round trip of the KPI page, and docket validate as a process.
  {
    httplib::Client c("127.0.0.1", server.port);
    c.set_read_timeout(60, 0);
    auto page = c.Get("/reports/r0.xml/edit/kpis", headers());
    if (!page || page->status != 200) throw std::runtime_error("cannot open the KPI page");
    const auto fields = docket::serve::form_values(page->body);
    std::vector<double> round_trip, round_trip_server, round_trip_cpu, process, process_cpu;
    for (int i = 0; i < 30; ++i) {
      const auto t = Clock::now();
      auto r = c.Post("/reports/r0.xml/validate/kpis", headers(), items(fields), kForm);
      const double ms = ms_since(t);
      if (!r || r->status != 200 || r->body.find("\"problems\"") == std::string::npos) ++failures;
      if (i > 0) {
        round_trip.push_back(ms);
        round_trip_server.push_back(server_time(r).wall);
        round_trip_cpu.push_back(server_time(r).cpu);
      }
      if (i % 3 == 0) {
        const Times p = run_process({docket, "validate", (workspace / "reports" / "r0.xml").string()});
        process.push_back(p.wall);
        process_cpu.push_back(p.cpu);
      }
    }
    std::printf("validation round trip, 40-KPI report (%zu fields posted), medians: client %.1f ms, in the server %.1f ms wall, %.1f ms CPU\n",
                fields.size(), median(round_trip), median(round_trip_server), median(round_trip_cpu));
    std::printf("docket validate as a process, same file, medians: %.1f ms wall, %.1f ms CPU\n", median(process), median(process_cpu));
    std::printf("ratio round trip / docket validate: %.2f (wall, client side), %.2f (CPU)\n", median(round_trip) / median(process),
                median(round_trip_cpu) / median(process_cpu));
  }

  // 2. Page times.
  {
    httplib::Client c("127.0.0.1", server.port);
    const std::vector<std::string> pages = {"/", "/reports/new", "/reports/r0.xml", "/reports/r0.xml/edit/meta",
                                            "/reports/r0.xml/edit/recommendations", "/reports/r0.xml/edit/section",
                                            "/reports/r0.xml/edit/kpis", "/reports/r0.xml/import", "/reports/r0.xml/history",
                                            "/assets/govuk/govuk-frontend.min.css"};
    for (const auto& p : pages) {
      std::vector<double> times, server_wall, server_cpu;
      std::size_t bytes = 0;
      for (int i = 0; i < 11; ++i) {
        const auto t = Clock::now();
        auto r = c.Get(p, headers());
        const double ms = ms_since(t);
        if (!r || r->status != 200) ++failures;
        else bytes = r->body.size();
        if (i > 0) {
          times.push_back(ms);
          server_wall.push_back(server_time(r).wall);
          server_cpu.push_back(server_time(r).cpu);
        }
      }
      std::printf("page %-40s medians: client %6.1f ms, server %6.1f ms wall, %6.1f ms CPU (%zu bytes)\n", p.c_str(), median(times),
                  median(server_wall), median(server_cpu), bytes);
    }
  }

  // 3. Twenty officers at once, each on their own report.
  {
    std::atomic<int> errors{0};
    std::vector<double> all;
    std::mutex m;
    std::vector<std::thread> officers;
    const auto t = Clock::now();
    for (int o = 1; o <= kOfficers; ++o) {
      officers.emplace_back([&, o] {
        httplib::Client c("127.0.0.1", server.port);
        c.set_read_timeout(120, 0);
        c.set_write_timeout(120, 0);
        const std::string base = "/reports/r" + std::to_string(o) + ".xml";
        std::vector<double> mine;
        const char* parts[] = {"meta", "recommendations", "kpis", "section"};
        for (int round = 0; round < rounds; ++round) {
          const std::string part = parts[round % 4];
          auto timed = [&](auto&& call) {
            const auto s = Clock::now();
            auto r = call();
            mine.push_back(ms_since(s));
            return r;
          };
          auto fail = [&](const char* step, const httplib::Result& r) {
            ++errors;
            const std::lock_guard lock(m);
            if (errors <= 5) {
              std::fprintf(stderr, "officer %d round %d %s: %s\n", o, round, step,
                           r ? (std::to_string(r->status) + " " + r->body.substr(0, 200)).c_str() : httplib::to_string(r.error()).c_str());
            }
          };
          auto page = timed([&] { return c.Get(base + "/edit/" + part, headers()); });
          if (!page || page->status != 200) { fail("open", page); continue; }
          auto fields = docket::serve::form_values(page->body);
          set(fields, "/report[1]/meta[1]/reference[1]", "Officer " + std::to_string(o) + " round " + std::to_string(round));
          auto check = timed([&] { return c.Post(base + "/validate/" + part, headers(), items(fields), kForm); });
          if (!check || check->status != 200 || check->body.find("\"conflict\"") != std::string::npos) fail("validate", check);
          auto saved = timed([&] { return c.Post(base + "/edit/" + part, headers(), items(fields), kForm); });
          if (!saved || saved->status != 303) fail("save", saved);
          auto again = timed([&] { return c.Get(base + "/edit/" + part + "?notice=saved", headers()); });
          if (!again || again->status != 200) fail("reopen", again);
        }
        const std::lock_guard lock(m);
        all.insert(all.end(), mine.begin(), mine.end());
      });
    }
    for (auto& th : officers) th.join();
    const double wall = ms_since(t);
    std::printf("%d officers x %d rounds (open, validate, save, reopen): %zu requests in %.1f s, %d errors; "
                "latency median %.1f ms, p95 %.1f ms\n",
                kOfficers, rounds, all.size(), wall / 1000, errors.load(), median(all), percentile(all, 0.95));
    failures += errors;
    for (int o = 1; o <= kOfficers; ++o) {
      std::ifstream in(workspace / "reports" / ("r" + std::to_string(o) + ".xml"));
      std::stringstream ss;
      ss << in.rdbuf();
      if (rounds > 0 && ss.str().find("Officer " + std::to_string(o) + " round") == std::string::npos) ++failures;
    }
  }

  kill(server.pid, SIGINT);
  int status = 0;
  waitpid(server.pid, &status, 0);
  std::printf("docket serve stopped on Ctrl-C with status %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  fs::remove_all(workspace);
  std::printf("%s\n", failures == 0 ? "no errors" : (std::to_string(failures) + " failures").c_str());
  return failures == 0 ? 0 : 1;
}
