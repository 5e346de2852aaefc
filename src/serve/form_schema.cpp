#include "serve/form_schema.hpp"

#include <set>

#include "support/error.hpp"
#include "support/files.hpp"
#include "xml/document.hpp"
#include "xml/node.hpp"

namespace docket::serve::form {

namespace {

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema";
constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";

std::string attr(const xmlNode* n, std::string_view name) { return xml::attribute(n, name).value_or(""); }

bool is_xsd(const xmlNode* n, std::string_view name) {
  return n != nullptr && n->type == XML_ELEMENT_NODE && xml::namespace_of(n) == kXsd && xml::local_name(n) == name;
}

std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::string documentation(const xmlNode* n) {
  for (const xmlNode* a : xml::children(n, "annotation")) {
    if (const xmlNode* d = xml::child(a, "documentation")) return collapse(xml::text(d));
  }
  return {};
}

int occurs(const xmlNode* n, std::string_view name) {
  const auto v = xml::attribute(n, name);
  if (!v) return 1;
  if (*v == "unbounded") return -1;
  return std::stoi(*v);
}

ValueType builtin(std::string_view local) {
  ValueType t;
  if (local == "date") t.kind = ValueKind::date;
  else if (local == "gYear") t.kind = ValueKind::year;
  else if (local == "gYearMonth") t.kind = ValueKind::date_or_month;
  else if (local == "decimal" || local == "double" || local == "float") t.kind = ValueKind::decimal;
  else if (local == "integer" || local == "positiveInteger" || local == "nonNegativeInteger" || local == "int" ||
           local == "long" || local == "short") t.kind = ValueKind::integer;
  else if (local == "boolean") t.kind = ValueKind::boolean;
  else if (local == "ID") t.kind = ValueKind::id;
  else if (local == "anyURI") t.kind = ValueKind::uri;
  return t;
}

}  // namespace

bool Slot::owns(std::string_view n) const {
  if ((kind == Kind::text || text) && is_block_name(n)) return true;
  for (const auto* e : elements) {
    if (e->name == n) return true;
  }
  return false;
}

std::string Slot::name() const { return kind == Kind::text ? "#text" : elements.front()->name; }

const Attribute* ComplexType::attribute(std::string_view n) const {
  for (const auto& a : attributes) {
    if (a.name == n) return &a;
  }
  return nullptr;
}

int ComplexType::slot_of(std::string_view n) const {
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (slots[i].owns(n)) return static_cast<int>(i);
  }
  return -1;
}

bool ComplexType::is_blocks() const { return !mixed && slots.size() == 1 && slots[0].kind == Slot::Kind::text; }

/// Reads XSD files into a FormSchema: named components are found across the included and
/// imported files, then built on demand (types are shared, so recursive types work).
class SchemaReader {
 public:
  explicit SchemaReader(FormSchema& out) : out_(out) {}

  void read(const std::filesystem::path& file) {
    const auto key = std::filesystem::weakly_canonical(file);
    if (!seen_.insert(key).second) return;
    Diagnostics diags;
    auto doc = xml::parse(read_file(key, 16u << 20), key.string(), diags);
    if (!doc) throw InvalidInput("the schema " + key.string() + " is not well-formed");
    xmlNode* root = doc->root();
    const std::string ns = attr(root, "targetNamespace");
    if (out_.target_namespace_.empty() && out_.file_ == key) out_.target_namespace_ = ns;
    for (xmlNode* c = root->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string name = "{" + ns + "}" + attr(c, "name");
      const auto local = xml::local_name(c);
      if (local == "complexType") complex_nodes_[name] = c;
      else if (local == "simpleType") simple_nodes_[name] = c;
      else if (local == "group") group_nodes_[name] = c;
      else if (local == "attributeGroup") attribute_group_nodes_[name] = c;
      else if (local == "element") element_nodes_[name] = c;
      else if (local == "attribute") attribute_nodes_[name] = c;
      else if (local == "include" || local == "import") {
        if (auto loc = xml::attribute(c, "schemaLocation")) pending_.push_back(key.parent_path() / *loc);
      }
    }
    docs_.push_back(std::move(*doc));
    while (!pending_.empty()) {
      auto next = pending_.back();
      pending_.pop_back();
      read(next);
    }
  }

