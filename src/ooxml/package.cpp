#include "ooxml/package.hpp"

#include <algorithm>
#include <set>

#include "ooxml/names.hpp"
#include "ooxml/part_name.hpp"
#include "support/error.hpp"
#include "zip/entry_name.hpp"

namespace docket::ooxml {

namespace {
constexpr std::string_view kContentTypesPart = "[Content_Types].xml";

struct Replacement {
  std::string bytes;
  zip::Producer producer;
  bool late = false;
};
}  // namespace

struct Package::Impl {
  zip::ZipReader zip;
  ContentTypes content_types;
  std::string main_document;
  std::map<std::string, Relationships> rels;         // folded source part → relationships
  std::map<std::string, Replacement> replacements;   // folded part → new content
  std::vector<std::string> added;                    // new parts, in order of adding
  std::set<std::string> removed;                     // folded part names

  explicit Impl(zip::ZipReader z) : zip(std::move(z)) {}
};

Package::Package(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
  Impl& d = *impl_;
  const std::string& file = d.zip.display_name();
  const zip::Entry* ct = d.zip.find(kContentTypesPart);
  if (ct == nullptr) {
    throw IoError(file + " is not a Word document: it has no [Content_Types].xml",
                  "check that the file is a .docx saved by Word or LibreOffice", file);
  }
  Diagnostics diags;
  d.content_types = ContentTypes::parse(d.zip.read(*ct), file, diags);
  Relationships& package_rels = relationships("");
  if (diags.has_errors()) {
    throw IoError(to_text(diags.items().front()),
                  "the package structure is damaged; save the document again", file);
  }
  if (package_rels.first_of_type(rel::strict_office_document) != nullptr) {
    throw InvalidInput(file + " is saved as Strict Open XML, which docket does not read",
                       "in Word, save it with File › Save As › Word Document (*.docx)", file);
  }
  const Relationship* main = package_rels.first_of_type(rel::office_document);
  if (main == nullptr || !has_part(package_rels.target_part(*main))) {
    throw IoError(file + " is not a Word document: it has no main document part",
                  "check that the file is a .docx saved by Word or LibreOffice", file);
  }
  d.main_document = d.zip.find(package_rels.target_part(*main))->name;
  // Reading the package relationships is not a change: copy them as stored unless edited.
  if (!package_rels.modified()) d.rels.erase("");
}

Package Package::open(const std::filesystem::path& path, zip::Limits limits) {
  return Package(std::make_unique<Impl>(zip::ZipReader::open(path, limits)));
}

Package Package::from_bytes(std::string bytes, std::string display_name, zip::Limits limits) {
  return Package(std::make_unique<Impl>(
      zip::ZipReader::from_bytes(std::move(bytes), std::move(display_name), limits)));
}

Package::Package(Package&&) noexcept = default;
Package& Package::operator=(Package&&) noexcept = default;
Package::~Package() = default;

const std::string& Package::file() const noexcept { return impl_->zip.display_name(); }
const std::string& Package::main_document() const noexcept { return impl_->main_document; }
ContentTypes& Package::content_types() noexcept { return impl_->content_types; }

std::vector<std::string> Package::part_names() const {
  std::vector<std::string> names;
  for (const auto& e : impl_->zip.entries()) {
    if (e.is_directory || e.name == kContentTypesPart) continue;
    if (impl_->removed.count(zip::fold_case(e.name))) continue;
    names.push_back(e.name);
  }
  for (const auto& a : impl_->added) names.push_back(a);
  return names;
}

bool Package::has_part(std::string_view part) const {
  auto folded = zip::fold_case(part);
  if (impl_->removed.count(folded)) return false;
  if (impl_->zip.find(part) != nullptr) return true;
  return std::any_of(impl_->added.begin(), impl_->added.end(),
                     [&](const auto& a) { return zip::fold_case(a) == folded; });
}

std::string Package::read_part(std::string_view part) {
  auto it = impl_->replacements.find(zip::fold_case(part));
  if (it != impl_->replacements.end() && !it->second.producer) return it->second.bytes;
  return impl_->zip.read(part);
}

std::optional<xml::Document> Package::parse_part(std::string_view part, Diagnostics& diags) {
  return xml::parse(read_part(part), file() + ": " + std::string(part), diags);
}

Relationships& Package::relationships(std::string_view source_part) {
  auto key = zip::fold_case(source_part);
  auto it = impl_->rels.find(key);
  if (it != impl_->rels.end()) return it->second;
  std::string rels_part = rels_part_for(source_part);
  Relationships rels{std::string(source_part)};
  if (has_part(rels_part)) {
    Diagnostics diags;
    rels = Relationships::parse(read_part(rels_part), std::string(source_part), file(), diags);
    if (diags.has_errors()) {
      throw IoError(to_text(diags.items().front()),
                    "the package structure is damaged; save the document again", file());
    }
  }
  return impl_->rels.emplace(key, std::move(rels)).first->second;
}

void Package::replace(std::string_view part, std::string bytes) {
  impl_->replacements[zip::fold_case(part)] = Replacement{std::move(bytes), {}, false};
}

void Package::replace_stream(std::string_view part, zip::Producer producer, bool late) {
  impl_->replacements[zip::fold_case(part)] = Replacement{{}, std::move(producer), late};
}

void Package::add_part(std::string_view part, std::string_view content_type, std::string bytes) {
  impl_->removed.erase(zip::fold_case(part));
  if (impl_->zip.find(part) == nullptr) impl_->added.emplace_back(part);
  impl_->content_types.set_override(part, content_type);
  replace(part, std::move(bytes));
}

void Package::remove_part(std::string_view part) {
  auto folded = zip::fold_case(part);
  impl_->removed.insert(folded);
  impl_->removed.insert(zip::fold_case(rels_part_for(part)));
  impl_->replacements.erase(folded);
  impl_->rels.erase(folded);
  impl_->content_types.remove_override(part);
  impl_->added.erase(std::remove_if(impl_->added.begin(), impl_->added.end(),
                                    [&](const auto& a) { return zip::fold_case(a) == folded; }),
                     impl_->added.end());
}

bool Package::write(const std::filesystem::path& target, const std::function<bool()>& keep) {
  Impl& d = *impl_;
  zip::ZipWriter out(target);
  out.add(std::string(kContentTypesPart), d.content_types.to_xml());

  std::set<std::string> rewritten_rels;
  for (const auto& [key, rels] : d.rels) rewritten_rels.insert(zip::fold_case(rels_part_for(rels.source_part())));

  std::vector<std::pair<std::string, Replacement*>> late;
  for (const auto& name : part_names()) {
    auto folded = zip::fold_case(name);
    if (rewritten_rels.count(folded)) continue;  // written at the end
    auto it = d.replacements.find(folded);
    if (it == d.replacements.end()) {
      const zip::Entry& entry = *d.zip.find(name);
      d.zip.check_claimed_size(entry);
      out.add_copy(d.zip, entry, name);
    } else if (it->second.late) {
      late.emplace_back(name, &it->second);
    } else if (it->second.producer) {
      out.add_stream(name, std::move(it->second.producer));
    } else {
      out.add(name, std::move(it->second.bytes));
    }
  }
  for (auto& [name, rep] : late) {
    if (rep->producer) out.add_stream(name, std::move(rep->producer));
    else out.add(name, std::move(rep->bytes));
  }
  for (auto& [key, rels] : d.rels) {
    if (rels.all().empty() && !has_part(rels_part_for(rels.source_part()))) continue;
    Relationships* r = &rels;
    out.add_stream(rels_part_for(rels.source_part()),
                   [r](ByteSink& sink) { sink.write(r->to_xml()); });
  }
  return out.commit(keep);
}

}  // namespace docket::ooxml
