#include "pack/detail/merge_parts.hpp"

#include <algorithm>
#include <array>

#include "ooxml/names.hpp"
#include "ooxml/part_name.hpp"
#include "pack/detail/merge_bookmarks.hpp"
#include "xml/serialize.hpp"

namespace docket::pack::detail {

namespace {

constexpr std::string_view kEmptyTypes =
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

// Parts the pack writes itself, whatever the units call theirs.
constexpr std::array<std::string_view, 12> kPackOwn = {
    "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
    "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
    "word/fontTable.xml", "word/footnotes.xml", "word/endnotes.xml", "word/comments.xml"};

std::string extension_of(std::string_view name) {
  auto slash = name.rfind('/');
  auto dot = name.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return lower_ascii(name.substr(dot + 1));
}

}  // namespace

PackParts::PackParts() {
  Diagnostics ignored;
  types_ = ooxml::ContentTypes::parse(kEmptyTypes, "[Content_Types].xml", ignored);
  for (auto name : kPackOwn) names_.insert(lower_ascii(name));
}

std::string PackParts::unique_name(std::string_view wanted) {
  std::string name(wanted);
  const std::string ext = extension_of(wanted);
  const std::string stem(wanted.substr(0, wanted.size() - (ext.empty() ? 0 : ext.size() + 1)));
  for (int n = 2; names_.count(lower_ascii(name)); ++n) {
    name = stem + "-" + std::to_string(n) + (ext.empty() ? "" : "." + std::string(wanted.substr(stem.size() + 1)));
  }
  names_.insert(lower_ascii(name));
  return name;
}

std::string PackParts::numbered_name(std::string_view stem) {
  int& n = numbered_[std::string(stem)];
  std::string name;
  do {
    name = std::string(stem) + std::to_string(++n) + ".xml";
  } while (names_.count(lower_ascii(name)));
  names_.insert(lower_ascii(name));
  return name;
}

void PackParts::add(std::string name, std::string_view content_type, std::string bytes) {
  if (types_.type_of(name) != content_type) types_.set_override(name, content_type);
  parts_.push_back({std::move(name), std::move(bytes)});
}

void PackParts::add_copy(std::string name, std::string_view content_type, const zip::ZipReader& from,
                         const zip::Entry& entry) {
  const std::string ext = extension_of(name);
  if (!ext.empty() && !types_.has_default(ext)) types_.set_default(ext, content_type);
  else if (types_.type_of(name) != content_type) types_.set_override(name, content_type);
  parts_.push_back({std::move(name), {}, &from, &entry});
}

void PackParts::replace(std::string_view name, std::string bytes) {
  for (auto& p : parts_) {
    if (p.name != name) continue;
    p.bytes = std::move(bytes);
    p.from = nullptr;
    p.entry = nullptr;
  }
}

void PackParts::write_to(zip::ZipWriter& out) {
  for (auto& p : parts_) {
    if (p.from != nullptr) out.add_copy(*p.from, *p.entry, p.name);
    else out.add(p.name, std::move(p.bytes));
  }
}

std::string relationships_xml(const std::vector<ooxml::Relationship>& items) {
  std::string out(xml::kXmlDeclaration);
  out += "<Relationships xmlns=\"";
  out += ooxml::ns::package_rels;
  out += "\">";
  for (const auto& r : items) {
    out += "<Relationship Id=\"" + xml::escape_attribute(r.id) + "\" Type=\"" +
           xml::escape_attribute(r.type) + "\" Target=\"" + xml::escape_attribute(r.target) + "\"";
    if (r.external) out += " TargetMode=\"External\"";
    out += "/>";
  }
  return out + "</Relationships>";
}

std::string PartCopier::copy(const std::string& unit_part) {
  if (auto it = copied_.find(unit_part); it != copied_.end()) return it->second;
  const zip::Entry* entry = unit_.raw.find(unit_part);
  if (entry == nullptr) {
    diags_.add(unit_warning(unit_, "the document refers to a part it does not have, " + unit_part +
                                       "; the pack leaves it out",
                            "open the document in Word or LibreOffice and save it again", "pack.missing-part"));
    return {};
  }
  std::string name = parts_.unique_name(unit_part);
  copied_[unit_part] = name;  // before the relationships: parts may refer to each other
  std::string type = unit_.package.content_types().type_of(unit_part);
  parts_.add_copy(name, type.empty() ? "application/octet-stream" : type, unit_.raw, *entry);
  copy_relationships(unit_part, name);
  return name;
}

void PartCopier::copy_relationships(const std::string& unit_part, const std::string& pack_part) {
  const ooxml::Relationships& rels = unit_.package.relationships(unit_part);
  if (rels.all().empty()) return;
  std::vector<ooxml::Relationship> out;
  for (const auto& r : rels.all()) {
    ooxml::Relationship copy = r;
    if (!r.external) {
      std::string part = rels.target_part(r);
      std::string copied = part.empty() ? std::string() : this->copy(part);
      if (copied.empty()) continue;
      copy.target = ooxml::relative_target(pack_part, copied);
    }
    out.push_back(std::move(copy));
  }
  parts_.add(ooxml::rels_part_for(pack_part), ooxml::content_type::relationships, relationships_xml(out));
}

NameMap PartCopier::carry(const std::string& unit_part, ooxml::Relationships& into,
                          std::span<const std::string_view> skip) {
  NameMap ids;
  const ooxml::Relationships& rels = unit_.package.relationships(unit_part);
  for (const auto& r : rels.all()) {
    if (std::find(skip.begin(), skip.end(), r.type) != skip.end()) continue;
    if (r.external) {
      ids[r.id] = into.add(r.type, r.target, true);
      continue;
    }
    std::string part = rels.target_part(r);
    std::string copied = part.empty() ? std::string() : copy(part);
    if (!copied.empty()) ids[r.id] = into.add(r.type, ooxml::relative_target(into.source_part(), copied));
  }
  return ids;
}

}  // namespace docket::pack::detail
