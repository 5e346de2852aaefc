// The zip layout corpus (scripts/make-zip-corpus.py): every legal-but-unusual package opens
// and reads in full; every hostile one is refused as unsafe with a sentence saying why.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "support/error.hpp"
#include "test_support.hpp"
#include "zip/zip_reader.hpp"

using docket::UnsafeInput;
using docket::test::source_path;
using docket::zip::ZipReader;

namespace {

std::vector<std::filesystem::path> corpus(const std::string& prefix) {
  std::vector<std::filesystem::path> files;
  for (const auto& f : std::filesystem::directory_iterator(source_path("fixtures/zip"))) {
    if (f.path().filename().string().rfind(prefix, 0) == 0) files.push_back(f.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// What each hostile package is refused for, after its name.
const std::map<std::string, std::string> kRefusals = {
    {"hostile-overlapping-entries.docx",
     " has entries whose data overlap (\"word/media/kernel.bin\" and \"word/document.xml\")"},
    {"hostile-entry-overlaps-directory.docx", ": the data of its entry \"word/document.xml\" overlaps the zip directory"},
    {"hostile-local-name-differs.docx",
     ": its entry \"word/document.xml\" is named \"word/documenX.xml\" in its local header, so two programs could "
     "read different documents from it"},
    {"hostile-local-sizes-differ.docx",
     ": its entry \"word/document.xml\" has other sizes in its local header than in the zip directory, so two "
     "programs could read different documents from it"},
    {"hostile-local-method-differs.docx",
     ": its entry \"word/document.xml\" is stored differently in its local header and in the zip directory, so two "
     "programs could read different documents from it"},
    {"hostile-descriptor-differs.docx",
     ": its entry \"word/document.xml\" has a data descriptor that disagrees with the zip directory, so two programs "
     "could read different documents from it"},
    {"hostile-two-end-records.docx",
     " has more than one end-of-directory record, so two programs could read different documents from it"},
    {"hostile-hidden-entry.docx",
     " holds an entry between its entries that the zip directory does not list, so two programs could read "
     "different documents from it"},
    {"hostile-directory-count-differs.docx",
     ": its zip directory holds more entries than its end record counts, so two programs could read different "
     "documents from it"},
    {"hostile-unicode-path-differs.docx",
     ": its entry \"word/document.xml\" has a second name, \"word/evil.xml\", so two programs could read different "
     "documents from it"},
    {"hostile-zip64-end-differs.docx",
     ": its zip64 end record and its end record describe different directories, so two programs could read "
     "different documents from it"},
    {"hostile-bytes-before-end-record.docx",
     " has bytes between its zip directory and its end record, so two programs could read different documents from "
     "it"},
};

}  // namespace

TEST_CASE("Every package of the legal zip corpus opens and reads in full", "[zip]") {
  auto files = corpus("legal-");
  REQUIRE(files.size() == 11);
  files.push_back(source_path("fixtures/zip/zip64-records.docx"));
  for (const auto& file : files) {
    INFO(file.filename().string());
    auto zip = ZipReader::open(file);
    for (const auto& e : zip.entries()) CHECK_NOTHROW(zip.read(e));
    const std::string body = zip.read("word/document.xml");
    CHECK((body.find("<w:t>Legal package: ") != std::string::npos ||
           body.find("<w:t>A package with zip64 records") != std::string::npos));
  }
}

TEST_CASE("A package's entries keep the zip directory's order, whatever their order in the file", "[zip]") {
  auto zip = ZipReader::open(source_path("fixtures/zip/legal-out-of-order.docx"));
  REQUIRE(zip.entries().size() == 3);
  CHECK(zip.entries()[0].name == "[Content_Types].xml");
  CHECK(zip.entries()[2].name == "word/document.xml");
}

TEST_CASE("Every package of the hostile zip corpus is refused as unsafe, saying why", "[zip]") {
  const auto files = corpus("hostile-");
  REQUIRE(files.size() == kRefusals.size());
  for (const auto& file : files) {
    const std::string name = file.filename().string();
    INFO(name);
    REQUIRE(kRefusals.count(name) == 1);
    CHECK_THROWS_MATCHES(ZipReader::open(file), UnsafeInput, Catch::Message(file.string() + kRefusals.at(name)));
    CHECK_THROWS_MATCHES(ZipReader::from_bytes(docket::test::read_text(file), "upload.docx"), UnsafeInput,
                         Catch::Message("upload.docx" + kRefusals.at(name)));
  }
}

TEST_CASE("The entry count is checked from the end record, before any entry is parsed", "[zip]") {
  // An end record that counts 1,000,000 entries in front of a directory of one damaged record:
  // parsing the directory first would call the file damaged.
  std::string bytes = "PK\x01\x02" + std::string(42, '\0');
  auto le = [](std::uint64_t v, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
    return s;
  };
  const std::size_t end64 = bytes.size();
  bytes += "PK\x06\x06" + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4) + le(1'000'000, 8) +
           le(1'000'000, 8) + le(46, 8) + le(0, 8);
  bytes += "PK\x06\x07" + le(0, 4) + le(end64, 8) + le(1, 4);
  bytes += "PK\x05\x06" + le(0, 2) + le(0, 2) + le(0xFFFF, 2) + le(0xFFFF, 2) + le(0xFFFFFFFF, 4) +
           le(0xFFFFFFFF, 4) + le(0, 2);
  CHECK_THROWS_MATCHES(ZipReader::from_bytes(bytes, "many.docx"), UnsafeInput,
                       Catch::Message("many.docx has 1000000 entries, more than the limit of 10000"));
}

TEST_CASE("Python's zipfile and LibreOffice open every package of the legal zip corpus", "[zip]") {
  using docket::test::run_shell;
  using docket::test::shell_quote;
  if (run_shell("command -v soffice && command -v pdftotext && command -v python3").status != 0) {
    WARN("soffice, pdftotext or python3 is absent: skipping the check of the legal corpus against other readers");
    return;
  }
  docket::test::ScratchDir dir("zip-corpus-readers");
  std::string files;
  for (const auto& f : corpus("legal-")) files += " " + shell_quote(f.string());
  const auto python = run_shell("python3 -c " +
                                shell_quote("import sys, zipfile\n"
                                            "for f in sys.argv[1:]:\n"
                                            "    z = zipfile.ZipFile(f)\n"
                                            "    assert z.testzip() is None, f\n"
                                            "    assert b'Legal package' in z.read('word/document.xml'), f\n") +
                                files);
  INFO(python.err);
  CHECK(python.status == 0);
  const auto soffice = run_shell("soffice --headless --norestore -env:UserInstallation=file://" +
                                 (dir / "profile").string() + " --convert-to pdf --outdir " +
                                 shell_quote(dir.path().string()) + files);
  REQUIRE(soffice.status == 0);
  for (const auto& f : corpus("legal-")) {
    INFO(f.filename().string());
    const auto text = run_shell("pdftotext " + shell_quote((dir / (f.stem().string() + ".pdf")).string()) + " -");
    CHECK_THAT(text.out, Catch::StartsWith("Legal package: "));
  }
}
