#include "ooxml/fields.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "xml/node.hpp"

namespace docket::ooxml {

namespace {

std::string w_value(const xmlNode* e, const char* name) {
  xmlChar* v = xmlGetNsProp(e, BAD_CAST name, BAD_CAST std::string(ns::w).c_str());
  if (v == nullptr) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

// fldChar, instrText and fldSimple elements in document order (deleted field codes left out).
void collect(xmlNode* node, std::vector<xmlNode*>& out) {
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is_w(c, "fldChar") || is_w(c, "instrText") || is_w(c, "fldSimple")) out.push_back(c);
    if (!is_w(c, "del")) collect(c, out);
  }
}

}  // namespace

std::string field_kind(const std::string& instruction) {
  std::size_t start = instruction.find_first_not_of(" \t");
  if (start == std::string::npos) return {};
  std::size_t end = instruction.find_first_of(" \t\\", start);
  std::string kind = instruction.substr(start, end == std::string::npos ? std::string::npos : end - start);
  for (char& c : kind) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return kind;
}

std::vector<Field> fields(xmlNode* root) {
  std::vector<xmlNode*> nodes;
  collect(root, nodes);
  std::vector<std::pair<std::size_t, Field>> done;  // where each begins, and the field
  struct Open {
    std::size_t at;
    Field field;
    bool in_code;  // its code is still being read
  };
  std::vector<Open> open;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    xmlNode* n = nodes[i];
    if (is_w(n, "fldSimple")) {
      done.push_back({i, {w_value(n, "instr"), n, nullptr, nullptr}});
    } else if (is_w(n, "instrText")) {
      if (!open.empty() && open.back().in_code) open.back().field.instruction += xml::text(n);
    } else {
      const std::string type = w_value(n, "fldCharType");
      if (type == "begin") {
        open.push_back({i, {"", n, nullptr, nullptr}, true});
      } else if (type == "separate" && !open.empty()) {
        open.back().field.separate = n;
        open.back().in_code = false;
      } else if (type == "end" && !open.empty()) {
        open.back().field.end = n;
        done.push_back({open.back().at, std::move(open.back().field)});
        open.pop_back();
      }
    }
  }
  // Outer fields first: each field's begin is before the fields it holds.
  std::sort(done.begin(), done.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Field> out;
  for (auto& d : done) out.push_back(std::move(d.second));
  return out;
}

bool result_goes_stale(const std::string& kind) {
  static constexpr std::array<std::string_view, 10> kinds = {"TOC", "PAGEREF", "REF", "NOTEREF", "SEQ",
                                                            "STYLEREF", "TOA", "INDEX", "SECTIONPAGES", "NUMPAGES"};
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

int mark_stale_fields(xmlNode* root) {
  int marked = 0;
  for (const Field& f : fields(root)) {
    if (!result_goes_stale(field_kind(f.instruction))) continue;
    xmlSetNsProp(f.begin, w_namespace(f.begin), BAD_CAST "dirty", BAD_CAST "true");
    ++marked;
  }
  return marked;
}

}  // namespace docket::ooxml
