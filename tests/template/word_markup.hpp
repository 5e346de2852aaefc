#pragma once
// Word-like templates made in a test: WordprocessingML as Word writes it (runs with revision
// ids, tags split by spelling marks, bookmarks and formatting changes), put into the body of a
// package with Word's styles and lists (fixtures/templates/word-rich.docx).
#include <filesystem>
#include <string>
#include <vector>

namespace docket::test::word {

inline const std::string kSpellStart = "<w:proofErr w:type=\"spellStart\"/>";
inline const std::string kSpellEnd = "<w:proofErr w:type=\"spellEnd\"/>";
inline const std::string kBold = "<w:b/>";

/// A run of text; `rpr` is the inside of w:rPr ("" for none).
std::string run(const std::string& text, const std::string& rpr = "", const std::string& rsid = "00A1B2C3");
/// A paragraph of `content` (runs and other inline markup), with an optional style.
std::string para(const std::vector<std::string>& content, const std::string& style = "");
/// A paragraph holding one run of `text`.
std::string para(const std::string& text);
/// A bookmark around nothing, as Word leaves one inside a tag.
std::string bookmark(int id, const std::string& name);
/// A table cell of `paragraphs` (already made); `tcpr` goes into w:tcPr after the width.
std::string cell(const std::vector<std::string>& paragraphs, const std::string& tcpr = "");
/// A table row of cells.
std::string row(const std::vector<std::string>& cells);
/// A table of rows (already made), `columns` wide.
std::string table(const std::vector<std::string>& rows, int columns);

/// Writes a template whose body is `body`, followed by the section properties.
void write_template(const std::string& body, const std::filesystem::path& out);
/// Writes a template of one paragraph per line, each one run.
void write_lines(const std::vector<std::string>& lines, const std::filesystem::path& out);

}  // namespace docket::test::word
