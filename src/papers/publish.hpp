#pragma once
/// Cleaning a Word document for publication. What an officer left in a draft must not reach
/// the public: tracked changes are accepted (insertions and moves kept, deletions and the
/// text moved away dropped, formatting changes settled), comments and everything about them
/// go, hidden text goes, and so do personal metadata (author, last editor, last printed,
/// company, manager, template, custom properties, the thumbnail), custom XML data and
/// document variables. Image descriptions stay: they are the pictures' alt text. Every part
/// that can hold text is cleaned: the document, its headers, footers, footnotes and endnotes.
#include <filesystem>

#include "ooxml/package.hpp"
#include "support/diagnostic.hpp"

namespace docket::papers {

/// Cleans the package; the changes take effect when it is written. Parts that are not
/// well-formed are reported to `diags` and left out of the cleaning (their text would then
/// be published as it is: the caller should not publish a package with errors).
///
/// Example:
///   auto package = ooxml::Package::open("draft.docx");
///   papers::clean_for_publication(package, diags);
///   if (!diags.has_errors()) package.write("public.docx");
void clean_for_publication(ooxml::Package& package, Diagnostics& diags);

/// Opens `in`, cleans it and writes `out` atomically. Returns false, writing nothing, when a
/// part could not be cleaned (the problems are in diags). Throws what Package::open and
/// Package::write throw.
bool clean_docx(const std::filesystem::path& in, const std::filesystem::path& out, Diagnostics& diags);

}  // namespace docket::papers
