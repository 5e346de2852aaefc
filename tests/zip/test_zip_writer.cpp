#include <catch2/catch.hpp>
#include <stdexcept>

#include "support/error.hpp"
#include "test_support.hpp"
#include "zip/zip_reader.hpp"
#include "zip/zip_writer.hpp"

using docket::test::read_text;
using docket::test::ScratchDir;
using docket::zip::ZipReader;
using docket::zip::ZipWriter;

namespace {
void write_sample(const std::filesystem::path& target) {
  ZipWriter w(target);
  w.add("word/document.xml", "<doc/>");
  w.add_stream("word/big.xml", [](docket::ByteSink& out) {
    for (int i = 0; i < 100'000; ++i) out.write("<row n=\"" + std::to_string(i) + "\"/>");
  });
  w.add("[Content_Types].xml", "<Types/>");
  w.commit();
}

std::size_t files_in(const std::filesystem::path& dir) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}
}  // namespace

TEST_CASE("ZipWriter puts [Content_Types].xml first and keeps the order of adding", "[zip]") {
  ScratchDir dir("writer-order");
  write_sample(dir / "out.docx");
  auto zip = ZipReader::open(dir / "out.docx");
  REQUIRE(zip.entries().size() == 3);
  CHECK(zip.entries()[0].name == "[Content_Types].xml");
  CHECK(zip.entries()[1].name == "word/document.xml");
  CHECK(zip.entries()[2].name == "word/big.xml");
}

TEST_CASE("ZipWriter gives the same bytes for the same inputs", "[zip]") {
  ScratchDir dir("writer-deterministic");
  write_sample(dir / "a.docx");
  setenv("TZ", "America/New_York", 1);
  write_sample(dir / "b.docx");
  unsetenv("TZ");
  CHECK(read_text(dir / "a.docx") == read_text(dir / "b.docx"));
}

TEST_CASE("ZipWriter streams a produced entry in full", "[zip]") {
  ScratchDir dir("writer-stream");
  write_sample(dir / "out.docx");
  auto zip = ZipReader::open(dir / "out.docx");
  auto big = zip.read("word/big.xml");
  CHECK(big.size() > 1'000'000);
  CHECK(big.rfind("<row n=\"99999\"/>") == big.size() - 16);
}

TEST_CASE("ZipWriter leaves the target untouched when writing fails", "[zip]") {
  ScratchDir dir("writer-atomic");
  docket::test::write_text(dir / "out.docx", "previous");
  {
    ZipWriter w(dir / "out.docx");
    w.add("a.xml", "<a/>");
    w.add_stream("b.xml", [](docket::ByteSink& out) {
      out.write(std::string(1 << 20, 'x'));
      throw docket::InvalidInput("the template has errors");
    });
    CHECK_THROWS_MATCHES(w.commit(), docket::InvalidInput, Catch::Message("the template has errors"));
  }
  CHECK(read_text(dir / "out.docx") == "previous");
  CHECK(files_in(dir.path()) == 1);  // no temporary file left behind
}

TEST_CASE("ZipWriter leaves no file when it is never committed", "[zip]") {
  ScratchDir dir("writer-abandon");
  {
    ZipWriter w(dir / "out.docx");
    w.add("a.xml", "<a/>");
  }
  CHECK(files_in(dir.path()) == 0);
}

TEST_CASE("ZipWriter reports a folder it cannot write to", "[zip]") {
  CHECK_THROWS_AS(ZipWriter("/nonexistent-folder/out.docx"), docket::IoError);
}

TEST_CASE("ZipWriter copies an entry as stored, without inflating it", "[zip]") {
  ScratchDir dir("writer-copy");
  write_sample(dir / "src.docx");
  auto src = ZipReader::open(dir / "src.docx");
  {
    ZipWriter w(dir / "copy.docx");
    w.add_copy(src, *src.find("word/big.xml"), "word/big.xml");
    w.commit();
  }
  auto copy = ZipReader::open(dir / "copy.docx");
  CHECK(copy.entries()[0].compressed_size == src.find("word/big.xml")->compressed_size);
  CHECK(copy.read("word/big.xml") == src.read("word/big.xml"));
}
