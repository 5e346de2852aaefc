#include "papers/detail/pdf_hidden_layers.hpp"

#include <qpdf/Pl_String.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <set>

namespace docket::papers::detail {

namespace {

using Hidden = std::set<QPDFObjGen>;

// The layers off in the default view: listed in /D /OFF, or all but /D /ON when /D's
// BaseState is /OFF.
Hidden hidden_layers(QPDF& pdf) {
  Hidden hidden;
  auto properties = pdf.getRoot().getKey("/OCProperties");
  if (!properties.isDictionary()) return hidden;
  auto config = properties.getKey("/D");
  if (!config.isDictionary()) return hidden;
  auto collect = [](QPDFObjectHandle list) {
    Hidden out;
    if (list.isArray()) {
      for (auto& g : list.getArrayAsVector()) {
        if (g.isIndirect()) out.insert(g.getObjGen());
      }
    }
    return out;
  };
  hidden = collect(config.getKey("/OFF"));
  auto base = config.getKey("/BaseState");
  if (base.isName() && base.getName() == "/OFF") {
    const Hidden on = collect(config.getKey("/ON"));
    for (auto g : collect(properties.getKey("/OCGs"))) {
      if (!on.count(g)) hidden.insert(g);
    }
  }
  return hidden;
}

// A layer (OCG) or a membership dictionary (OCMD) of layers that is hidden: an OCMD with the
// default AnyOn policy is hidden when all its layers are, with AllOn when any is.
bool is_hidden(QPDFObjectHandle oc, const Hidden& hidden) {
  if (!oc.isDictionary()) return false;
  if (oc.isIndirect() && hidden.count(oc.getObjGen())) return true;
  auto type = oc.getKey("/Type");
  if (!type.isName() || type.getName() != "/OCMD") return false;
  auto groups = oc.getKey("/OCGs");
  std::vector<QPDFObjectHandle> list = groups.isArray() ? groups.getArrayAsVector() : std::vector{groups};
  auto policy = oc.getKey("/P");
  const std::string p = policy.isName() ? policy.getName() : "/AnyOn";
  std::size_t off = 0;
  for (auto& g : list) off += g.isIndirect() && hidden.count(g.getObjGen()) ? 1 : 0;
  if (list.empty()) return false;
  if (p == "/AllOn") return off > 0;
  if (p == "/AnyOff") return off == 0;
  if (p == "/AllOff") return off < list.size();
  return off == list.size();  // AnyOn
}

// Drops `/OC /Name BDC … EMC` where Name is a hidden layer in the resources' /Properties.
class HiddenContentFilter : public QPDFObjectHandle::TokenFilter {
 public:
  HiddenContentFilter(QPDFObjectHandle properties, const Hidden& hidden) : properties_(properties), hidden_(hidden) {}

  void handleToken(QPDFTokenizer::Token const& token) override {
    const auto type = token.getType();
    if (skipping_ > 0) {
      if (type == QPDFTokenizer::tt_word) {
        const auto& op = token.getValue();
        if (op == "BDC" || op == "BMC") ++skipping_;
        if (op == "EMC") --skipping_;
      }
      return;
    }
    if (type != QPDFTokenizer::tt_word) {
      pending_.push_back(token);
      return;
    }
    if (token.getValue() == "BDC" && hides(pending_)) {
      skipping_ = 1;
      pending_.clear();
      return;
    }
    for (const auto& t : pending_) writeToken(t);
    pending_.clear();
    writeToken(token);
  }

  void handleEOF() override {
    for (const auto& t : pending_) writeToken(t);
  }

 private:
  bool hides(const std::vector<QPDFTokenizer::Token>& operands) {
    std::vector<std::string> names;
    for (const auto& t : operands) {
      if (t.getType() == QPDFTokenizer::tt_name) names.push_back(t.getValue());
      else if (t.getType() != QPDFTokenizer::tt_space && t.getType() != QPDFTokenizer::tt_comment) names.push_back("");
    }
    if (names.size() != 2 || names[0] != "/OC" || !properties_.isDictionary()) return false;
    return is_hidden(properties_.getKey(names[1]), hidden_);
  }

