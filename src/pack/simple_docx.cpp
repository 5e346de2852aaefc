#include "pack/simple_docx.hpp"

#include "ooxml/names.hpp"
#include "xml/serialize.hpp"
#include "zip/zip_writer.hpp"

namespace docket::pack {

void write_simple_docx(const std::filesystem::path& out, const SimpleDocx& doc) {
  using namespace std::string_literals;
  const std::string decl(xml::kXmlDeclaration);
  const std::string xmlns_w = "xmlns:w=\""s + std::string(ooxml::ns::w) + "\"";
  const std::string rels_open = decl + "<Relationships xmlns=\"" + std::string(ooxml::ns::package_rels) + "\">";
  zip::ZipWriter zip(out);
  std::string types = decl + "<Types xmlns=\"" + std::string(ooxml::ns::content_types) + "\">" +
                      "<Default Extension=\"rels\" ContentType=\"" + std::string(ooxml::content_type::relationships) +
                      "\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>";
  if (doc.image) {
    types += "<Default Extension=\"" + doc.image->extension + "\" ContentType=\"" + doc.image->content_type + "\"/>";
  }
  types += "<Override PartName=\"/word/document.xml\" ContentType=\"" + std::string(ooxml::content_type::main_document) +
           "\"/><Override PartName=\"/word/styles.xml\" ContentType=\"" + std::string(ooxml::content_type::styles) +
           "\"/></Types>";
  zip.add("[Content_Types].xml", types);
  zip.add("_rels/.rels", rels_open + "<Relationship Id=\"rId1\" Type=\"" + std::string(ooxml::rel::office_document) +
                             "\" Target=\"word/document.xml\"/></Relationships>");
  std::string rels = rels_open + "<Relationship Id=\"rId1\" Type=\"" + std::string(ooxml::rel::styles) +
                     "\" Target=\"styles.xml\"/>";
  if (doc.image) {
    rels += "<Relationship Id=\"rIdImage\" Type=\"" + std::string(ooxml::rel::image) + "\" Target=\"media/image1." +
            doc.image->extension + "\"/>";
    zip.add("word/media/image1." + doc.image->extension, doc.image->bytes, {.deflate = false});
  }
  zip.add("word/_rels/document.xml.rels", rels + "</Relationships>");
  zip.add("word/styles.xml", decl + "<w:styles " + xmlns_w + "><w:docDefaults><w:rPrDefault><w:rPr>"
                             "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/><w:sz w:val=\"24\"/>"
                             "<w:lang w:val=\"" + xml::escape_attribute(doc.language) + "\"/></w:rPr></w:rPrDefault></w:docDefaults>"
                             "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                             "</w:styles>");
  const std::string size = doc.landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
                                         : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>";
  const std::string margin = std::to_string(kSimpleMarginTwips);
  zip.add("word/document.xml",
          decl + "<w:document " + xmlns_w + " xmlns:r=\"" + std::string(ooxml::ns::r) + "\" xmlns:wp=\"" +
              std::string(ooxml::ns::wp) + "\" xmlns:a=\"" + std::string(ooxml::ns::a) + "\" xmlns:pic=\"" +
              std::string(ooxml::ns::pic) + "\"><w:body>" + doc.body + "<w:p/><w:sectPr>" + size + "<w:pgMar w:top=\"" +
              margin + "\" w:right=\"" + margin + "\" w:bottom=\"" + margin + "\" w:left=\"" + margin +
              "\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
  zip.commit();
}

}  // namespace docket::pack