  void build_roots() {
    for (const auto& [key, node] : element_nodes_) {
      if (key.rfind("{" + out_.target_namespace_ + "}", 0) != 0) continue;
      ElementDecl* e = element(node);
      out_.roots_[e->name] = e;
    }
  }

 private:
  // "{namespace}local" for a QName written at `at`.
  std::string resolve(const xmlNode* at, const std::string& qname) const {
    const auto colon = qname.find(':');
    const std::string prefix = colon == std::string::npos ? "" : qname.substr(0, colon);
    const std::string local = colon == std::string::npos ? qname : qname.substr(colon + 1);
    xmlNs* ns = xmlSearchNs(at->doc, const_cast<xmlNode*>(at),
                            prefix.empty() ? nullptr : reinterpret_cast<const xmlChar*>(prefix.c_str()));
    std::string href = ns && ns->href ? reinterpret_cast<const char*>(ns->href) : "";
    if (prefix == "xml") href = kXmlNs;
    return "{" + href + "}" + local;
  }

  static std::string local_of(const std::string& key) { return key.substr(key.find('}') + 1); }
  static bool in_xsd(const std::string& key) { return key.rfind("{" + std::string(kXsd) + "}", 0) == 0; }

  ValueType type_ref(const xmlNode* at, const std::string& qname) {
    const std::string key = resolve(at, qname);
    if (in_xsd(key)) return builtin(local_of(key));
    if (auto it = simple_nodes_.find(key); it != simple_nodes_.end()) return simple_type(it->second);
    return {};
  }

  ValueType simple_type(const xmlNode* st) {
    if (auto it = simple_memo_.find(st); it != simple_memo_.end()) return it->second;
    ValueType t;
    for (const xmlNode* c = st->children; c != nullptr; c = c->next) {
      if (is_xsd(c, "restriction")) {
        if (auto base = xml::attribute(c, "base")) t = type_ref(c, *base);
        else if (const xmlNode* inner = first_xsd_child(c, "simpleType")) t = simple_type(inner);
        std::vector<Choice> choices;
        for (const xmlNode* e : xml::children(c, "enumeration")) choices.push_back({attr(e, "value"), documentation(e)});
        if (!choices.empty()) {
          t.kind = ValueKind::choice;
          t.choices = std::move(choices);
          t.open = false;
        }
      } else if (is_xsd(c, "union")) {
        std::vector<ValueType> members;
        std::string list = attr(c, "memberTypes");
        for (std::size_t p = 0; p < list.size();) {
          std::size_t e = list.find(' ', p);
          if (e == std::string::npos) e = list.size();
          if (e > p) members.push_back(type_ref(c, list.substr(p, e - p)));
          p = e + 1;
        }
        for (const xmlNode* inner : xml::children(c, "simpleType")) members.push_back(simple_type(inner));
        t = merge_union(members);
      }
    }
    // Documentation of a type that only says "text" is no help beside a field; a type that
    // constrains its values (choices, a pattern, a union) explains them.
    const bool constrained = t.kind == ValueKind::choice || t.kind == ValueKind::date_or_month ||
                             !xml::descendants(st, "pattern").empty() || !xml::children(st, "union").empty();
    t.doc = constrained ? documentation(st) : std::string();
    simple_memo_[st] = t;
    return t;
  }

  static ValueType merge_union(const std::vector<ValueType>& members) {
    ValueType t;
    bool dates = !members.empty(), any_choice = false, open = false;
    for (const auto& m : members) {
      dates &= m.kind == ValueKind::date || m.kind == ValueKind::date_or_month;
      const bool only_empty = m.kind == ValueKind::choice && m.choices.size() == 1 && m.choices[0].value.empty();
      if (only_empty) continue;
      if (m.kind == ValueKind::choice) {
        any_choice = true;
        t.choices.insert(t.choices.end(), m.choices.begin(), m.choices.end());
      } else {
        open = true;
      }
    }
    if (dates) t.kind = ValueKind::date_or_month;
    else if (any_choice) t.kind = ValueKind::choice, t.open = open;
    if (t.kind != ValueKind::choice) t.choices.clear();
    return t;
  }

