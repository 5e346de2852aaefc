// Writing the output can fail: a file-size limit (as a full disk does), a folder docket may not
// write in, an output path that is a folder, a run killed while LibreOffice works. Each gives a
// clear error and exit status 3, the old target is kept, and nothing is left behind.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "made_templates.hpp"
#include "test_support.hpp"

using docket::test::listing;
using docket::test::read_text;
using docket::test::run_docket;
using docket::test::run_shell;
using docket::test::ScratchDir;
using docket::test::shell_quote;
using docket::test::source_path;
using docket::test::write_text;

namespace fs = std::filesystem;

namespace {

std::string q(const fs::path& p) { return shell_quote(p.string()); }

// Inputs whose render is a package of several MB: text that does not compress.
void big_render_inputs(const ScratchDir& dir) {
  write_text(dir / "d.xml", "<council><big>" + docket::test::incompressible_text(6 << 20) + "</big></council>");
  docket::test::template_with_body(dir / "t.docx", {"{{ string(/council/big) }}"});
}

const std::string kReport = "fixtures/reports/s0-peterborough-q2-2023-24.xml";

}  // namespace

TEST_CASE("Over a file-size limit the write fails with exit status 3 and the old target is kept", "[cli]") {
  ScratchDir dir("faults-file-size");
  big_render_inputs(dir);
  fs::create_directories(dir / "out");
  write_text(dir / "out" / "out.docx", "the old target");
  // ulimit -f 2000 is 1 MB in 512-byte blocks (dash) or 2 MB in 1024-byte blocks (bash): both
  // far below the render, as a disk that fills up would be.
  auto r = run_shell("ulimit -f 2000; " + shell_quote(DOCKET_BINARY) + " render " + q(dir / "t.docx") + " " +
                     q(dir / "d.xml") + " -o " + q(dir / "out" / "out.docx"));
  INFO(r.err);
  CHECK(r.status == 3);
  CHECK(r.err == "docket: error: cannot write " + (dir / "out" / "out.docx").string() +
                     ": writing the package failed: Write error: File too large\n"
                     "  hint: check that the disk is not full and the folder is writable\n");
  CHECK(read_text(dir / "out" / "out.docx") == "the old target");
  CHECK(listing(dir / "out") == "out.docx\n");
}

TEST_CASE("A full disk is an I/O error with exit status 3, and the old target is kept", "[cli]") {
  ScratchDir dir("faults-full-disk");
  big_render_inputs(dir);
  fs::create_directories(dir / "disk");
  // A 2 MB file system, smaller than the render: only root may mount one.
  if (::geteuid() != 0 || run_shell("mount -t tmpfs -o size=2m tmpfs " + q(dir / "disk")).status != 0) {
    WARN("skipped: mounting a small file system needs root (the file-size limit test covers the same path)");
    return;
  }
  struct Unmount {
    fs::path at;
    ~Unmount() { run_shell("umount " + shell_quote(at.string())); }
  } unmount{dir / "disk"};
  write_text(dir / "disk" / "out.docx", "the old target");
  auto r = run_shell(shell_quote(DOCKET_BINARY) + " render " + q(dir / "t.docx") + " " + q(dir / "d.xml") + " -o " +
                     q(dir / "disk" / "out.docx"));
  CHECK(r.status == 3);
  CHECK(r.err == "docket: error: cannot write " + (dir / "disk" / "out.docx").string() +
                     ": writing the package failed: Write error: No space left on device\n"
                     "  hint: check that the disk is not full and the folder is writable\n");
  CHECK(read_text(dir / "disk" / "out.docx") == "the old target");
  CHECK(listing(dir / "disk") == "out.docx\n");
}

TEST_CASE("A folder docket may not write in is an I/O error with exit status 3", "[cli]") {
  ScratchDir dir("faults-unwritable");
  fs::create_directories(dir / "locked");
  fs::permissions(dir / "locked", fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                      fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  // root may write in any folder: as root, docket runs as the user nobody (setpriv, util-linux).
  std::string as = "";
  if (::geteuid() == 0) {
    as = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    if (run_shell(as + "test -x " + shell_quote(DOCKET_BINARY) + " -a -r " + q(source_path(kReport))).status != 0) {
      WARN("skipped: run as root, and the user nobody cannot reach docket or the fixtures here");
      return;
    }
  }
  auto r = run_shell(as + shell_quote(DOCKET_BINARY) + " render " + q(source_path(kReport)) + " -o " + q(dir / "locked" / "out.docx"));
  fs::permissions(dir / "locked", fs::perms::owner_all);
  CHECK(r.status == 3);
  CHECK(r.err == "docket: error: cannot create a file in " + (dir / "locked").string() +
                     ": Permission denied\n  hint: check that the folder exists and you may write to it\n");
  CHECK(fs::is_empty(dir / "locked"));
}

TEST_CASE("An output path that is a folder is an I/O error with exit status 3, and the folder is kept", "[cli]") {
  ScratchDir dir("faults-output-folder");
  fs::create_directories(dir / "out.docx");
  write_text(dir / "out.docx" / "kept.txt", "kept");
  auto r = run_docket("render " + q(source_path(kReport)) + " -o " + q(dir / "out.docx"));
  CHECK(r.status == 3);
  CHECK(r.err == "docket: error: cannot write " + (dir / "out.docx").string() +
                     ": Is a directory\n  hint: check that the target is not a folder and that you may write to it\n");
  CHECK(read_text(dir / "out.docx" / "kept.txt") == "kept");
  CHECK(listing(dir.path()) == "out.docx\n");
}
