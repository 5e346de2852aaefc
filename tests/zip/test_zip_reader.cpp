#include <catch2/catch.hpp>

#include "support/error.hpp"
#include "test_support.hpp"
#include "zip/zip_reader.hpp"
#include "zip/zip_writer.hpp"

using docket::IoError;
using docket::UnsafeInput;
using docket::test::source_path;
using docket::zip::Limits;
using docket::zip::ZipReader;

namespace {
std::filesystem::path hostile(const std::string& name) { return source_path("fixtures/zip/" + name); }
}  // namespace

TEST_CASE("ZipReader lists the entries of a package and reads them", "[zip]") {
  auto zip = ZipReader::open(hostile("valid-minimal.docx"));
  REQUIRE(zip.entries().size() == 3);
  CHECK(zip.entries()[0].name == "[Content_Types].xml");
  CHECK(zip.read("word/document.xml").find("<w:t>Hello</w:t>") != std::string::npos);
}

TEST_CASE("ZipReader finds part names case-insensitively as OPC requires", "[zip]") {
  auto zip = ZipReader::open(hostile("valid-minimal.docx"));
  REQUIRE(zip.find("WORD/Document.XML") != nullptr);
  CHECK(zip.find("WORD/Document.XML")->name == "word/document.xml");
  CHECK(zip.find("word/missing.xml") == nullptr);
}

TEST_CASE("ZipReader refuses unsafe entry names", "[zip]") {
  SECTION("a .. segment") {
    CHECK_THROWS_MATCHES(ZipReader::open(hostile("entry-name-dotdot.docx")), UnsafeInput,
                         Catch::Message(hostile("entry-name-dotdot.docx").string() +
                                        " contains an entry named \"word/../evil.xml\", which is "
                                        "refused because it contains a \"..\" segment"));
  }
  SECTION("an absolute path") {
    CHECK_THROWS_WITH(ZipReader::open(hostile("entry-name-absolute.docx")),
                      Catch::Contains("\"/tmp/evil.xml\", which is refused because it is an absolute path"));
  }
  SECTION("a backslash") {
    CHECK_THROWS_WITH(ZipReader::open(hostile("entry-name-backslash.docx")),
                      Catch::Contains("because it contains a backslash"));
  }
  SECTION("the same name twice") {
    CHECK_THROWS_MATCHES(ZipReader::open(hostile("entry-name-duplicate.docx")), UnsafeInput,
                         Catch::Message(hostile("entry-name-duplicate.docx").string() +
                                        " contains two entries with the same name"));
  }
  SECTION("the same name twice in different case") {
    CHECK_THROWS_WITH(ZipReader::open(hostile("entry-name-duplicate-case.docx")),
                      Catch::Contains("contains the entry \"Word/Document.xml\" twice (as \"word/document.xml\")"));
  }
}

TEST_CASE("ZipReader refuses encrypted entries", "[zip]") {
  CHECK_THROWS_AS(ZipReader::open(hostile("encrypted-entry.docx")), UnsafeInput);
  CHECK_THROWS_WITH(ZipReader::open(hostile("encrypted-entry.docx")),
                    Catch::Contains("has an encrypted entry \"[Content_Types].xml\""));
}

TEST_CASE("ZipReader refuses more entries than the limit", "[zip]") {
  CHECK_THROWS_WITH(ZipReader::open(hostile("valid-minimal.docx"), Limits{.max_entries = 2}),
                    Catch::Contains("has 3 entries, more than the limit of 2"));
}

