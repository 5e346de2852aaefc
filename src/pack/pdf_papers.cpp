#include "pack/pdf_papers.hpp"

#include "data/pdf_file.hpp"  // first: qpdf's PointerHolder mode

#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>
#include <map>
#include <memory>

#include "pack/detail/pdf_stamp.hpp"
#include "pack/detail/pdf_structure.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"

namespace docket::pack {

namespace {

using detail::PackStructure;

// Replaces references to the stand-in pages (LibreOffice's named destinations for the
// bookmark at a paper's start, links to it) with the paper's pages, in every object.
void redirect(QPDF& pdf, const std::map<QPDFObjGen, QPDFObjectHandle>& to) {
  std::function<void(QPDFObjectHandle)> visit = [&](QPDFObjectHandle h) {
    auto swap = [&](QPDFObjectHandle item, auto&& set) {
      if (item.isIndirect()) {
        auto it = to.find(item.getObjGen());
        if (it != to.end()) set(it->second);
      } else if (item.isDictionary() || item.isArray()) {
        visit(item);
      }
    };
    if (h.isArray()) {
      for (int i = 0; i < h.getArrayNItems(); ++i) {
        swap(h.getArrayItem(i), [&](QPDFObjectHandle v) { h.setArrayItem(i, v); });
      }
    } else if (h.isDictionary()) {
      for (const auto& key : h.getKeys()) {
        swap(h.getKey(key), [&](QPDFObjectHandle v) { h.replaceKey(key, v); });
      }
    }
  };
  for (auto& object : pdf.getAllObjects()) {
    if (to.count(object.getObjGen())) continue;
    visit(object.isStream() ? object.getDict() : object);
  }
}

void place_paper(QPDF& pack, QPDF& paper, const PdfPaperPlace& place, PackStructure& structure, QPDFObjectHandle font,
                 const PackFooter& footer, std::map<QPDFObjGen, QPDFObjectHandle>& replaced, Diagnostics& diags) {
  paper.pushInheritedAttributesToPage();
  std::vector<QPDFObjectHandle> paper_pages;
  for (auto& p : QPDFPageDocumentHelper(paper).getAllPages()) paper_pages.push_back(p.getObjectHandle());
  const auto& pack_pages = pack.getAllPages();
  const int total = static_cast<int>(pack_pages.size());  // the stand-ins are as many as the pages
  if (static_cast<int>(paper_pages.size()) != place.pages || place.first_page < 1 ||
      place.first_page - 1 + place.pages > static_cast<int>(pack_pages.size())) {
    throw IoError("the PDF pack has no room for " + place.label + " where its pages were planned",
                  "check that LibreOffice opens the pack's documents alone");
  }
  const std::vector<QPDFObjectHandle> stand_ins(pack_pages.begin() + (place.first_page - 1),
                                                pack_pages.begin() + (place.first_page - 1 + place.pages));
  const bool tagged = PackStructure::is_tagged(paper);
  auto sect = structure.replace_pages(stand_ins, place.title);
  std::vector<QPDFObjectHandle> copied;
  for (int i = 0; i < place.pages; ++i) {
    pack.addPageAt(paper_pages[static_cast<std::size_t>(i)], true, stand_ins.front());
    auto page = pack.getAllPages()[static_cast<std::size_t>(place.first_page - 1 + i)];
    page.removeKey("/AA");  // actions run on opening a page have no place in a pack
    if (page.hasKey("/Annots")) page.replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
    copied.push_back(page);
    replaced[stand_ins[static_cast<std::size_t>(i)].getObjGen()] = page;
  }
  if (tagged) structure.graft(paper, paper_pages, copied, sect);
  for (int i = 0; i < place.pages; ++i) {
    QPDFPageObjectHelper page(copied[static_cast<std::size_t>(i)]);
    detail::wrap_page_content(pack, page, !tagged);
    if (!tagged) {
      structure.add_figure(copied[static_cast<std::size_t>(i)], sect,
                           place.title + ", page " + std::to_string(i + 1) + " of " + std::to_string(place.pages),
                           detail::visible_box(page));
    }
    detail::stamp_page(pack, page, {footer.line(place.first_page + i, total), place.banner}, font);
  }
  for (const auto& stand_in : stand_ins) pack.removePage(stand_in);
  if (!tagged) {
    diags.warning(place.label + " is a PDF without tags, so screen readers read each of its pages in the PDF pack "
                      "only as \"" + place.title + ", page N\"",
                  "ask the sender for a tagged PDF (in Word: File › Save As › PDF, with \"Document structure tags for "
                  "accessibility\" ticked)",
                  "pack.pdf-untagged");
  }
}

}  // namespace

int pdf_paper_pages(const std::filesystem::path& pdf) {
  QPDF q;
  data::open_pdf(q, pdf);
  return static_cast<int>(QPDFPageDocumentHelper(q).getAllPages().size());
}

void insert_pdf_papers(const std::filesystem::path& pack, const std::vector<PdfPaperPlace>& places,
                       const PackFooter& footer, const std::filesystem::path& out, Diagnostics& diags) {
  AtomicFile target(out);
  // The papers must outlive the pack's writing: their streams are copied then.
  std::vector<std::unique_ptr<QPDF>> papers;
  try {
    QPDF q;
    q.setSuppressWarnings(true);
    q.processFile(pack.c_str());
    PackStructure structure(q);
    const auto font = places.empty() ? QPDFObjectHandle::newNull() : detail::stamp_font(q);
    std::map<QPDFObjGen, QPDFObjectHandle> replaced;
    // Each paper takes exactly as many pages as its stand-ins, so later places stay put.
    for (const auto& place : places) {
      auto& paper = *papers.emplace_back(std::make_unique<QPDF>());
      data::open_pdf(paper, place.pdf);
      place_paper(q, paper, place, structure, font, footer, replaced, diags);
    }
    redirect(q, replaced);
    QPDFWriter w(q, target.temp_path().c_str());
    w.setDeterministicID(true);
    w.write();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw IoError("cannot put the PDF papers into the PDF pack: " + std::string(e.what()));
  }
  target.commit();
}

}  // namespace docket::pack
