#pragma once
// OPC part names: zip entry names without the leading slash ("word/document.xml").
#include <string>
#include <string_view>

namespace docket::ooxml {

/// The relationships part of a part: "word/document.xml" → "word/_rels/document.xml.rels";
/// the package itself ("") → "_rels/.rels".
std::string rels_part_for(std::string_view part);

/// Resolves a relationship target against its source part: ("word/document.xml",
/// "media/image1.png") → "word/media/image1.png"; absolute targets ("/word/x.xml") are taken
/// from the package root; %-escapes are decoded. Returns "" for a target that leaves the
/// package (too many "..").
std::string resolve_target(std::string_view source_part, std::string_view target);

/// A relative target from `source_part` to `part`, as Word writes them.
std::string relative_target(std::string_view source_part, std::string_view part);

/// The folder of a part ("word/document.xml" → "word/").
std::string_view folder_of(std::string_view part);

}  // namespace docket::ooxml