TEST_CASE("ZipReader refuses a package of 10,001 entries with the default limits", "[zip]") {
  docket::test::ScratchDir dir("many-entries");
  {
    docket::zip::ZipWriter w(dir / "many.docx");
    for (int i = 0; i < 10'001; ++i) w.add("e" + std::to_string(i), "x", {.deflate = false});
    w.commit();
  }
  CHECK_THROWS_WITH(ZipReader::open(dir / "many.docx"),
                    Catch::Contains("has 10001 entries, more than the limit of 10000"));
}

TEST_CASE("ZipReader counts inflated bytes against the limits", "[zip]") {
  SECTION("the compression ratio of a zip bomb") {
    auto zip = ZipReader::open(hostile("zip-bomb-ratio.docx"));
    CHECK_THROWS_MATCHES(zip.read("word/media/bomb.bin"), UnsafeInput,
                         Catch::Message(hostile("zip-bomb-ratio.docx").string() +
                                        ": part word/media/bomb.bin expands more than 200 times "
                                        "its compressed size"));
  }
  SECTION("the size of one part") {
    auto zip = ZipReader::open(hostile("zip-bomb-ratio.docx"),
                               Limits{.max_entry_bytes = 4 << 20, .max_ratio = 100'000});
    CHECK_THROWS_WITH(zip.read("word/media/bomb.bin"),
                      Catch::EndsWith("part word/media/bomb.bin inflates past the limit of 4 MiB"));
  }
  SECTION("the size of the whole package") {
    auto zip = ZipReader::open(hostile("valid-minimal.docx"), Limits{.max_total_bytes = 700});
    zip.read("[Content_Types].xml");
    CHECK_THROWS_WITH(zip.read("_rels/.rels"),
                      Catch::Contains("inflates past the limit of 700 bytes for a whole package"));
  }
}

TEST_CASE("ZipReader reports damaged and foreign files as unreadable", "[zip]") {
  SECTION("not a zip") {
    CHECK_THROWS_MATCHES(ZipReader::open(hostile("not-a-zip.docx")), IoError,
                         Catch::Message(hostile("not-a-zip.docx").string() +
                                        " is not a zip package (a .docx is a zip file)"));
  }
  SECTION("truncated") {
    CHECK_THROWS_AS(ZipReader::open(hostile("truncated.docx")), IoError);
  }
  SECTION("empty") {
    CHECK_THROWS_AS(ZipReader::open(hostile("empty.docx")), IoError);
  }
  SECTION("missing") {
    CHECK_THROWS_WITH(ZipReader::open(hostile("no-such-file.docx")),
                      Catch::Contains("no such file"));
  }
  SECTION("a folder") {
    CHECK_THROWS_WITH(ZipReader::open(source_path("fixtures")), Catch::Contains("is a folder"));
  }
}

TEST_CASE("ZipReader reads a package held in memory", "[zip]") {
  auto bytes = docket::test::read_text(hostile("valid-minimal.docx"));
  auto zip = ZipReader::from_bytes(bytes, "stdin");
  CHECK(zip.display_name() == "stdin");
  CHECK(zip.read("_rels/.rels").find("officeDocument") != std::string::npos);
  CHECK_THROWS_AS(ZipReader::from_bytes("nope", "stdin"), IoError);
}

namespace {

std::string little_endian(std::uint64_t value, int width) {
  std::string out;
  for (int i = 0; i < width; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
  return out;
}

// An end-of-central-directory record claiming `entries` in a directory of `cd_size` bytes at
// the start of the file: docket refuses it by the count alone, before reading any entry.
std::string end_record(std::uint64_t entries, std::uint64_t cd_size = 0) {
  return std::string("PK\x05\x06", 4) + little_endian(0, 2) + little_endian(0, 2) + little_endian(entries, 2) +
         little_endian(entries, 2) + little_endian(cd_size, 4) + little_endian(0, 4) + little_endian(0, 2);
}

// Bytes standing where the directory would be: a first entry's signature, then nothing real.
std::string directory_bytes(std::size_t size) { return std::string("PK\x01\x02", 4) + std::string(size - 4, '\0'); }

}  // namespace

TEST_CASE("A package claiming more entries than the limit is refused before its directory is read", "[zip]") {
  const std::string message = "package.docx has 20000 entries, more than the limit of 10000";
  const std::string package = directory_bytes(20'000 * 46) + end_record(20'000, 20'000 * 46);
  CHECK_THROWS_MATCHES(ZipReader::from_bytes(package, "package.docx"), UnsafeInput, Catch::Message(message));
  docket::test::ScratchDir dir("zip-claimed-entries");
  docket::test::write_text(dir / "package.docx", package);
  CHECK_THROWS_MATCHES(ZipReader::open(dir / "package.docx"), UnsafeInput,
                       Catch::Message((dir / "package.docx").string() +
                                                " has 20000 entries, more than the limit of 10000"));
}

TEST_CASE("A ZIP64 package claiming a million entries is refused from its ZIP64 record", "[zip]") {
  const std::string zip64 = std::string("PK\x06\x06", 4) + little_endian(44, 8) + little_endian(45, 2) +
                            little_endian(45, 2) + little_endian(0, 4) + little_endian(0, 4) +
                            little_endian(1'000'000, 8) + little_endian(1'000'000, 8) + little_endian(46, 8) +
                            little_endian(0, 8);
  // The locator gives the zip64 record's place: after the 46 bytes standing for the directory.
  const std::string locator = std::string("PK\x06\x07", 4) + little_endian(0, 4) + little_endian(46, 8) + little_endian(1, 4);
  CHECK_THROWS_MATCHES(ZipReader::from_bytes(directory_bytes(46) + zip64 + locator + end_record(0xFFFF, 0xFFFFFFFF), "many.docx"), UnsafeInput,
                       Catch::Message("many.docx has 1000000 entries, more than the limit of 10000"));
}
