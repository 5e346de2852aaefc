// Build-time tool: writes docket's man pages and bash completion from the command table.
// Usage: make_docs OUTDIR DATE  →  OUTDIR/man1/docket.1, docket-COMMAND.1, OUTDIR/completion/docket
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/man_page.hpp"

namespace {

bool write(const std::filesystem::path& file, const std::string& text) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  return static_cast<bool>(out.flush());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: make_docs OUTDIR DATE\n";
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  const std::string date = argv[2];
  std::error_code ec;
  std::filesystem::remove_all(dir / "man1", ec);  // a page of a command that is gone goes too
  bool ok = write(dir / "man1" / "docket.1", docket::cli::overview_man_page(date));
  for (const auto& c : docket::cli::commands()) {
    ok = write(dir / "man1" / ("docket-" + c.name + ".1"), docket::cli::command_man_page(c, date)) && ok;
  }
  ok = write(dir / "completion" / "docket", docket::cli::bash_completion()) && ok;
  if (!ok) std::cerr << "make_docs: cannot write into " << dir << "\n";
  return ok ? 0 : 1;
}
