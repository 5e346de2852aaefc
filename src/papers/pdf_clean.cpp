// Cleaning PDF papers for a public pack. The pack takes only a paper's pages, so what hangs
// off the document catalog (information, metadata, attachments, scripts, forms, outlines) never
// reaches it; what hangs off pages (annotations, actions, metadata, hidden layers) is cleaned
// here, and the cleaned file itself carries none of either.
#include "papers/pdf_clean.hpp"

#include "data/pdf_file.hpp"  // first: qpdf's PointerHolder mode

#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>
#include <set>

#include "papers/detail/pdf_hidden_layers.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"

namespace docket::papers {

namespace {

bool is_name(QPDFObjectHandle h, const char* name) { return h.isName() && h.getName() == name; }

// A link the public may follow: to a web or mail address, or to a place in the paper.
bool safe_link(QPDFObjectHandle link) {
  auto action = link.getKey("/A");
  if (action.isNull()) return link.hasKey("/Dest");
  if (!action.isDictionary() || action.hasKey("/Next")) return false;
  auto kind = action.getKey("/S");
  if (is_name(kind, "/GoTo")) return true;
  if (!is_name(kind, "/URI") || !action.getKey("/URI").isString()) return false;
  const std::string uri = action.getKey("/URI").getStringValue();
  for (const char* scheme : {"http://", "https://", "mailto:"}) {
    if (uri.size() >= std::string(scheme).size() && std::equal(scheme, scheme + std::string(scheme).size(), uri.begin(),
                                                                 [](char a, char b) { return a == std::tolower(b); })) {
      return true;
    }
  }
  return false;
}

// Annotations whose only point is what they hide (a note's text, a file, a sound).
bool shows_nothing_itself(QPDFObjectHandle annot) {
  auto subtype = annot.getKey("/Subtype");
  for (const char* kind : {"/Text", "/Popup", "/FileAttachment", "/Sound", "/Movie", "/Screen", "/RichMedia", "/3D"}) {
    if (is_name(subtype, kind)) return true;
  }
  return false;
}

// Removes those before the rest are flattened into their pages.
void remove_unseen_annotations(QPDF& pdf, std::set<QPDFObjGen>& removed) {
  for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    auto annots = page.getObjectHandle().getKey("/Annots");
    if (!annots.isArray()) continue;
    for (int i = annots.getArrayNItems() - 1; i >= 0; --i) {
      auto a = annots.getArrayItem(i);
      if (a.isDictionary() && !shows_nothing_itself(a)) continue;
      if (a.isIndirect()) removed.insert(a.getObjGen());
      annots.eraseItem(i);
    }
  }
}

// Removes these keys from every dictionary in the file, and replaces references to removed
// objects with null so that nothing reaches them and the writer leaves them out.
void scrub(QPDF& pdf, const std::set<std::string>& keys, const std::set<QPDFObjGen>& removed) {
  std::function<void(QPDFObjectHandle)> visit = [&](QPDFObjectHandle h) {
    if (h.isDictionary()) {
      for (const auto& key : h.getKeys()) {
        auto v = h.getKey(key);
        if (keys.count(key) || (v.isIndirect() && removed.count(v.getObjGen()))) h.removeKey(key);
        else if (!v.isIndirect()) visit(v);
      }
    } else if (h.isArray()) {
      for (int i = h.getArrayNItems() - 1; i >= 0; --i) {
        auto v = h.getArrayItem(i);
        if (v.isIndirect() && removed.count(v.getObjGen())) h.setArrayItem(i, QPDFObjectHandle::newNull());
        else if (!v.isIndirect()) visit(v);
      }
    }
  };
  for (auto& object : pdf.getAllObjects()) visit(object.isStream() ? object.getDict() : object);
}

// Form fields: their visible values become part of the page when it is flattened; a field
// with a value but nothing showing it is an error, as its value would be lost or kept hidden.
bool check_forms(QPDF& pdf, const std::string& label, Diagnostics& diags) {
  QPDFAcroFormDocumentHelper forms(pdf);
  if (!forms.hasAcroForm()) return true;
  forms.generateAppearancesIfNeeded();
  for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    for (auto& widget : forms.getWidgetAnnotationsForPage(page)) {
      if ((widget.getFlags() & (an_hidden | an_invisible)) != 0) continue;  // not shown: removed with the form
      auto field = forms.getFieldForAnnotation(widget);
      if (!field.getValueAsString().empty() && !widget.getAppearanceStream("/N").isStream()) {
        diags.error(label + " has a form field (" + field.getFullyQualifiedName() +
                        ") whose value docket cannot flatten into the page for publication",
                    "fill in and print the form to a new PDF (File › Print › Save as PDF), and name that file instead",
                    "papers.pdf-form");
        return false;
      }
    }
  }
  return true;
}

