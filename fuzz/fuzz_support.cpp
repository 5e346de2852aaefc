#include "fuzz_support.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "support/temp_folder.hpp"
#include "zip/zip_reader.hpp"
#include "zip/zip_writer.hpp"

namespace docket::fuzz {

std::filesystem::path fixtures() { return std::filesystem::path(DOCKET_SOURCE_DIR) / "fixtures"; }

const std::filesystem::path& scratch() {
  static const TempFolder folder("docket-fuzz");  // one per process: the harness's own state
  return folder.path();
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

void docx_with_part(const std::filesystem::path& base, const std::string& part, std::string_view bytes,
                    const std::filesystem::path& target) {
  auto reader = zip::ZipReader::open(base);
  zip::ZipWriter writer(target);
  for (const auto& entry : reader.entries()) {
    if (entry.name != part) writer.add_copy(reader, entry, entry.name);
  }
  writer.add(part, std::string(bytes), {.deflate = false});
  writer.commit();
}

std::pair<std::string_view, std::string_view> split_input(std::string_view input) {
  constexpr std::string_view mark = "\n=====\n";
  const auto at = input.find(mark);
  if (at == std::string_view::npos) return {input, {}};
  return {input.substr(0, at), input.substr(at + mark.size())};
}

}  // namespace docket::fuzz
