// The zip corpus through the docket binary: hostile packages exit with status 4, legal ones
// are inspected, and a package of a million entries is refused at once, in little memory.
#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>

#include "sanitized.hpp"
#include "test_support.hpp"

using docket::test::run_docket;
using docket::test::shell_quote;
using docket::test::source_path;

namespace {

std::string le(std::uint64_t v, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
  return s;
}

// A real zip64 package of `count` empty stored entries named e0, e1, … Written in two passes,
// local headers then the directory, so that this process stays small: the child processes
// measured below start as copies of it.
void write_many_entries(const std::filesystem::path& file, std::uint64_t count) {
  std::ofstream out(file, std::ios::binary);
  auto common = [](const std::string& name) {
    return le(0, 2) + le(0, 2) + le(0, 2) + le(33, 2) + le(0, 4) + le(0, 4) + le(0, 4) + le(name.size(), 2) + le(0, 2);
  };
  for (std::uint64_t i = 0; i < count; ++i) {
    const std::string name = "e" + std::to_string(i);
    out << "PK\x03\x04" << le(20, 2) << common(name) << name;
  }
  const std::uint64_t directory = static_cast<std::uint64_t>(out.tellp());
  std::uint64_t at = 0;
  for (std::uint64_t i = 0; i < count; ++i) {
    const std::string name = "e" + std::to_string(i);
    out << "PK\x01\x02" << le(20, 2) << le(20, 2) << common(name) << le(0, 2) << le(0, 2) << le(0, 2) << le(0, 4)
        << le(at, 4) << name;
    at += 30 + name.size();
  }
  const std::uint64_t end64 = static_cast<std::uint64_t>(out.tellp());
  out << "PK\x06\x06" << le(44, 8) << le(45, 2) << le(45, 2) << le(0, 4) << le(0, 4) << le(count, 8)
      << le(count, 8) << le(end64 - directory, 8) << le(directory, 8);
  out << "PK\x06\x07" << le(0, 4) << le(end64, 8) << le(1, 4);
  out << "PK\x05\x06" << le(0, 2) << le(0, 2) << le(0xFFFF, 2) << le(0xFFFF, 2) << le(0xFFFFFFFF, 4)
      << le(0xFFFFFFFF, 4) << le(0, 2);
}

}  // namespace

TEST_CASE("docket refuses each hostile package with exit status 4 and inspects each legal one", "[zip]") {
  for (const auto& f : std::filesystem::directory_iterator(source_path("fixtures/zip"))) {
    const std::string name = f.path().filename().string();
    const bool hostile = name.rfind("hostile-", 0) == 0;
    if (!hostile && name.rfind("legal-", 0) != 0) continue;
    INFO(name);
    const auto r = run_docket("inspect " + shell_quote(f.path().string()));
    CHECK(r.status == (hostile ? 4 : 0));
    if (hostile) CHECK_THAT(r.err, Catch::StartsWith("docket: error: " + f.path().string()));
  }
}

TEST_CASE("A package of a million entries is refused at once, in little memory", "[zip]") {
  docket::test::ScratchDir dir("zip-million");
  write_many_entries(dir / "many.docx", 1'000'000);
  const auto start = std::chrono::steady_clock::now();
  const auto r = run_docket("inspect " + shell_quote((dir / "many.docx").string()));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  CHECK(r.status == 4);
  CHECK_THAT(r.err, Catch::Contains("many.docx has 1000000 entries, more than the limit of 10000"));
  CHECK(seconds < 5.0);
  CHECK(static_cast<std::size_t>(usage.ru_maxrss) < docket::test::resident_bound_kib(50 * 1024));  // KiB; the package is 80 MB
}
