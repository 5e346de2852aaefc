#include "pack/filler.hpp"

#include "ooxml/names.hpp"
#include "xml/serialize.hpp"
#include "zip/zip_writer.hpp"

namespace docket::pack {

void write_filler_page(const std::filesystem::path& out, const std::string& text, const std::string& language) {
  const std::string decl(xml::kXmlDeclaration);
  const std::string w = "xmlns:w=\"" + std::string(ooxml::ns::w) + "\"";
  zip::ZipWriter zip(out);
  zip.add("[Content_Types].xml",
          decl + "<Types xmlns=\"" + std::string(ooxml::ns::content_types) + "\">"
                 "<Default Extension=\"rels\" ContentType=\"" + std::string(ooxml::content_type::relationships) + "\"/>"
                 "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                 "<Override PartName=\"/word/document.xml\" ContentType=\"" + std::string(ooxml::content_type::main_document) + "\"/>"
                 "<Override PartName=\"/word/styles.xml\" ContentType=\"" + std::string(ooxml::content_type::styles) + "\"/>"
                 "</Types>");
  zip.add("_rels/.rels", decl + "<Relationships xmlns=\"" + std::string(ooxml::ns::package_rels) + "\">"
                                "<Relationship Id=\"rId1\" Type=\"" + std::string(ooxml::rel::office_document) +
                                "\" Target=\"word/document.xml\"/></Relationships>");
  zip.add("word/_rels/document.xml.rels", decl + "<Relationships xmlns=\"" + std::string(ooxml::ns::package_rels) + "\">"
                                                 "<Relationship Id=\"rId1\" Type=\"" + std::string(ooxml::rel::styles) +
                                                 "\" Target=\"styles.xml\"/></Relationships>");
  zip.add("word/styles.xml", decl + "<w:styles " + w + "><w:docDefaults><w:rPrDefault><w:rPr>"
                             "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/><w:sz w:val=\"24\"/>"
                             "<w:lang w:val=\"" + xml::escape_attribute(language) + "\"/></w:rPr></w:rPrDefault></w:docDefaults>"
                             "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                             "</w:styles>");
  zip.add("word/document.xml",
          decl + "<w:document " + w + "><w:body>"
                 "<w:p><w:pPr><w:spacing w:before=\"6000\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>" +
                 xml::escape_text(text) + "</w:t></w:r></w:p>"
                 "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1418\" w:right=\"1418\" "
                 "w:bottom=\"1418\" w:left=\"1418\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>"
                 "</w:body></w:document>");
  zip.commit();
}

}  // namespace docket::pack
