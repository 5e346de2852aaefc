#include "data/schema_outline.hpp"

#include <functional>
#include <set>

#include "support/diagnostic.hpp"
#include "support/files.hpp"
#include "xml/document.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace {

std::string attr(const xmlNode* n, std::string_view name) { return xml::attribute(n, name).value_or(""); }

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t end = s.find(' ', i);
    if (end == std::string::npos) end = s.size();
    if (end > i) out.push_back(s.substr(i, end - i));
    i = end;
  }
  return out;
}

}  // namespace

// Reads the XSD files, then resolves each named complex type (its base type first).
class SchemaOutline::Reader {
 public:
  explicit Reader(SchemaOutline& out) : out_(out) {}

  void read_file(const std::filesystem::path& xsd) {
    if (!seen_.insert(xsd.lexically_normal().string()).second) return;
    Diagnostics ignored;
    std::optional<xml::Document> doc;
    try {
      doc = xml::parse(read_file_text(xsd), xsd.string(), ignored);
    } catch (const std::exception&) {
      return;
    }
    if (!doc || doc->root() == nullptr) return;
    for (xmlNode* n : xml::children(doc->root())) {
      const std::string kind(xml::local_name(n));
      const std::string name = attr(n, "name");
      if (kind == "include") read_file(xsd.parent_path() / attr(n, "schemaLocation"));
      if (kind == "element") out_.elements_[name] = attr(n, "type");
      if (kind == "complexType") complex_nodes_[name] = n;
      if (kind == "simpleType") read_simple(n, out_.simple_[name]);
      if (kind == "group") groups_[name] = n;
      if (kind == "attributeGroup") attribute_groups_[name] = n;
    }
    docs_.push_back(std::move(*doc));
  }

  void resolve_all() {
    for (const auto& [name, node] : complex_nodes_) resolve(name);
  }

 private:
  static std::string read_file_text(const std::filesystem::path& p) { return docket::read_file(p, 1u << 24); }

  const ComplexType& resolve(const std::string& name) {
    if (auto done = out_.complex_.find(name); done != out_.complex_.end()) return done->second;
    ComplexType type;
    if (auto n = complex_nodes_.find(name); n != complex_nodes_.end()) {
      out_.complex_[name];  // a type that refers to itself (sections in sections) stops here
      read_complex(n->second, type);
    }
    return out_.complex_[name] = std::move(type);
  }

  void read_complex(const xmlNode* node, ComplexType& out) {
    int position = 0;
    for (xmlNode* c : xml::children(node)) {
      const std::string_view kind = xml::local_name(c);
      if (kind == "complexContent" || kind == "simpleContent") {
        for (xmlNode* derivation : xml::children(c)) {
          const std::string base = attr(derivation, "base");
          if (auto b = complex_nodes_.find(base); b != complex_nodes_.end()) {
            const ComplexType& base_type = resolve(base);
            out.children = base_type.children;
            out.attributes = base_type.attributes;
            for (const auto& child : out.children) position = std::max(position, child.position + 1);
          }
          for (xmlNode* p : xml::children(derivation)) particle(p, out, position, false);
          attributes(derivation, out);
        }
      } else {
        particle(c, out, position, false);
      }
    }
    attributes(node, out);
  }

  // One particle of a content model: elements in a choice (or xs:all) share a position.
  void particle(const xmlNode* p, ComplexType& out, int& position, bool in_choice) {
    const std::string_view kind = xml::local_name(p);
    if (kind == "element") {
      const bool required = !in_choice && attr(p, "minOccurs") != "0";
      out.children.push_back({attr(p, "name"), attr(p, "type"), position, required});
      if (!in_choice) ++position;
    } else if (kind == "sequence") {
      for (xmlNode* c : xml::children(p)) particle(c, out, position, in_choice);
    } else if (kind == "choice" || kind == "all") {
      int shared = position;
      for (xmlNode* c : xml::children(p)) {
        int at = shared;
        particle(c, out, at, true);
        if (kind == "all" && xml::local_name(c) == "element" && attr(c, "minOccurs") != "0") out.children.back().required = true;
      }
      if (!in_choice) ++position;
    } else if (kind == "group") {
      if (auto g = groups_.find(attr(p, "ref")); g != groups_.end()) {
        for (xmlNode* c : xml::children(g->second)) particle(c, out, position, in_choice);
      }
    }
  }

