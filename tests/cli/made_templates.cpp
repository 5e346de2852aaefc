#include "made_templates.hpp"

#include <set>

#include "test_support.hpp"
#include "zip/zip_reader.hpp"
#include "zip/zip_writer.hpp"

namespace docket::test {

std::filesystem::path template_with_body(const std::filesystem::path& target, const std::vector<std::string>& paragraphs) {
  const std::string w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  std::string body;
  for (const auto& p : paragraphs) body += "<w:p><w:r><w:t xml:space=\"preserve\">" + p + "</w:t></w:r></w:p>";
  auto house = zip::ZipReader::open(source_path("templates/committee-report.docx"));
  zip::ZipWriter out(target);
  for (const auto& entry : house.entries()) {
    const bool header = entry.name.starts_with("word/header"), footer = entry.name.starts_with("word/footer");
    if (header || footer) {
      const std::string root = header ? "w:hdr" : "w:ftr";
      out.add(entry.name, "<" + root + " " + w + "><w:p/></" + root + ">");
    } else if (entry.name == "word/document.xml") {
      out.add(entry.name, "<w:document " + w + "><w:body>" + body + "<w:sectPr/></w:body></w:document>");
    } else {
      out.add_copy(house, entry, entry.name);
    }
  }
  out.commit();
  return target;
}

std::string incompressible_text(std::size_t size) {
  std::string text;
  text.reserve(size);
  unsigned state = 12345;
  for (std::size_t i = 0; i < size; ++i) {
    state = state * 1103515245u + 12345u;
    text += static_cast<char>('a' + (state >> 16) % 26);
  }
  return text;
}

std::string listing(const std::filesystem::path& folder) {
  std::set<std::string> sorted;
  for (const auto& e : std::filesystem::directory_iterator(folder)) sorted.insert(e.path().filename().string());
  std::string names;
  for (const auto& name : sorted) names += name + "\n";
  return names;
}

}  // namespace docket::test
