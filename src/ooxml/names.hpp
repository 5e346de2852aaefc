#pragma once
// The OOXML vocabulary docket uses, in one place: namespace URIs, relationship types and
// content types. Code then reads like the schema (ns::w, rel::header, …).
#include <string_view>

namespace docket::ooxml {

namespace ns {
inline constexpr std::string_view w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr std::string_view wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
inline constexpr std::string_view a = "http://schemas.openxmlformats.org/drawingml/2006/main";
inline constexpr std::string_view pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
inline constexpr std::string_view mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
inline constexpr std::string_view v = "urn:schemas-microsoft-com:vml";
inline constexpr std::string_view w14 = "http://schemas.microsoft.com/office/word/2010/wordml";
inline constexpr std::string_view package_rels = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr std::string_view content_types = "http://schemas.openxmlformats.org/package/2006/content-types";
inline constexpr std::string_view core_properties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
inline constexpr std::string_view dc = "http://purl.org/dc/elements/1.1/";
inline constexpr std::string_view dcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view extended_properties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
inline constexpr std::string_view custom_properties = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
inline constexpr std::string_view strict_w = "http://purl.oclc.org/ooxml/wordprocessingml/main";
}  // namespace ns

namespace rel {
inline constexpr std::string_view office_document = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr std::string_view strict_office_document = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
inline constexpr std::string_view core_properties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
// LibreOffice writes this variant, which Word accepts too.
inline constexpr std::string_view core_properties_alt = "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties";
inline constexpr std::string_view extended_properties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
inline constexpr std::string_view custom_properties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
inline constexpr std::string_view styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr std::string_view numbering = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
inline constexpr std::string_view settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
inline constexpr std::string_view header = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
inline constexpr std::string_view footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
inline constexpr std::string_view footnotes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
inline constexpr std::string_view endnotes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes";
inline constexpr std::string_view comments = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
inline constexpr std::string_view hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
inline constexpr std::string_view image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
inline constexpr std::string_view font_table = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
inline constexpr std::string_view theme = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
inline constexpr std::string_view web_settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings";
inline constexpr std::string_view custom_xml = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
}  // namespace rel

namespace content_type {
inline constexpr std::string_view relationships = "application/vnd.openxmlformats-package.relationships+xml";
inline constexpr std::string_view xml = "application/xml";
inline constexpr std::string_view main_document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
inline constexpr std::string_view template_document = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
inline constexpr std::string_view numbering = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
inline constexpr std::string_view styles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
inline constexpr std::string_view header = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
inline constexpr std::string_view footer = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
inline constexpr std::string_view footnotes = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";
inline constexpr std::string_view endnotes = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml";
inline constexpr std::string_view comments = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
inline constexpr std::string_view settings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
inline constexpr std::string_view core_properties = "application/vnd.openxmlformats-package.core-properties+xml";
inline constexpr std::string_view extended_properties = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
inline constexpr std::string_view custom_properties = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
}  // namespace content_type

}  // namespace docket::ooxml
