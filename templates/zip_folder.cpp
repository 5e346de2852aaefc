// Builds a .docx from an unpacked OOXML folder (the reviewable source of a shipped template)
// with docket's deterministic zip writer: [Content_Types].xml first, then the files in name
// order, fixed timestamps. Usage: docket-zip-folder FOLDER OUT.docx
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <vector>

#include "support/error.hpp"
#include "support/files.hpp"
#include "zip/zip_writer.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: docket-zip-folder FOLDER OUT.docx\n";
    return 2;
  }
  const std::filesystem::path folder = argv[1];
  try {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::recursive_directory_iterator(folder)) {
      if (e.is_regular_file()) names.push_back(std::filesystem::relative(e.path(), folder).generic_string());
    }
    std::sort(names.begin(), names.end());
    docket::zip::ZipWriter out(argv[2]);
    for (const auto& name : names) out.add(name, docket::read_file(folder / name, 64u << 20));
    out.commit();
  } catch (const docket::Error& e) {
    std::cerr << "docket-zip-folder: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
