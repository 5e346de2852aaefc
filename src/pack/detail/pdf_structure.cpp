#include "pack/detail/pdf_structure.hpp"

#include <qpdf/QPDFNumberTreeObjectHelper.hh>

#include <map>

namespace docket::pack::detail {

namespace {

using Number = QPDFNumberTreeObjectHelper::numtree_number;

std::vector<QPDFObjectHandle> kids_of(QPDFObjectHandle element) {
  auto k = element.getKey("/K");
  if (k.isArray()) return k.getArrayAsVector();
  if (k.isNull()) return {};
  return {k};
}

QPDFObjectHandle kids_array(QPDFObjectHandle element) {
  auto k = element.getKey("/K");
  if (!k.isArray()) {
    auto array = QPDFObjectHandle::newArray();
    if (!k.isNull()) array.appendItem(k);
    element.replaceKey("/K", array);
    k = array;
  }
  return k;
}

int index_in_parent(QPDFObjectHandle parent, QPDFObjectHandle element) {
  auto kids = kids_array(parent);
  for (int i = 0; i < kids.getArrayNItems(); ++i) {
    if (kids.getArrayItem(i).getObjGen() == element.getObjGen()) return i;
  }
  return -1;
}

// The pack's copy of the paper's object `h`. qpdf 11.3 (Debian 12's) copies an object that
// calls itself a page tree node (/Type /Pages) as an empty handle that crashes the program
// when the pack is freed (qpdf issue 1011, fixed in 11.6): such an object has no place in a
// paper's structure, and becomes null, as later qpdf makes it.
QPDFObjectHandle copy_foreign(QPDF& pack, QPDFObjectHandle h) {
  if (h.isDictionaryOfType("/Pages")) return QPDFObjectHandle::newNull();
  return pack.copyForeignObject(h);
}

// Adds the names of `from`'s map (RoleMap, ClassMap) that `to`'s lacks.
void merge_map(QPDFObjectHandle to_root, QPDFObjectHandle from_root, const std::string& key, QPDF& pack) {
  auto from = from_root.getKey(key);
  if (!from.isDictionary()) return;
  auto to = to_root.getKey(key);
  if (!to.isDictionary()) {
    to = QPDFObjectHandle::newDictionary();
    to_root.replaceKey(key, to);
  }
  for (const auto& name : from.getKeys()) {
    if (to.hasKey(name)) continue;
    auto value = from.getKey(name);
    to.replaceKey(name, value.isIndirect() ? copy_foreign(pack, value) : value.shallowCopy());
  }
}

}  // namespace

PackStructure::PackStructure(QPDF& pack) : pack_(pack) {
  root_ = pack.getRoot().getKey("/StructTreeRoot");
  if (!root_.isDictionary()) {
    root_ = QPDFObjectHandle::newNull();
    return;
  }
  parent_tree_ = root_.getKey("/ParentTree");
  if (!parent_tree_.isDictionary()) {
    parent_tree_ = pack.makeIndirectObject(QPDFNumberTreeObjectHelper::newEmpty(pack).getObjectHandle());
    root_.replaceKey("/ParentTree", parent_tree_);
  }
  QPDFNumberTreeObjectHelper tree(parent_tree_, pack);
  next_key_ = tree.begin() == tree.end() ? 0 : tree.getMax() + 1;
  auto declared = root_.getKey("/ParentTreeNextKey");
  if (declared.isInteger()) next_key_ = std::max<long long>(next_key_, declared.getIntValue());
}

long long PackStructure::add_parent_entry(QPDFObjectHandle value) {
  QPDFNumberTreeObjectHelper(parent_tree_, pack_).insert(next_key_, value);
  root_.replaceKey("/ParentTreeNextKey", QPDFObjectHandle::newInteger(next_key_ + 1));
  return next_key_++;
}

QPDFObjectHandle PackStructure::replace_pages(const std::vector<QPDFObjectHandle>& pages, const std::string& title) {
  if (root_.isNull()) return root_;
  QPDFNumberTreeObjectHelper tree(parent_tree_, pack_);
  std::vector<QPDFObjectHandle> removed;
  for (auto page : pages) {
    auto key = page.getKey("/StructParents");
    QPDFObjectHandle value;
    if (!key.isInteger() || !tree.findObject(key.getIntValue(), value)) continue;
    for (auto element : value.isArray() ? value.getArrayAsVector() : std::vector<QPDFObjectHandle>{value}) {
      if (element.isDictionary()) removed.push_back(element);
    }
    tree.remove(key.getIntValue());
    page.removeKey("/StructParents");
  }
  // The Sect goes where the stand-in's first tag was; without one, at the end of the document.
  QPDFObjectHandle parent = root_;
  int at = -1;
  if (!removed.empty() && removed.front().getKey("/P").isDictionary()) {
    parent = removed.front().getKey("/P");
    at = index_in_parent(parent, removed.front());
  }
  if (at < 0 && parent.getObjGen() == root_.getObjGen()) {
    auto kids = kids_of(root_);
    if (kids.size() == 1 && kids.front().isDictionary()) parent = kids.front();  // the Document element
  }
  for (auto element : removed) {
    auto p = element.getKey("/P");
    if (!p.isDictionary()) continue;
    const int i = index_in_parent(p, element);
    if (i >= 0) kids_array(p).eraseItem(i);
  }
  auto sect = pack_.makeIndirectObject(QPDFObjectHandle::newDictionary());
  sect.replaceKey("/Type", QPDFObjectHandle::newName("/StructElem"));
  sect.replaceKey("/S", QPDFObjectHandle::newName("/Sect"));
  sect.replaceKey("/T", QPDFObjectHandle::newUnicodeString(title));
  sect.replaceKey("/P", parent);
  sect.replaceKey("/K", QPDFObjectHandle::newArray());
  auto kids = kids_array(parent);
  if (at >= 0 && at <= kids.getArrayNItems()) kids.insertItem(at, sect);
  else kids.appendItem(sect);
  return sect;
}

bool PackStructure::is_tagged(QPDF& source) {
  auto root = source.getRoot();
  auto tree = root.getKey("/StructTreeRoot");
  auto marked = root.getKey("/MarkInfo").isDictionary() ? root.getKey("/MarkInfo").getKey("/Marked")
                                                          : QPDFObjectHandle::newNull();
  return tree.isDictionary() && !tree.getKey("/K").isNull() && tree.getKey("/ParentTree").isDictionary() &&
         marked.isBool() && marked.getBoolValue();
}

void PackStructure::graft(QPDF& source, const std::vector<QPDFObjectHandle>& source_pages,
                          const std::vector<QPDFObjectHandle>& copied, QPDFObjectHandle sect) {
  if (root_.isNull() || sect.isNull()) return;
  auto src_root = source.getRoot().getKey("/StructTreeRoot");
  auto kids = kids_of(src_root);
  if (kids.size() == 1 && kids.front().isDictionary() && kids.front().getKey("/S").isName() &&
      kids.front().getKey("/S").getName() == "/Document") {
    kids = kids_of(kids.front());  // the paper's Document element: the pack has its own
  }
  auto sect_kids = kids_array(sect);
  for (auto kid : kids) {
    if (!kid.isDictionary() || !kid.isIndirect()) continue;
    auto copy = copy_foreign(pack_, kid);
    if (copy.isNull()) continue;
    copy.replaceKey("/P", sect);
    sect_kids.appendItem(copy);
  }
  merge_map(root_, src_root, "/RoleMap", pack_);
  merge_map(root_, src_root, "/ClassMap", pack_);
  // Keys into the paper's parent tree become new keys into the pack's.
  QPDFNumberTreeObjectHelper src_tree(src_root.getKey("/ParentTree"), source);
  std::map<long long, long long> renumbered;
  auto renumber = [&](QPDFObjectHandle holder, const char* key) {
    auto k = holder.getKey(key);
    if (!k.isInteger()) return;
    auto done = renumbered.find(k.getIntValue());
    if (done == renumbered.end()) {
      QPDFObjectHandle value;
      if (!src_tree.findObject(k.getIntValue(), value)) {
        holder.removeKey(key);
        return;
      }
      QPDFObjectHandle copy = QPDFObjectHandle::newNull();
      if (value.isIndirect()) {
        copy = copy_foreign(pack_, value);
      } else if (value.isArray()) {
        copy = QPDFObjectHandle::newArray();
        for (auto item : value.getArrayAsVector()) {
          copy.appendItem(item.isIndirect() ? copy_foreign(pack_, item) : QPDFObjectHandle::newNull());
        }
      }
      done = renumbered.emplace(k.getIntValue(), add_parent_entry(copy)).first;
    }
    holder.replaceKey(key, QPDFObjectHandle::newInteger(done->second));
  };
  for (std::size_t i = 0; i < copied.size() && i < source_pages.size(); ++i) {
    auto page = copied[i];
    renumber(page, "/StructParents");
    auto annots = page.getKey("/Annots");
    if (annots.isArray()) {
      for (auto annot : annots.getArrayAsVector()) {
        if (annot.isDictionary()) renumber(annot, "/StructParent");
      }
    }
    auto xobjects = page.getKey("/Resources").isDictionary() ? page.getKey("/Resources").getKey("/XObject")
                                                              : QPDFObjectHandle::newNull();
    if (xobjects.isDictionary()) {
      for (const auto& name : xobjects.getKeys()) {
        auto x = xobjects.getKey(name);
        if (x.isStream()) renumber(x.getDict(), "/StructParents");
      }
    }
  }
}

void PackStructure::add_figure(QPDFObjectHandle page, QPDFObjectHandle sect, const std::string& alt,
                               const QPDFObjectHandle::Rectangle& box) {
  if (root_.isNull() || sect.isNull()) return;
  auto figure = pack_.makeIndirectObject(QPDFObjectHandle::newDictionary());
  figure.replaceKey("/Type", QPDFObjectHandle::newName("/StructElem"));
  figure.replaceKey("/S", QPDFObjectHandle::newName("/Figure"));
  figure.replaceKey("/P", sect);
  figure.replaceKey("/Pg", page);
  figure.replaceKey("/K", QPDFObjectHandle::newInteger(0));
  figure.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(alt));
  auto layout = QPDFObjectHandle::newDictionary();
  layout.replaceKey("/O", QPDFObjectHandle::newName("/Layout"));
  layout.replaceKey("/BBox", QPDFObjectHandle::newFromRectangle(box));
  figure.replaceKey("/A", layout);
  kids_array(sect).appendItem(figure);
  auto entry = QPDFObjectHandle::newArray();
  entry.appendItem(figure);
  page.replaceKey("/StructParents", QPDFObjectHandle::newInteger(add_parent_entry(entry)));
}

}  // namespace docket::pack::detail
