#include "pdf_pack_checks.hpp"

#include <catch2/catch.hpp>

#define POINTERHOLDER_TRANSITION 4  // we use no PointerHolder
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>
#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <regex>
#include <set>

#include "test_support.hpp"

namespace docket::test {

namespace {

std::map<QPDFObjGen, int> page_numbers(QPDF& q) {
  std::map<QPDFObjGen, int> numbers;
  int n = 0;
  for (auto& p : QPDFPageDocumentHelper(q).getAllPages()) numbers[p.getObjectHandle().getObjGen()] = ++n;
  return numbers;
}

OutlineItem item(QPDFOutlineObjectHelper& o, const std::map<QPDFObjGen, int>& numbers) {
  auto page = o.getDestPage();
  auto it = numbers.find(page.getObjGen());
  OutlineItem out{o.getTitle(), it == numbers.end() ? 0 : it->second, {}};
  for (auto& kid : o.getKids()) out.children.push_back(item(kid, numbers));
  return out;
}

}  // namespace

std::vector<std::vector<PageLine>> page_lines(const std::filesystem::path& pdf) {
  auto r = run_shell("pdftotext -bbox " + shell_quote(pdf.string()) + " -");
  REQUIRE(r.status == 0);
  const std::regex page_re(R"re(<page width="([0-9.]+)" height="[0-9.]+">)re");
  const std::regex word_re(R"re(<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
  std::vector<std::vector<PageLine>> out;
  std::smatch m;
  std::string rest = r.out;
  while (std::regex_search(rest, m, page_re)) {
    const double width = std::stod(m[1]);
    rest = m.suffix();
    const std::string page = rest.substr(0, rest.find("</page>"));
    // By lower edge (to a tenth of a point), then left to right.
    std::map<long, std::map<double, std::pair<double, std::string>>> rows;
    for (std::sregex_iterator w(page.begin(), page.end(), word_re), end; w != end; ++w) {
      rows[std::lround(std::stod((*w)[3]) * 10)][std::stod((*w)[1])] = {std::stod((*w)[2]), (*w)[4]};
    }
    std::vector<PageLine> lines;
    for (const auto& [bottom, words] : rows) {
      PageLine line;
      for (const auto& [left, word] : words) line.text += (line.text.empty() ? "" : " ") + word.second;
      line.centre_offset = (words.begin()->first + words.rbegin()->second.first) / 2 - width / 2;
      lines.push_back(line);
    }
    out.push_back(lines);
  }
  return out;
}

std::pair<double, double> ink_above_foot(const std::filesystem::path& pdf, int page, double strip) {
  constexpr int kDpi = 144;
  const std::string p = std::to_string(page);
  auto r = run_shell("pdftoppm -gray -r " + std::to_string(kDpi) + " -f " + p + " -l " + p + " " + shell_quote(pdf.string()));
  REQUIRE(r.status == 0);
  // A binary PGM: "P5\n<width> <height>\n255\n" and a byte a pixel.
  std::istringstream in(r.out);
  std::string magic;
  int width = 0, height = 0, most = 0;
  in >> magic >> width >> height >> most;
  in.get();
  REQUIRE(magic == "P5");
  const std::string pixels = r.out.substr(static_cast<std::size_t>(in.tellg()));
  REQUIRE(pixels.size() >= static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
  std::pair<double, double> ink{0, 0};
  for (int y = height - static_cast<int>(strip * kDpi / 72); y < height; ++y) {
    const auto row = pixels.substr(static_cast<std::size_t>(y) * static_cast<std::size_t>(width), static_cast<std::size_t>(width));
    if (std::none_of(row.begin(), row.end(), [](char c) { return static_cast<unsigned char>(c) < 128; })) continue;
    const double above = (height - y) * 72.0 / kDpi;
    if (ink.second == 0) ink.second = above;
    ink.first = above - 72.0 / kDpi;
  }
  return ink;
}

std::string page_text(const std::filesystem::path& pdf, int page) {
  auto r = run_shell("pdftotext -layout -f " + std::to_string(page) + " -l " + std::to_string(page) + " " +
                     shell_quote(pdf.string()) + " -");
  REQUIRE(r.status == 0);
  return r.out;
}

PageSize page_size(const std::filesystem::path& pdf, int page) {
  QPDF q;
  q.processFile(pdf.c_str());
  auto p = QPDFPageDocumentHelper(q).getAllPages().at(static_cast<std::size_t>(page - 1));
  auto box = p.getMediaBox().getArrayAsRectangle();
  auto rotate = p.getAttribute("/Rotate", false);
  PageSize size{box.urx - box.llx, box.ury - box.lly, rotate.isInteger() ? rotate.getIntValueAsInt() : 0};
  if (size.rotate % 180 != 0) std::swap(size.width, size.height);
  return size;
}

std::vector<OutlineItem> outline_of(const std::filesystem::path& pdf) {
  QPDF q;
  q.processFile(pdf.c_str());
  const auto numbers = page_numbers(q);
  std::vector<OutlineItem> items;
  for (auto& top : QPDFOutlineDocumentHelper(q).getTopLevelOutlines()) items.push_back(item(top, numbers));
  return items;
}

Tags tags_of(const std::filesystem::path& pdf) {
  QPDF q;
  q.processFile(pdf.c_str());
  Tags tags;
  auto root = q.getRoot().getKey("/StructTreeRoot");
  tags.tagged = root.isDictionary() && q.getRoot().hasKey("/MarkInfo");
  if (!tags.tagged) return tags;
  const auto numbers = page_numbers(q);
  std::set<QPDFObjGen> seen;
  std::function<void(QPDFObjectHandle)> walk = [&](QPDFObjectHandle e) {
    if (!e.isDictionary() || (e.isIndirect() && !seen.insert(e.getObjGen()).second)) return;
    auto pg = e.getKey("/Pg");
    if (pg.isDictionary() && !numbers.count(pg.getObjGen())) tags.problems.push_back("a tag on a page not in the PDF");
    auto s = e.getKey("/S");
    if (s.isName() && s.getName() == "/Sect" && e.getKey("/T").isString()) tags.sections.push_back(e.getKey("/T").getUTF8Value());
    if (s.isName() && s.getName() == "/Figure" && e.getKey("/Alt").isString()) tags.figures.push_back(e.getKey("/Alt").getUTF8Value());
    auto k = e.getKey("/K");
    for (auto& kid : k.isArray() ? k.getArrayAsVector() : std::vector<QPDFObjectHandle>{k}) walk(kid);
  };
  walk(root);
  QPDFNumberTreeObjectHelper parents(root.getKey("/ParentTree"), q);
  int n = 0;
  for (auto& p : QPDFPageDocumentHelper(q).getAllPages()) {
    ++n;
    auto key = p.getObjectHandle().getKey("/StructParents");
    QPDFObjectHandle value;
    if (key.isInteger() && !parents.findObject(key.getIntValue(), value)) {
      tags.problems.push_back("page " + std::to_string(n) + " has no parent-tree entry");
    }
  }
  return tags;
}

std::vector<std::string> fonts_not_embedded(const std::filesystem::path& pdf) {
  QPDF q;
  q.processFile(pdf.c_str());
  std::set<std::string> missing;
  std::set<QPDFObjGen> seen;
  std::function<void(QPDFObjectHandle)> fonts_of = [&](QPDFObjectHandle resources) {
    if (!resources.isDictionary()) return;
    auto fonts = resources.getKey("/Font");
    for (const auto& key : fonts.isDictionary() ? fonts.getKeys() : std::set<std::string>{}) {
      auto font = fonts.getKey(key);
      if (font.isIndirect() && !seen.insert(font.getObjGen()).second) continue;
      auto descriptor = font.getKey("/FontDescriptor");
      if (font.getKey("/Subtype").isName() && font.getKey("/Subtype").getName() == "/Type0") {
        descriptor = font.getKey("/DescendantFonts").getArrayItem(0).getKey("/FontDescriptor");
      }
      if (font.getKey("/Subtype").isName() && font.getKey("/Subtype").getName() == "/Type3") continue;
      const bool embedded = descriptor.isDictionary() && (descriptor.hasKey("/FontFile") ||
                                                          descriptor.hasKey("/FontFile2") || descriptor.hasKey("/FontFile3"));
      if (!embedded) missing.insert(font.getKey("/BaseFont").isName() ? font.getKey("/BaseFont").getName() : key);
    }
    auto xobjects = resources.getKey("/XObject");
    for (const auto& key : xobjects.isDictionary() ? xobjects.getKeys() : std::set<std::string>{}) {
      auto x = xobjects.getKey(key);
      if (x.isStream() && (!x.isIndirect() || seen.insert(x.getObjGen()).second)) fonts_of(x.getDict().getKey("/Resources"));
    }
  };
  for (auto& p : QPDFPageDocumentHelper(q).getAllPages()) fonts_of(p.getAttribute("/Resources", false));
  return {missing.begin(), missing.end()};
}

void rewrite_with_object_streams(const std::filesystem::path& from, const std::filesystem::path& to) {
  QPDF q;
  q.processFile(from.c_str());
  QPDFWriter w(q, to.c_str());
  w.setObjectStreamMode(qpdf_o_generate);
  w.setRecompressFlate(true);
  w.write();
}

}  // namespace docket::test
