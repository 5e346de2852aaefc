#include "serve/form_apply.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "serve/form_dom.hpp"
#include "serve/form_fields.hpp"
#include "serve/rich_text.hpp"
#include "support/error.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::serve::form {

namespace {

struct Step {
  std::string name;
  int index = 1;
};

enum class Kind { value, attribute, text, inline_text };

struct Target {
  std::string key;
  Kind kind = Kind::value;
  std::string attribute;
  int run = 0;
  std::vector<Step> steps;
  std::vector<const ElementDecl*> decls;
  xmlNode* deepest = nullptr;
  std::size_t existing = 0;
  std::vector<xmlNode*> run_nodes;
  bool run_known = false;
  // the posted value
  std::string value;
  std::string format = "text";
};

[[noreturn]] void bad_key(std::string_view key) {
  throw InvalidInput("the form sent a field this file does not have (" + std::string(key) + ")",
                     "reload the page and make the change again");
}

xmlNode* nth_child(const xmlNode* parent, const std::string& name, int index) {
  int seen = 0;
  for (xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && xml::local_name(c) == name && xml::namespace_of(c) == xml::namespace_of(parent) &&
        ++seen == index) {
      return c;
    }
  }
  return nullptr;
}

// `field`: the key names a field (a value); otherwise an item or a parent (actions).
Target resolve(const FormSchema& schema, xmlDoc* doc, const std::string& key, bool field = true) {
  Target t;
  t.key = key;
  std::size_t pos = 1;
  if (key.empty() || key[0] != '/') bad_key(key);
  while (pos <= key.size()) {
    std::size_t end = key.find('/', pos);
    if (end == std::string::npos) end = key.size();
    const std::string part = key.substr(pos, end - pos);
    pos = end + 1;
    if (part.empty()) bad_key(key);
    if (part[0] == '@') {
      t.kind = Kind::attribute;
      t.attribute = part.substr(1);
    } else if (part.rfind("#text", 0) == 0) {
      t.kind = Kind::text;
      t.run = std::atoi(part.c_str() + 5);
      if (t.run < 1) bad_key(key);
    } else if (part == "#inline") {
      t.kind = Kind::inline_text;
    } else {
      const auto open = part.find('[');
      if (open == std::string::npos || part.back() != ']' || t.kind != Kind::value) bad_key(key);
      t.steps.push_back({part.substr(0, open), std::atoi(part.c_str() + open + 1)});
      if (t.steps.back().index < 1) bad_key(key);
    }
    if (end == key.size()) break;
  }
  if (t.steps.empty()) bad_key(key);
  xmlNode* root = xmlDocGetRootElement(doc);
  const ElementDecl* decl = schema.root(t.steps[0].name);
  if (!root || !decl || xml::local_name(root) != t.steps[0].name || t.steps[0].index != 1) bad_key(key);
  t.decls.push_back(decl);
  t.deepest = root;
  t.existing = 1;
  for (std::size_t i = 1; i < t.steps.size(); ++i) {
    const ElementDecl* parent = t.decls.back();
    const ElementDecl* d = parent->complex ? child_decl(*parent->complex, t.steps[i].name) : nullptr;
    if (d == nullptr) bad_key(key);
    t.decls.push_back(d);
    if (t.existing == i) {
      if (xmlNode* c = nth_child(t.deepest, t.steps[i].name, t.steps[i].index)) {
        t.deepest = c;
        ++t.existing;
      } else if (t.steps[i].index != 1 && t.steps[i].index != static_cast<int>(xml::children(t.deepest, t.steps[i].name).size()) + 1) {
        bad_key(key);
      }
    }
  }
  const ElementDecl& last = *t.decls.back();
  if (t.kind == Kind::attribute && (!last.complex || !last.complex->attribute(t.attribute))) bad_key(key);
  if ((t.kind == Kind::text || t.kind == Kind::inline_text) && !last.complex) bad_key(key);
  if (field && t.kind == Kind::value && last.complex && !last.complex->simple_content) bad_key(key);
  if (t.kind == Kind::text && t.existing == t.steps.size()) {
    for (const auto& si : layout_of(*last.complex, t.deepest).slots) {
      for (const auto& item : si.items) {
        if (item.text && item.text_index == t.run) t.run_nodes = item.nodes;
      }
    }
    t.run_known = true;
  }
  return t;
}

