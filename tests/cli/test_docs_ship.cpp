// The documentation ships with the program (/usr/share/doc/docket): it may link only to files
// that ship with it, and it speaks to readers, not to the project's issue tracker.
#include <catch2/catch.hpp>

#include <regex>

#include "test_support.hpp"

using namespace docket::test;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> shipped_texts() {
  std::vector<fs::path> files{source_path("README.md"), source_path("CHANGELOG.md"), source_path("SECURITY.md")};
  for (const auto& entry : fs::recursive_directory_iterator(source_path("docs"))) {
    if (entry.path().extension() == ".md") files.push_back(entry.path());
  }
  return files;
}

}  // namespace

TEST_CASE("The docs link only to files in the repository, and every link resolves", "[cli]") {
  const fs::path root = fs::canonical(source_path(""));
  const std::regex link(R"(\]\(([^)#\s]+)(#[^)]*)?\))");
  for (const auto& file : shipped_texts()) {
    const std::string text = read_text(file);
    INFO(file.string());
    CHECK(text.find("../shared") == std::string::npos);
    for (std::sregex_iterator it(text.begin(), text.end(), link), end; it != end; ++it) {
      const std::string target = (*it)[1];
      if (target.starts_with("http://") || target.starts_with("https://") || target.starts_with("mailto:")) continue;
      INFO(target);
      const fs::path resolved = fs::weakly_canonical(file.parent_path() / target);
      CHECK(fs::exists(resolved));
      CHECK(resolved.string().starts_with(root.string()));
    }
  }
}

TEST_CASE("The docs do not refer to issue numbers", "[cli]") {
  // "issue 12", "issues #3", or a bare "#12" as trackers write them (not "#,##0" or "#767676").
  const std::regex issue(R"((\bissues?\s*#?\d+)|((^|[\s(])#\d{1,4}\b(?![.,])))", std::regex::icase);
  for (const auto& file : shipped_texts()) {
    const std::string text = read_text(file);
    std::smatch m;
    const bool found = std::regex_search(text, m, issue);
    INFO(file.string() + (found ? ": " + m.str() : std::string()));
    CHECK_FALSE(found);
  }
}