// Links kept by a public paper, taken off their pages while the other annotations are
// flattened (qpdf's flattening drops annotations that have no appearance, as links have none).
std::vector<std::pair<QPDFObjectHandle, std::vector<QPDFObjectHandle>>> take_links(QPDF& pdf, std::set<QPDFObjGen>& removed) {
  std::vector<std::pair<QPDFObjectHandle, std::vector<QPDFObjectHandle>>> links;
  for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    auto annots = page.getObjectHandle().getKey("/Annots");
    if (!annots.isArray()) continue;
    std::vector<QPDFObjectHandle> kept;
    for (int i = annots.getArrayNItems() - 1; i >= 0; --i) {
      auto a = annots.getArrayItem(i);
      if (!a.isDictionary() || !is_name(a.getKey("/Subtype"), "/Link")) continue;
      if (safe_link(a)) {
        a.removeKey("/AP");
        kept.insert(kept.begin(), a);
      } else if (a.isIndirect()) {
        removed.insert(a.getObjGen());
      }
      annots.eraseItem(i);
    }
    links.emplace_back(page.getObjectHandle(), std::move(kept));
  }
  return links;
}

// What annotations other than links show (highlights, stamps, form values) becomes part of
// their pages; the annotations go.
void flatten_annotations(QPDF& pdf, std::set<QPDFObjGen>& removed) {
  auto links = take_links(pdf, removed);
  for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    auto annots = page.getObjectHandle().getKey("/Annots");
    if (!annots.isArray()) continue;
    for (auto& a : annots.getArrayAsVector()) {
      if (a.isIndirect()) removed.insert(a.getObjGen());
    }
  }
  QPDFPageDocumentHelper(pdf).flattenAnnotations();
  for (auto& [page, kept] : links) {
    if (!kept.empty()) page.replaceKey("/Annots", QPDFObjectHandle::newArray(kept));
    else page.removeKey("/Annots");
  }
}

// The document's information, metadata, scripts, attachments, forms and outline.
void strip_catalog(QPDF& pdf) {
  auto root = pdf.getRoot();
  for (const char* key : {"/Metadata", "/OpenAction", "/AA", "/AcroForm", "/Outlines", "/AF", "/Collection",
                          "/PieceInfo", "/SpiderInfo", "/Threads", "/Perms", "/Legal", "/Requirements"}) {
    root.removeKey(key);
  }
  auto names = root.getKey("/Names");
  if (names.isDictionary()) {
    auto dests = names.getKey("/Dests");  // named places in the paper: its links need them
    names = QPDFObjectHandle::newDictionary();
    if (!dests.isNull()) names.replaceKey("/Dests", dests);
    root.replaceKey("/Names", names);
  }
  pdf.getTrailer().removeKey("/Info");
}

}  // namespace

bool clean_pdf(const std::filesystem::path& in, const std::filesystem::path& out, const std::string& label,
               Diagnostics& diags) {
  AtomicFile target(out);
  try {
    QPDF pdf;
    data::open_pdf(pdf, in);
    if (detail::remove_hidden_layers(pdf)) {
      diags.warning(label + " has hidden layers (optional content switched off); docket has left what they hold out "
                        "of the public pack",
                    "check that the paper's pages in the pack show what they should", "papers.pdf-hidden-layers");
    }
    std::set<QPDFObjGen> removed;
    remove_unseen_annotations(pdf, removed);
    if (!check_forms(pdf, label, diags)) return false;
    flatten_annotations(pdf, removed);
    strip_catalog(pdf);
    scrub(pdf, {"/Metadata", "/PieceInfo", "/AA", "/AF", "/Thumb", "/LastModified"}, removed);
    QPDFWriter w(pdf, target.temp_path().c_str());
    w.setDeterministicID(true);
    w.setPreserveEncryption(false);
    w.write();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw IoError("cannot clean " + in.string() + " for publication: " + e.what(),
                  "open it and save or print it to a new PDF", in.string());
  }
  target.commit();
  return true;
}

}  // namespace docket::papers
