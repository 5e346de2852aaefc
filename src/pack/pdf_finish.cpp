#include "pack/pdf_finish.hpp"

// We use no PointerHolder; level 4 keeps qpdf from defining it (and from warning).
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QUtil.hh>

#include <cctype>

#include "support/atomic_file.hpp"
#include "support/error.hpp"

namespace docket::pack {

namespace {

QPDFObjectHandle make_items(QPDF& pdf, const std::vector<QPDFPageObjectHelper>& pages, QPDFObjectHandle parent,
                            const std::vector<OutlineEntry>& entries) {
  std::vector<QPDFObjectHandle> made;
  for (const auto& e : entries) {
    auto item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(e.title));
    item.replaceKey("/Parent", parent);
    const auto index = static_cast<std::size_t>(std::clamp(e.page, 1, static_cast<int>(pages.size())) - 1);
    auto dest = QPDFObjectHandle::newArray();
    dest.appendItem(pages[index].getObjectHandle());
    dest.appendItem(QPDFObjectHandle::newName("/Fit"));
    item.replaceKey("/Dest", dest);
    if (!e.children.empty()) make_items(pdf, pages, item, e.children);
    made.push_back(item);
  }
  for (std::size_t i = 0; i < made.size(); ++i) {
    if (i > 0) made[i].replaceKey("/Prev", made[i - 1]);
    if (i + 1 < made.size()) made[i].replaceKey("/Next", made[i + 1]);
  }
  if (!made.empty()) {
    parent.replaceKey("/First", made.front());
    parent.replaceKey("/Last", made.back());
    parent.replaceKey("/Count", QPDFObjectHandle::newInteger(static_cast<long long>(made.size())));
  }
  return parent;
}

// LibreOffice writes a bookmark's destination name with every character but letters, digits
// and '-' as two hex digits ("item_5" becomes "item5F5").
std::string destination_name(const std::string& bookmark) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : bookmark) {
    if (std::isalnum(c) || c == '-') {
      out += static_cast<char>(c);
    } else {
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace

std::map<std::string, int> pdf_bookmark_pages(const std::filesystem::path& pdf, const std::vector<std::string>& names) {
  try {
    QPDF q;
    q.processFile(pdf.c_str());
    std::map<QPDFObjGen, int> page_of;
    int n = 0;
    for (auto& page : QPDFPageDocumentHelper(q).getAllPages()) page_of[page.getObjectHandle().getObjGen()] = ++n;
    auto dests = q.getRoot().getKey("/Dests");
    std::map<std::string, int> out;
    if (!dests.isDictionary()) return out;
    for (const auto& name : names) {
      auto dest = dests.getKey("/" + destination_name(name));
      if (dest.isDictionary()) dest = dest.getKey("/D");
      if (!dest.isArray() || dest.getArrayNItems() < 1) continue;
      auto it = page_of.find(dest.getArrayItem(0).getObjGen());
      if (it != page_of.end()) out[name] = it->second;
    }
    return out;
  } catch (const std::exception& e) {
    throw IoError("cannot read the PDF " + pdf.string() + ": " + e.what());
  }
}

int pdf_page_count(const std::filesystem::path& pdf) {
  try {
    QPDF q;
    q.processFile(pdf.c_str());
    return static_cast<int>(QPDFPageDocumentHelper(q).getAllPages().size());
  } catch (const std::exception& e) {
    throw IoError("cannot read the PDF " + pdf.string() + ": " + e.what());
  }
}

void finish_pdf(const std::filesystem::path& in, const std::filesystem::path& out,
                const std::vector<OutlineEntry>& outline) {
  AtomicFile target(out);
  try {
    QPDF q;
    q.processFile(in.c_str());
    auto pages = QPDFPageDocumentHelper(q).getAllPages();
    auto root = q.getRoot();
    auto outlines = q.makeIndirectObject(QPDFObjectHandle::newDictionary());
    outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
    make_items(q, pages, outlines, outline);
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
    auto info = q.getTrailer().getKey("/Info");
    if (info.isDictionary()) {
      info.removeKey("/CreationDate");
      info.removeKey("/ModDate");
    }
    // LibreOffice writes a random file identifier and a checksum of its own; the identifier is
    // made from the content instead, so the same pack gives the same file.
    q.getTrailer().removeKey("/ID");
    q.getTrailer().removeKey("/DocChecksum");
    QPDFWriter w(q, target.temp_path().c_str());
    w.setDeterministicID(true);
    w.write();
  } catch (const std::exception& e) {
    throw IoError("cannot finish the PDF " + out.string() + ": " + e.what());
  }
  target.commit();
}

}  // namespace docket::pack
