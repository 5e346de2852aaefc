#pragma once
// The tags (structure tree) of the PDF pack when PDF papers go into it: the tags LibreOffice
// made for a paper's stand-in pages are removed, and in their place goes a Sect for the paper
// holding the paper's own tags, or, for a paper without tags, one Figure per page described
// by the paper's title. Page and annotation keys into the parent tree are renumbered.
#include "data/pdf_file.hpp"  // first: qpdf's PointerHolder mode

#include <qpdf/QPDFObjectHandle.hh>

#include <optional>
#include <string>
#include <vector>

namespace docket::pack::detail {

class PackStructure {
 public:
  /// Reads the pack's structure tree; an untagged pack is left untagged.
  explicit PackStructure(QPDF& pack);

  /// Removes the tags of what is on these pages and adds an empty Sect titled `title` where
  /// the first of them was. Returns the Sect, or a null handle for an untagged pack.
  QPDFObjectHandle replace_pages(const std::vector<QPDFObjectHandle>& pages, const std::string& title);

  /// Whether `source` is a tagged PDF.
  static bool is_tagged(QPDF& source);
  /// Copies the tags of `source` under `sect`; its pages must already be copied into the pack
  /// (`copied[i]` being `source_pages[i]`).
  void graft(QPDF& source, const std::vector<QPDFObjectHandle>& source_pages,
             const std::vector<QPDFObjectHandle>& copied, QPDFObjectHandle sect);
  /// Tags a page whose content is one marked-content sequence (MCID 0) as a Figure with this
  /// alternative text.
  void add_figure(QPDFObjectHandle page, QPDFObjectHandle sect, const std::string& alt,
                  const QPDFObjectHandle::Rectangle& box);

 private:
  long long add_parent_entry(QPDFObjectHandle value);
  QPDF& pack_;
  QPDFObjectHandle root_;         // the pack's StructTreeRoot, or null
  QPDFObjectHandle parent_tree_;  // its ParentTree
  long long next_key_ = 0;
};

}  // namespace docket::pack::detail