  QPDFObjectHandle properties_;  // qpdf's handle accessors are not const
  const Hidden& hidden_;
  std::vector<QPDFTokenizer::Token> pending_;
  int skipping_ = 0;
};

QPDFObjectHandle resource(QPDFObjectHandle holder, const char* kind) {
  auto resources = holder.getKey("/Resources");
  return resources.isDictionary() ? resources.getKey(kind) : QPDFObjectHandle::newNull();
}

bool uses_hidden_layer(QPDFObjectHandle properties, const Hidden& hidden) {
  if (!properties.isDictionary()) return false;
  for (const auto& key : properties.getKeys()) {
    if (is_hidden(properties.getKey(key), hidden)) return true;
  }
  return false;
}

// Filters one page or form XObject, then its forms, and empties forms and images that are in
// a hidden layer. The hidden layers' entries in /Properties go afterwards (`emptied`): a
// resource dictionary may serve several pages.
void clean_contents(QPDF& pdf, QPDFObjectHandle holder, bool is_page, const Hidden& hidden, std::set<QPDFObjGen>& done,
                    std::vector<QPDFObjectHandle>& emptied) {
  if (holder.isIndirect() && !done.insert(holder.getObjGen()).second) return;
  auto dict = is_page ? holder : holder.getDict();
  auto properties = resource(dict, "/Properties");
  if (uses_hidden_layer(properties, hidden)) {
    HiddenContentFilter filter(properties, hidden);
    std::string cleaned;
    Pl_String out("hidden-layers", nullptr, cleaned);
    QPDFPageObjectHelper(holder).filterContents(&filter, &out);
    if (is_page) holder.replaceKey("/Contents", pdf.newStream(cleaned));
    else holder.replaceStreamData(cleaned, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    emptied.push_back(properties);
  }
  auto xobjects = resource(dict, "/XObject");
  if (!xobjects.isDictionary()) return;
  for (const auto& name : xobjects.getKeys()) {
    auto x = xobjects.getKey(name);
    if (!x.isStream()) continue;
    if (is_hidden(x.getDict().getKey("/OC"), hidden)) {
      // An empty form in its place keeps the page's Do operator valid.
      auto empty = pdf.newStream("");
      empty.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
      empty.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/Form"));
      empty.getDict().replaceKey("/BBox", QPDFObjectHandle::newFromRectangle({0, 0, 0, 0}));
      xobjects.replaceKey(name, empty);
      continue;
    }
    auto subtype = x.getDict().getKey("/Subtype");
    if (subtype.isName() && subtype.getName() == "/Form") clean_contents(pdf, x, false, hidden, done, emptied);
  }
}

}  // namespace

bool remove_hidden_layers(QPDF& pdf) {
  const Hidden hidden = hidden_layers(pdf);
  if (!hidden.empty()) {
    std::set<QPDFObjGen> done;
    std::vector<QPDFObjectHandle> emptied;
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
      auto handle = page.getObjectHandle();
      clean_contents(pdf, handle, true, hidden, done, emptied);
      auto annots = handle.getKey("/Annots");
      if (!annots.isArray()) continue;
      for (int i = annots.getArrayNItems() - 1; i >= 0; --i) {
        auto a = annots.getArrayItem(i);
        if (a.isDictionary() && is_hidden(a.getKey("/OC"), hidden)) annots.eraseItem(i);
      }
    }
    for (auto properties : emptied) {
      for (const auto& key : properties.getKeys()) {
        if (is_hidden(properties.getKey(key), hidden)) properties.removeKey(key);
      }
    }
  }
  pdf.getRoot().removeKey("/OCProperties");
  return !hidden.empty();
}

}  // namespace docket::papers::detail
