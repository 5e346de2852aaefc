#pragma once
// An OPC package (a .docx) opened for reading and, optionally, rewriting. Parts that are not
// replaced are copied to the output as stored; replaced parts are written from bytes or
// streamed from a Producer; relationships that were touched are written last, after every
// part that could add to them has been produced.
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ooxml/content_types.hpp"
#include "ooxml/relationships.hpp"
#include "support/diagnostic.hpp"
#include "xml/document.hpp"
#include "zip/zip_reader.hpp"
#include "zip/zip_writer.hpp"

namespace docket::ooxml {

class Package {
 public:
  /// Opens a package. Throws IoError (unreadable, not a zip, no main document), UnsafeInput
  /// (refused by the zip limits, a DOCTYPE in a package part) and InvalidInput (Strict OOXML).
  static Package open(const std::filesystem::path& path, zip::Limits limits = {});
  static Package from_bytes(std::string bytes, std::string display_name, zip::Limits limits = {});

  Package(Package&&) noexcept;
  Package& operator=(Package&&) noexcept;
  ~Package();

  /// The file as the user named it, for messages.
  const std::string& file() const noexcept;
  /// The main document part, e.g. "word/document.xml".
  const std::string& main_document() const noexcept;

  /// Every part in stored order ([Content_Types].xml and folders left out).
  std::vector<std::string> part_names() const;
  bool has_part(std::string_view part) const;
  /// The part's stored bytes, inflated under the package's limits.
  std::string read_part(std::string_view part);
  /// Parses a part; well-formedness errors go to `diags` named "FILE: PART".
  std::optional<xml::Document> parse_part(std::string_view part, Diagnostics& diags);

  ContentTypes& content_types() noexcept;
  /// The relationships of a part ("" for the package), parsed on first use. Relationships
  /// asked for are rewritten on output (after every other part), so changes made while
  /// parts stream are kept.
  Relationships& relationships(std::string_view source_part);

  // Output side.
  void replace(std::string_view part, std::string bytes);
  /// Streams the part while the package is written. `late` parts are produced after every
  /// other part (for parts that others add to while they stream, such as numbering).
  void replace_stream(std::string_view part, zip::Producer producer, bool late = false);
  /// Adds a new part with its content type override.
  void add_part(std::string_view part, std::string_view content_type, std::string bytes);
  /// Removes a part, its relationships part and its content-type override.
  void remove_part(std::string_view part);

  /// Writes the package to `target` atomically ("-" for standard output). With `keep`, the
  /// package is kept only if it says yes once every part has been produced; returns whether
  /// the target was written.
  bool write(const std::filesystem::path& target, const std::function<bool()>& keep = {});

 private:
  struct Impl;
  explicit Package(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace docket::ooxml
