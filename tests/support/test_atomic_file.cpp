#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <cerrno>

#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "test_support.hpp"

using docket::AtomicFile;
using docket::Durability;
using docket::test::read_text;
using docket::test::ScratchDir;

namespace {
// This program's own fsync stands in for the C library's (a definition in the executable wins
// at link time), so the tests see whether AtomicFile forces its bytes to disk and can make
// that fail as a full disk would.
std::atomic<int> fsync_calls{0};
std::atomic<bool> fsync_fails{false};

std::size_t files_in(const std::filesystem::path& dir) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}
}  // namespace

extern "C" int fsync(int fd) {
  ++fsync_calls;
  if (fsync_fails) {
    errno = ENOSPC;
    return -1;
  }
  return static_cast<int>(::syscall(SYS_fsync, fd));
}

TEST_CASE("An AtomicFile forces its bytes to disk before it renames them over the target", "[support]") {
  ScratchDir dir("atomic-durable");
  const int before = fsync_calls;
  AtomicFile f(dir / "report.docx");
  f.write("the report");
  f.commit();
  CHECK(fsync_calls == before + 1);
  CHECK(read_text(dir / "report.docx") == "the report");
  CHECK(files_in(dir.path()) == 1);
}

TEST_CASE("A scratch AtomicFile renames its bytes over the target without forcing them to disk", "[support]") {
  ScratchDir dir("atomic-scratch");
  const int before = fsync_calls;
  AtomicFile f(dir / "notice-0.xml", Durability::scratch);
  f.write("<notice/>");
  f.commit();
  CHECK(fsync_calls == before);
  CHECK(read_text(dir / "notice-0.xml") == "<notice/>");
  CHECK(files_in(dir.path()) == 1);  // the temporary file became the target
}

TEST_CASE("An AtomicFile whose bytes cannot be forced to disk leaves the target as it was", "[support]") {
  ScratchDir dir("atomic-full");
  docket::test::write_text(dir / "report.docx", "previous");
  {
    AtomicFile f(dir / "report.docx");
    f.write("the new report");
    fsync_fails = true;
    CHECK_THROWS_MATCHES(f.commit(), docket::IoError,
                         Catch::Message("cannot write " + (dir / "report.docx").string() + ": No space left on device"));
    fsync_fails = false;
  }
  CHECK(read_text(dir / "report.docx") == "previous");
  CHECK(files_in(dir.path()) == 1);  // no temporary file left behind
}
