// A package's bytes through docket's zip reader: the checks on its directory, then every
// entry read with the reader's limits, as the template and paper loaders do.
#include "fuzz_support.hpp"
#include "zip/zip_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  docket::fuzz::answer([&] {
    auto reader = docket::zip::ZipReader::from_bytes(std::string(reinterpret_cast<const char*>(bytes), size), "fuzz.docx");
    for (const auto& entry : reader.entries()) {
      if (entry.is_directory) continue;
      docket::fuzz::answer([&] { reader.read(entry); });
    }
  });
  return 0;
}
