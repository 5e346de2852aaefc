// The Word-feature corpus (fixtures/merge/word, made by scripts/make-word-corpus.py), packed
// with --pdf: every paper starts on an odd page and keeps, page by page, its page count, look
// and text — notes, numbers, titles — as LibreOffice lays it out alone.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "pack/pack.hpp"
#include "pack/pdf_finish.hpp"
#include "test_merge_support.hpp"
#include "test_pages.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

const std::filesystem::path kCorpus = test::source_path("fixtures/merge/word");
constexpr int kDpi = 20;
constexpr int kFooterRows = 20;          // an inch: the pack's page line, in place of each paper's footer, is left out
constexpr double kMostDifference = 4.0;  // mean per pixel, 0–255; a lost colour or moved block is 5 and more

std::vector<std::string> papers() {
  const std::string agenda = test::read_text(kCorpus / "agenda.xml");
  std::vector<std::string> names;
  const std::regex href("<document href=\"([^\"]+)\\.docx\"");
  for (auto it = std::sregex_iterator(agenda.begin(), agenda.end(), href); it != std::sregex_iterator(); ++it) {
    names.push_back((*it)[1]);
  }
  return names;
}

// Every paper alone, through one LibreOffice run, blank pages kept as the pack keeps them.
void convert_alone(const std::vector<std::string>& names, const std::filesystem::path& dir) {
  std::string files;
  for (const auto& n : names) files += " " + test::shell_quote((kCorpus / (n + ".docx")).string());
  auto r = test::run_shell("soffice -env:UserInstallation=file://" + (dir / "profile").string() +
                           " --headless --convert-to 'pdf:writer_pdf_Export:{\"IsSkipEmptyPages\":{\"type\":"
                           "\"boolean\",\"value\":\"false\"}}' --outdir " + test::shell_quote(dir.string()) + files);
  REQUIRE(r.status == 0);
}

std::string text_of(const std::filesystem::path& pdf, int first, int last) {
  auto r = test::run_shell("pdftotext -f " + std::to_string(first) + " -l " + std::to_string(last) + " " +
                           test::shell_quote(pdf.string()) + " - 2>/dev/null");
  return r.out;
}

// The text of pages `first` to `last` above their bottom inch, where the pack's page line
// takes the place of each paper's own footer: word by word, a line to a page.
std::string text_above_footer(const std::filesystem::path& pdf, int first, int last) {
  auto r = test::run_shell("pdftotext -bbox -f " + std::to_string(first) + " -l " + std::to_string(last) + " " +
                           test::shell_quote(pdf.string()) + " - 2>/dev/null");
  const std::regex page("<page width=\"[0-9.]+\" height=\"([0-9.]+)\">");
  const std::regex word("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\"[^>]*>([^<]*)</word>");
  std::string out;
  double height = 0;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_search(line, m, page)) {
      height = std::stod(m[1]);
      out += "\n";
    } else if (std::regex_search(line, m, word) && std::stod(m[1]) < height - 72) {
      out += m[2].str() + " ";
    }
  }
  return out;
}

// The words of a text, without the page numbers the pack gives (a paper's own "1" is the
// pack's "Page 57"), line numbers and the filler page's sentence.
std::string words(const std::string& text) {
  static const std::regex number("^([0-9]+|[ivxlc]+|Page)$");
  std::istringstream in(text);
  std::string word, out;
  while (in >> word) {
    if (!std::regex_match(word, number)) out += word + " ";
  }
  return out;
}

struct Packed {
  std::filesystem::path pdf;
  std::map<std::string, int> starts;  // bookmark → first page
  int pages = 0;
};

// One member's pack of the whole corpus (built once: LibreOffice takes its time).
const Packed& corpus_pack(const std::filesystem::path& dir) {
  static Packed packed = [&] {
    Packed p{dir / "corpus.pdf", {}, 0};
    Diagnostics diags;
    REQUIRE(pack::build_pack(kCorpus / "agenda.xml", dir / "corpus.docx",
                             {.audience = pack::Audience::confidential_pack, .pdf = p.pdf}, diags));
    CHECK(!diags.has_errors());
    std::vector<std::string> bookmarks;
    for (std::size_t i = 1; i <= papers().size(); ++i) bookmarks.push_back("item_" + std::to_string(i));
    p.starts = pack::pdf_bookmark_pages(p.pdf, bookmarks);
    p.pages = pack::pdf_page_count(p.pdf);
    return p;
  }();
  return packed;
}

}  // namespace

TEST_CASE("Every paper of the Word-feature corpus keeps its pages, look and text in the PDF pack", "[pack][visual]") {
  if (!test::pdf_tools_present("pdftotext", "the Word-feature corpus check")) return;
  static test::ScratchDir dir("merge-corpus");
  const auto names = papers();
  REQUIRE(names.size() >= 55);
  const Packed& packed = corpus_pack(dir.path());
  convert_alone(names, dir.path());
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string& name = names[i];
    CAPTURE(name);
    auto start = packed.starts.find("item_" + std::to_string(i + 1));
    REQUIRE(start != packed.starts.end());
    CHECK(start->second % 2 == 1);
    // Its pages run to the next paper's start, less the filler page before that.
    int end = i + 1 < names.size() ? packed.starts.at("item_" + std::to_string(i + 2)) - 1 : packed.pages;
    if (text_of(packed.pdf, end, end).find("This page is intentionally left blank") != std::string::npos) --end;
    const auto alone_pdf = dir / (name + ".pdf");
    // LibreOffice adds a blank page before a section that restarts at an odd number on an
    // even page; the pack's numbers run on, so it has none (a wholly blank paper stays).
    std::vector<test::Page> all = test::pdf_pages(alone_pdf, dir.path(), kDpi);
    std::vector<test::Page> alone;
    for (auto& page : all) {
      if (!test::blank(page)) alone.push_back(page);
    }
    if (alone.empty()) alone = all;
    const auto in_pack = test::pdf_pages(packed.pdf, dir.path(), kDpi, start->second, end);
    REQUIRE(in_pack.size() == alone.size());
    for (std::size_t page = 0; page < alone.size(); ++page) {
      const double d = test::page_difference(alone[page], in_pack[page], kFooterRows);
      CAPTURE(page + 1, d);
      CHECK(d < kMostDifference);
    }
    CHECK(words(text_above_footer(packed.pdf, start->second, end)) == words(text_above_footer(alone_pdf, 1, 9999)));
  }
}