  void attributes(const xmlNode* holder, ComplexType& out) {
    for (xmlNode* a : xml::children(holder)) {
      const std::string_view kind = xml::local_name(a);
      if (kind == "attribute") {
        const std::string name = attr(a, "name").empty() ? attr(a, "ref") : attr(a, "name");
        std::string type = attr(a, "type");
        if (type.empty()) {  // an anonymous simple type: read it under a name of its own
          type = "(" + name + ")";
          if (xmlNode* s = xml::child(a, "simpleType")) read_simple(s, out_.simple_[type]);
        }
        out.attributes[name] = type;
      } else if (kind == "attributeGroup") {
        if (auto g = attribute_groups_.find(attr(a, "ref")); g != attribute_groups_.end()) attributes(g->second, out);
      }
    }
  }

  static void read_simple(const xmlNode* node, SimpleType& out) {
    for (xmlNode* c : xml::children(node)) {
      const std::string_view kind = xml::local_name(c);
      if (kind == "union") {
        for (const auto& m : words(attr(c, "memberTypes"))) out.members.push_back(m);
      } else if (kind == "restriction") {
        if (!attr(c, "base").empty()) out.members.push_back(attr(c, "base"));
        for (xmlNode* facet : xml::children(c)) {
          if (xml::local_name(facet) == "enumeration") out.enumeration.push_back(attr(facet, "value"));
          if (xml::local_name(facet) == "pattern" && attr(facet, "value").starts_with("x-")) out.extension_pattern = true;
        }
      }
    }
  }

  SchemaOutline& out_;
  std::set<std::string> seen_;
  std::vector<xml::Document> docs_;  // the nodes below point into these while reading
  std::map<std::string, const xmlNode*, std::less<>> complex_nodes_, groups_, attribute_groups_;
};

SchemaOutline::SchemaOutline(const std::filesystem::path& xsd) {
  Reader reader(*this);
  reader.read_file(xsd);
  reader.resolve_all();
}

std::string SchemaOutline::type_of(const xmlNode* element) const {
  std::vector<std::string_view> path;
  for (const xmlNode* e = element; e != nullptr && e->type == XML_ELEMENT_NODE; e = e->parent) path.push_back(xml::local_name(e));
  if (path.empty()) return {};
  const auto root = elements_.find(path.back());
  if (root == elements_.end()) return {};
  std::string type = root->second;
  for (auto step = path.rbegin() + 1; step != path.rend() && !type.empty(); ++step) type = child_type(type, *step);
  return type;
}

const std::vector<SchemaOutline::Child>& SchemaOutline::children(std::string_view type) const {
  static const std::vector<Child> none;
  const auto t = complex_.find(type);
  return t == complex_.end() ? none : t->second.children;
}

int SchemaOutline::position(std::string_view type, std::string_view name) const {
  for (const auto& c : children(type)) {
    if (c.name == name) return c.position;
  }
  return -1;
}

std::string SchemaOutline::attribute_type(std::string_view type, std::string_view attribute) const {
  const auto t = complex_.find(type);
  if (t == complex_.end()) return {};
  const auto a = t->second.attributes.find(attribute);
  return a == t->second.attributes.end() ? std::string() : a->second;
}

std::string SchemaOutline::child_type(std::string_view type, std::string_view child) const {
  for (const auto& c : children(type)) {
    if (c.name == child) return c.type;
  }
  return {};
}

std::vector<SchemaOutline::Child> SchemaOutline::descendants(std::string_view type) const {
  std::vector<Child> found;
  std::set<std::string, std::less<>> seen_types{std::string(type)};
  std::set<std::pair<std::string, std::string>> seen;
  std::vector<std::string> queue{std::string(type)};  // breadth first: a recursive type ends
  for (std::size_t q = 0; q < queue.size(); ++q) {
    for (const auto& c : children(queue[q])) {
      if (seen.insert({c.name, c.type}).second) found.push_back(c);
      if (seen_types.insert(c.type).second) queue.push_back(c.type);
    }
  }
  return found;
}

std::string SchemaOutline::element_type(std::string_view name) const {
  const auto e = elements_.find(name);
  return e == elements_.end() ? std::string() : e->second;
}

bool SchemaOutline::is_complex(std::string_view type) const { return complex_.find(type) != complex_.end(); }

std::vector<std::string> SchemaOutline::attribute_names(std::string_view type) const {
  std::vector<std::string> out;
  if (const auto t = complex_.find(type); t != complex_.end()) {
    for (const auto& [name, _] : t->second.attributes) out.push_back(name);
  }
  return out;
}

SchemaOutline::Values SchemaOutline::values(std::string_view simple_type) const {
  Values out;
  std::function<void(std::string_view, int)> collect = [&](std::string_view name, int depth) {
    const auto t = simple_.find(name);
    if (t == simple_.end() || depth > 8) return;
    out.listed.insert(out.listed.end(), t->second.enumeration.begin(), t->second.enumeration.end());
    out.open |= t->second.extension_pattern;
    for (const auto& m : t->second.members) collect(m, depth + 1);
  };
  collect(simple_type, 0);
  return out;
}

}  // namespace docket::data
