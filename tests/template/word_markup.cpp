#include "word_markup.hpp"

#include "ooxml/package.hpp"
#include "rendered_text.hpp"
#include "xml/serialize.hpp"

namespace docket::test::word {

std::string run(const std::string& text, const std::string& rpr, const std::string& rsid) {
  return "<w:r w:rsidR=\"" + rsid + "\">" + (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") +
         "<w:t xml:space=\"preserve\">" + xml::escape_text(text) + "</w:t></w:r>";
}

std::string para(const std::vector<std::string>& content, const std::string& style) {
  std::string p = "<w:p w:rsidR=\"00A1B2C3\" w:rsidRDefault=\"00A1B2C3\">";
  if (!style.empty()) p += "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
  for (const auto& c : content) p += c;
  return p + "</w:p>";
}

std::string para(const std::string& text) { return para(std::vector<std::string>{run(text)}); }

std::string bookmark(int id, const std::string& name) {
  const std::string i = std::to_string(id);
  return "<w:bookmarkStart w:id=\"" + i + "\" w:name=\"" + name + "\"/><w:bookmarkEnd w:id=\"" + i + "\"/>";
}

std::string cell(const std::vector<std::string>& paragraphs, const std::string& tcpr) {
  std::string c = "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/>" + tcpr + "</w:tcPr>";
  for (const auto& p : paragraphs) c += p;
  return c + "</w:tc>";
}

std::string row(const std::vector<std::string>& cells) {
  std::string r = "<w:tr w:rsidR=\"00A1B2C3\">";
  for (const auto& c : cells) r += c;
  return r + "</w:tr>";
}

std::string table(const std::vector<std::string>& rows, int columns) {
  std::string t = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>"
                  "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" "
                  "w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
  for (int i = 0; i < columns; ++i) t += "<w:gridCol w:w=\"3000\"/>";
  t += "</w:tblGrid>";
  for (const auto& r : rows) t += r;
  return t + "</w:tbl>";
}

void write_template(const std::string& body, const std::filesystem::path& out) {
  auto package = ooxml::Package::open(template_fixture("word-rich.docx"));
  std::string xml = package.read_part("word/document.xml");
  const auto begin = xml.find("<w:body>") + 8;
  const auto end = xml.find("<w:sectPr");
  xml.replace(begin, end - begin, body);
  package.replace("word/document.xml", xml);
  if (!package.write(out)) throw std::runtime_error("cannot write " + out.string());
}

void write_lines(const std::vector<std::string>& lines, const std::filesystem::path& out) {
  std::string body;
  for (const auto& line : lines) body += para(line);
  write_template(body, out);
}

}  // namespace docket::test::word
