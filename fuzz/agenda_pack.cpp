// An agenda through `docket pack`'s own path (pack::build_pack, no --pdf): its items planned,
// their reports rendered, papers cleaned and merged. The agenda sits beside copies of the
// fixture papers and reports so its hrefs find them; LibreOffice is never run (a paper that
// needs it is refused, as when LibreOffice is missing).
#include <cstdlib>

#include "fuzz_support.hpp"
#include "pack/pack.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  namespace fs = std::filesystem;
  const auto dir = docket::fuzz::scratch() / "meeting";
  fs::create_directories(dir);
  for (const char* folder : {"papers", "reports"}) {
    fs::copy(docket::fuzz::fixtures() / folder, dir / folder, fs::copy_options::recursive);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const auto dir = docket::fuzz::scratch() / "meeting";
  const auto agenda = dir / "agenda.xml";
  docket::fuzz::write_file(agenda, {reinterpret_cast<const char*>(bytes), size});
  docket::fuzz::answer([&] {
    docket::Diagnostics diags;
    docket::pack::PackOptions options;
    options.soffice = "/bin/false";
    docket::pack::build_pack(agenda, docket::fuzz::scratch() / "pack.docx", options, diags);
  });
  return 0;
}