bool exists(const Target& t) { return t.existing == t.steps.size(); }

xmlNode* ensure(Target& t) {
  xmlNode* e = t.deepest;
  for (std::size_t i = t.existing; i < t.steps.size(); ++i) {
    const ComplexType& type = *t.decls[i - 1]->complex;
    xmlNode* c = nth_child(e, t.steps[i].name, t.steps[i].index);
    if (c == nullptr) c = create_child(e, type, type.slot_of(t.steps[i].name), *t.decls[i]);
    e = c;
  }
  t.deepest = e;
  t.existing = t.steps.size();
  return e;
}

const Slot* slot_of(const Target& t) {
  if (t.steps.size() < 2) return nullptr;
  const ComplexType& parent = *t.decls[t.decls.size() - 2]->complex;
  const int s = parent.slot_of(t.steps.back().name);
  return s < 0 ? nullptr : &parent.slots[static_cast<std::size_t>(s)];
}

// An optional element left with nothing in it goes.
void prune(Target& t) {
  const Slot* s = slot_of(t);
  xmlNode* e = t.deepest;
  if (s == nullptr || s->min > 0 || !exists(t)) return;
  for (xmlAttr* a = e->properties; a != nullptr; a = a->next) {
    xmlChar* v = xmlNodeGetContent(reinterpret_cast<xmlNode*>(a));
    const bool empty = v == nullptr || *v == 0;
    xmlFree(v);
    if (!empty) return;
  }
  for (xmlNode* c = e->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE || c->type == XML_COMMENT_NODE) return;
    if (c->type == XML_TEXT_NODE && !trim(reinterpret_cast<const char*>(c->content)).empty()) return;
  }
  remove_nodes({e});
}

rich::Nodes posted_rich(const Target& t, bool blocks) {
  return t.format == "html" ? rich::from_html(t.value, blocks) : rich::from_text(t.value, blocks);
}

void apply_text(Target& t) {
  const bool had = exists(t);
  const rich::Nodes current = rich::normalise(rich::from_data(t.run_nodes), true);
  if (t.format == "text" && t.value == rich::to_text(current)) return;
  const rich::Nodes wanted = posted_rich(t, true);
  if (rich::same(wanted, current)) return;
  if (wanted.empty() && !had) return;
  xmlNode* e = ensure(t);
  const ComplexType& type = *t.decls.back()->complex;
  if (!had) {
    // A new element comes with an empty paragraph when it needs text: this text replaces it.
    for (const auto& si : layout_of(type, e).slots) {
      for (const auto& item : si.items) {
        if (item.text && item.text_index == t.run) t.run_nodes = item.nodes;
      }
    }
  }
  const auto fresh = rich::to_data(wanted, e->doc, e->ns);
  int slot = -1;
  for (std::size_t i = 0; i < type.slots.size() && slot < 0; ++i) {
    if (type.slots[i].kind == Slot::Kind::text || type.slots[i].text) slot = static_cast<int>(i);
  }
  insert_in_slot(e, type, slot, fresh, t.run_nodes.empty() ? nullptr : t.run_nodes.front());
  remove_nodes(t.run_nodes);
  t.run_nodes = fresh;
  if (wanted.empty()) prune(t);
}

void apply_inline(Target& t) {
  const bool had = exists(t);
  const rich::Nodes current = had ? rich::normalise(rich::from_data(inline_nodes(t.deepest)), false) : rich::Nodes{};
  if (t.format == "text" && t.value == rich::to_text(current)) return;
  const rich::Nodes wanted = posted_rich(t, false);
  if (rich::same(wanted, current)) return;
  if (wanted.empty() && !had) return;
  xmlNode* e = ensure(t);
  xmlNode* before = nullptr;
  for (xmlNode* c : inline_nodes(e)) {
    xmlUnlinkNode(c);
    xmlFreeNode(c);
  }
  for (xmlNode* c = e->children; c != nullptr && before == nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) before = c;
  }
  for (xmlNode* n : rich::to_data(wanted, e->doc, e->ns)) {
    if (before) xmlAddPrevSibling(before, n);
    else xmlAddChild(e, n);
  }
  if (wanted.empty()) prune(t);
}