  static const xmlNode* first_xsd_child(const xmlNode* n, std::string_view name) {
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (is_xsd(c, name)) return c;
    }
    return nullptr;
  }

  Attribute attribute(const xmlNode* n) {
    Attribute a;
    const xmlNode* decl = n;
    if (auto ref = xml::attribute(n, "ref")) {
      const std::string key = resolve(n, *ref);
      a.xml_namespace = key.rfind("{" + std::string(kXmlNs) + "}", 0) == 0;
      auto it = attribute_nodes_.find(key);
      if (it == attribute_nodes_.end()) throw InvalidInput("the schema refers to an undeclared attribute " + *ref);
      decl = it->second;
    }
    a.name = attr(decl, "name");
    a.doc = documentation(n);
    if (a.doc.empty()) a.doc = documentation(decl);
    if (auto type = xml::attribute(decl, "type")) a.type = type_ref(decl, *type);
    else if (const xmlNode* st = first_xsd_child(decl, "simpleType")) a.type = simple_type(st);
    a.required = attr(n, "use") == "required";
    a.fixed = xml::attribute(n, "fixed").value_or(attr(decl, "fixed"));
    a.default_value = xml::attribute(n, "default").value_or(attr(decl, "default"));
    return a;
  }

  void attributes_of(const xmlNode* holder, std::vector<Attribute>& out) {
    for (const xmlNode* c = holder->children; c != nullptr; c = c->next) {
      if (is_xsd(c, "attribute")) {
        out.push_back(attribute(c));
      } else if (is_xsd(c, "attributeGroup")) {
        auto it = attribute_group_nodes_.find(resolve(c, attr(c, "ref")));
        if (it != attribute_group_nodes_.end()) attributes_of(it->second, out);
      }
    }
  }

  Particle particle(const xmlNode* n) {
    Particle p;
    p.min = occurs(n, "minOccurs");
    p.max = occurs(n, "maxOccurs");
    const auto local = xml::local_name(n);
    if (local == "element") {
      p.kind = Particle::Kind::element;
      p.element = element(n);
      return p;
    }
    if (local == "group") {
      auto it = group_nodes_.find(resolve(n, attr(n, "ref")));
      if (it == group_nodes_.end()) throw InvalidInput("the schema refers to an undeclared group " + attr(n, "ref"));
      p.kind = Particle::Kind::sequence;
      for (const xmlNode* c = it->second->children; c != nullptr; c = c->next) {
        if (is_xsd(c, "sequence") || is_xsd(c, "choice") || is_xsd(c, "all")) p.items.push_back(particle(c));
      }
      return p;
    }
    p.kind = local == "choice" ? Particle::Kind::choice : local == "all" ? Particle::Kind::all : Particle::Kind::sequence;
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (is_xsd(c, "element") || is_xsd(c, "sequence") || is_xsd(c, "choice") || is_xsd(c, "group") ||
          is_xsd(c, "all")) {
        p.items.push_back(particle(c));
      }
    }
    return p;
  }

  // The object made for a schema node, made (empty, and remembered before it is filled, so
  // that recursive types find it) the first time: {object, true when new}.
  template <class T>
  static std::pair<T*, bool> made(const xmlNode* n, std::map<const xmlNode*, T*>& memo, std::vector<std::unique_ptr<T>>& store) {
    if (auto it = memo.find(n); it != memo.end()) return {it->second, false};
    store.push_back(std::make_unique<T>());
    memo[n] = store.back().get();
    return {store.back().get(), true};
  }

  ElementDecl* element(const xmlNode* n) {
    if (auto ref = xml::attribute(n, "ref")) {
      auto it = element_nodes_.find(resolve(n, *ref));
      if (it == element_nodes_.end()) throw InvalidInput("the schema refers to an undeclared element " + *ref);
      n = it->second;
    }
    auto [e, fresh] = made(n, element_memo_, out_.elements_);
    if (!fresh) return e;
    e->name = attr(n, "name");
    e->doc = documentation(n);
    if (auto type = xml::attribute(n, "type")) {
      const std::string key = resolve(n, *type);
      if (auto it = complex_nodes_.find(key); it != complex_nodes_.end()) e->complex = complex_type(it->second);
      else e->simple = type_ref(n, *type);
    } else if (const xmlNode* ct = first_xsd_child(n, "complexType")) {
      e->complex = complex_type(ct);
    } else if (const xmlNode* st = first_xsd_child(n, "simpleType")) {
      e->simple = simple_type(st);
    }
    return e;
  }

  const ComplexType* complex_type(const xmlNode* ct) {
    auto [t, fresh] = made(ct, complex_memo_, out_.types_);
    if (!fresh) return t;
    t->name = attr(ct, "name");
    t->doc = documentation(ct);
    t->mixed = attr(ct, "mixed") == "true";
    for (const xmlNode* c = ct->children; c != nullptr; c = c->next) {
      if (is_xsd(c, "sequence") || is_xsd(c, "choice") || is_xsd(c, "all") || is_xsd(c, "group")) {
        t->content = particle(c);
      } else if (is_xsd(c, "simpleContent") || is_xsd(c, "complexContent")) {
        derive_from(*t, c);
      }
    }
    attributes_of(ct, t->attributes);
    compute_slots(*t);
    return t;
  }

  void derive_from(ComplexType& t, const xmlNode* content) {
    if (attr(content, "mixed") == "true") t.mixed = true;
    const bool simple = xml::local_name(content) == "simpleContent";
    for (const xmlNode* d = content->children; d != nullptr; d = d->next) {
      if (!is_xsd(d, "extension") && !is_xsd(d, "restriction")) continue;
      const std::string base = attr(d, "base");
      const std::string key = resolve(d, base);
      if (auto it = complex_nodes_.find(key); it != complex_nodes_.end()) {
        const ComplexType* b = complex_type(it->second);
        t.attributes = b->attributes;
        t.simple_content = b->simple_content;
        t.mixed = t.mixed || b->mixed;
        if (!simple) t.content = b->content;
      } else if (simple) {
        t.simple_content = type_ref(d, base);
      }
      for (const xmlNode* c = d->children; c != nullptr; c = c->next) {
        if (is_xsd(c, "sequence") || is_xsd(c, "choice") || is_xsd(c, "all") || is_xsd(c, "group")) {
          Particle own = particle(c);
          if (t.content) {
            Particle both;
            both.items = {*t.content, own};
            t.content = both;
          } else {
            t.content = own;
          }
        }
      }
      attributes_of(d, t.attributes);
    }
  }

  void compute_slots(ComplexType& t) {
    if (t.content) t.slots = slots_of(*t.content, next_choice_);
  }

  FormSchema& out_;
  std::set<std::filesystem::path> seen_;
  std::vector<std::filesystem::path> pending_;
  std::vector<xml::Document> docs_;
  std::map<std::string, xmlNode*> complex_nodes_, simple_nodes_, group_nodes_, attribute_group_nodes_, element_nodes_,
      attribute_nodes_;
  std::map<const xmlNode*, ValueType> simple_memo_;
  std::map<const xmlNode*, ElementDecl*> element_memo_;
  std::map<const xmlNode*, ComplexType*> complex_memo_;
  int next_choice_ = 0;
};

std::shared_ptr<const FormSchema> FormSchema::load(const std::filesystem::path& xsd) {
  auto schema = std::make_shared<FormSchema>();
  schema->file_ = std::filesystem::weakly_canonical(xsd);
  SchemaReader reader(*schema);
  reader.read(schema->file_);
  reader.build_roots();
  return schema;
}

const ElementDecl* FormSchema::root(std::string_view name) const {
  auto it = roots_.find(name);
  return it == roots_.end() ? nullptr : it->second;
}

}  // namespace docket::serve::form
