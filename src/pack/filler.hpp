#pragma once
// A filler page ("This page is intentionally left blank") as a one-page document, placed in
// the PDF route before an item that would otherwise start on an even page.
#include <filesystem>
#include <string>

namespace docket::pack {

/// Writes a one-page A4 document whose only text is `text`, centred on the page.
void write_filler_page(const std::filesystem::path& out, const std::string& text, const std::string& language);

}  // namespace docket::pack