void apply_value(Target& t) {
  const ElementDecl& d = *t.decls.back();
  if (t.kind == Kind::attribute) {
    const Attribute& a = *d.complex->attribute(t.attribute);
    const std::string current = exists(t) ? attribute_value(t.deepest, a) : std::string();
    if (t.value == current) return;
    if (t.value.empty() && !exists(t)) return;
    set_attribute(ensure(t), a, t.value);
    if (t.value.empty()) prune(t);
    return;
  }
  const std::string current = exists(t) ? simple_value(t.deepest) : std::string();
  if (t.value == current) return;
  if (t.value.empty() && !exists(t)) return;
  set_simple_value(ensure(t), t.value);
  if (t.value.empty()) prune(t);
}

bool date_kind(const Target& t, bool& month_allowed) {
  const ElementDecl& d = *t.decls.back();
  const ValueType* type = nullptr;
  if (t.kind == Kind::attribute) type = &d.complex->attribute(t.attribute)->type;
  else if (t.kind == Kind::value) type = d.complex ? &*d.complex->simple_content : &d.simple;
  if (type == nullptr) return false;
  month_allowed = type->kind == ValueKind::date_or_month;
  return type->kind == ValueKind::date || type->kind == ValueKind::date_or_month;
}

std::string field(const std::multimap<std::string, std::string>& fields, const std::string& name) {
  auto it = fields.find(name);
  return it == fields.end() ? std::string() : it->second;
}

bool inside(const xmlNode* n, const std::vector<xmlNode*>& roots) {
  for (; n != nullptr; n = n->parent) {
    if (std::find(roots.begin(), roots.end(), n) != roots.end()) return true;
  }
  return false;
}

struct Action {
  std::string verb;
  Target target;        // the item (remove, up, down) or the parent (add)
  std::string what;     // add: an element name or "#text"
  std::vector<xmlNode*> item;  // the item's nodes
};

std::vector<xmlNode*> item_nodes(const Target& t) {
  if (!exists(t)) bad_key(t.key);
  if (t.kind == Kind::text) return t.run_nodes;
  if (t.kind != Kind::value && t.kind != Kind::text) bad_key(t.key);
  return {t.deepest};
}

std::string apply_action(const FormSchema& schema, Action& a) {
  (void)schema;
  if (a.verb == "add") {
    xmlNode* parent = a.target.deepest;
    const ElementDecl& pd = *a.target.decls.back();
    if (!exists(a.target) || !pd.complex) bad_key(a.target.key);
    const ComplexType& type = *pd.complex;
    if (a.what == "#text") {
      int slot = -1;
      for (std::size_t i = 0; i < type.slots.size() && slot < 0; ++i) {
        if (type.slots[i].kind == Slot::Kind::text || type.slots[i].text) slot = static_cast<int>(i);
      }
      if (slot < 0) bad_key(a.what);
      xmlNode* p = xmlNewDocNode(parent->doc, parent->ns, reinterpret_cast<const xmlChar*>("p"), nullptr);
      insert_in_slot(parent, type, slot, {p});
      return id_for(key_of(parent));
    }
    const ElementDecl* d = child_decl(type, a.what);
    if (d == nullptr) bad_key(a.what);
    xmlNode* made = create_child(parent, type, type.slot_of(a.what), *d);
    return id_for(key_of(made));
  }
  if (a.item.empty()) bad_key(a.target.key);
  xmlNode* parent = a.item.front()->parent;
  const ElementDecl& pd = *a.target.decls[a.target.decls.size() - (a.target.kind == Kind::text ? 1 : 2)];
  if (a.verb == "remove") {
    remove_nodes(a.item);
    return id_for(key_of(parent));
  }
  const Layout layout = layout_of(*pd.complex, parent);
  for (const auto& si : layout.slots) {
    for (std::size_t i = 0; i < si.items.size(); ++i) {
      if (si.items[i].nodes.front() != a.item.front()) continue;
      if (a.verb == "up" && i > 0) move_before(si.items[i], si.items[i - 1]);
      else if (a.verb == "down" && i + 1 < si.items.size()) move_before(si.items[i + 1], si.items[i]);
      else if (a.verb != "up" && a.verb != "down") bad_key(a.verb);
      return a.item.front()->type == XML_ELEMENT_NODE ? id_for(key_of(a.item.front())) : id_for(key_of(parent));
    }
  }
  bad_key(a.target.key);
}

}  // namespace

ApplyResult apply_form(const FormSchema& schema, xmlDoc* doc, const std::multimap<std::string, std::string>& fields) {
  std::set<std::string> keys;
  for (const auto& [name, value] : fields) {
    if (name.empty() || name[0] != '/') continue;
    const auto colon = name.rfind(':');
    keys.insert(colon == std::string::npos || name.find('/', colon) != std::string::npos ? name : name.substr(0, colon));
  }
  std::vector<Target> targets;
  for (const auto& key : keys) {
    Target t = resolve(schema, doc, key);
    bool month_allowed = false;
    if (fields.count(key + ":day") || fields.count(key + ":year")) {
      if (!date_kind(t, month_allowed)) bad_key(key);
      t.value = date_value(field(fields, key + ":day"), field(fields, key + ":month"), field(fields, key + ":year"), month_allowed);
    } else {
      t.value = field(fields, key);
      const std::string other = std::string(trim(field(fields, key + ":other")));
      if (!other.empty()) t.value = other;
    }
    if (t.kind == Kind::value || t.kind == Kind::attribute) t.value = std::string(trim(t.value));
    if (field(fields, key + ":format") == "html") t.format = "html";
    targets.push_back(std::move(t));
  }

  std::optional<Action> action;
  if (const std::string a = field(fields, "action"); !a.empty() && a != "save") {
    const auto bar = a.find('|');
    if (bar == std::string::npos) bad_key(a);
    Action act;
    act.verb = a.substr(0, bar);
    std::string rest = a.substr(bar + 1);
    if (act.verb == "add") {
      const auto bar2 = rest.find('|');
      if (bar2 == std::string::npos) bad_key(a);
      act.what = rest.substr(bar2 + 1);
      rest = rest.substr(0, bar2);
    } else if (act.verb != "remove" && act.verb != "up" && act.verb != "down") {
      bad_key(a);
    }
    act.target = resolve(schema, doc, rest, false);
    if (act.verb != "add") act.item = item_nodes(act.target);
    action = std::move(act);
  }

  ApplyResult result;
  const std::string before = [&] {
    xmlChar* mem = nullptr;
    int size = 0;
    xmlDocDumpMemory(doc, &mem, &size);
    std::string s(reinterpret_cast<const char*>(mem), static_cast<std::size_t>(size));
    xmlFree(mem);
    return s;
  }();
  if (action) {
    if (action->verb == "remove") {
      std::erase_if(targets, [&](const Target& t) {
        return inside(t.deepest, action->item) ||
               std::any_of(t.run_nodes.begin(), t.run_nodes.end(), [&](xmlNode* n) { return inside(n, action->item); });
      });
    }
    result.focus = apply_action(schema, *action);
  }
  for (auto& t : targets) {
    if (t.kind == Kind::text) apply_text(t);
    else if (t.kind == Kind::inline_text) apply_inline(t);
    else apply_value(t);
  }
  xmlChar* mem = nullptr;
  int size = 0;
  xmlDocDumpMemory(doc, &mem, &size);
  result.changed = before != std::string_view(reinterpret_cast<const char*>(mem), static_cast<std::size_t>(size));
  xmlFree(mem);
  return result;
}

}  // namespace docket::serve::form
