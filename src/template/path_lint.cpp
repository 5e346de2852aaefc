#include "template/path_lint.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "support/files.hpp"
#include "support/text.hpp"

namespace docket::tmpl {

namespace {

// An element a path can be at: its name (for messages) and its schema type.
struct At {
  std::string name;
  std::string type;
};
using Places = std::vector<At>;  // empty: not known, so nothing is checked

bool name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'; }

class Linter {
 public:
  Linter(const data::SchemaOutline& schema, std::string root) : schema_(schema), root_(std::move(root)) {}

  // Checks `expr` read at `context`; returns where its last path leads (for an #each).
  Places check(std::string_view expr, const Places& context, std::vector<std::string>& problems,
               std::vector<std::string>& hints) {
    expr_ = expr;
    resolved = 0;
    problems_ = &problems;
    hints_ = &hints;
    std::size_t i = 0;
    return scan(i, expr.size(), context);
  }

  int resolved = 0;  // steps of the last expression checked that a document can hold

 private:
  void skip_space(std::size_t& i, std::size_t end) const {
    while (i < end && std::isspace(static_cast<unsigned char>(expr_[i]))) ++i;
  }

  std::size_t matching(std::size_t i, std::size_t end, char open, char close) const {
    int depth = 0;
    for (; i < end; ++i) {
      const char c = expr_[i];
      if (c == '\'' || c == '"') {
        const auto q = expr_.find(c, i + 1);
        i = q == std::string_view::npos ? end : q;
      } else if (c == open) {
        ++depth;
      } else if (c == close && --depth == 0) {
        return i;
      }
    }
    return end;
  }

  std::string read_name(std::size_t& i, std::size_t end) const {
    const std::size_t start = i;
    while (i < end && (name_char(expr_[i]) || (expr_[i] == ':' && i + 1 < end && name_start(expr_[i + 1]) &&
                                                 (i == start || expr_[i - 1] != ':')))) {
      ++i;
    }
    return std::string(expr_.substr(start, i - start));
  }

  Places scan(std::size_t& i, std::size_t end, const Places& context) {
    Places last;
    bool after_operand = false;
    bool in_union = false;   // the next path is a member of a union (`a | b`)
    bool union_unknown = false;
    while (i < end) {
      const char c = expr_[i];
      if (std::isspace(static_cast<unsigned char>(c))) {
        ++i;
      } else if (c == '\'' || c == '"') {
        const auto q = expr_.find(c, i + 1);
        i = q == std::string_view::npos ? end : q + 1;
        after_operand = true;
      } else if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && i + 1 < end && std::isdigit(static_cast<unsigned char>(expr_[i + 1])))) {
        while (i < end && (std::isdigit(static_cast<unsigned char>(expr_[i])) || expr_[i] == '.')) ++i;
        after_operand = true;
      } else if (c == '$') {
        ++i;
        read_name(i, end);
        if (i < end && expr_[i] == '/') path(i, end, {}, false);  // below a variable: not known
        after_operand = true;
      } else if (c == '(' || c == ',') {
        ++i;
        after_operand = false;
      } else if (c == ')') {
        ++i;
        after_operand = true;
      } else if (c == '[') {
        const std::size_t close = matching(i, end, '[', ']');
        std::size_t inner = i + 1;
        scan(inner, close, {});
        i = std::min(close + 1, end);
      } else if (name_start(c) || c == '/' || c == '@' || c == '.' || c == '*') {
        if (after_operand && name_start(c)) {  // `and`, `or`, `div`, `mod`, or a `*`
          read_name(i, end);
          after_operand = false;
          continue;
        }
        if (c == '*' && after_operand) {
          ++i;
          after_operand = false;
          continue;
        }
        std::size_t j = i;
        if (name_start(c)) {
          read_name(j, end);
          std::size_t k = j;
          skip_space(k, end);
          if (k < end && expr_[k] == '(') {  // a function call: its arguments are read on
            i = j;
            after_operand = false;
            continue;
          }
        }
        Places led = path(i, end, context, true);
        if (in_union) {
          union_unknown |= led.empty() || last.empty();
          last.insert(last.end(), led.begin(), led.end());
          if (union_unknown) last.clear();
        } else {
          last = std::move(led);
          union_unknown = false;
        }
        in_union = false;
        after_operand = true;
      } else {
        in_union = c == '|';
        ++i;  // an operator
        after_operand = false;
      }
    }
    return last;
  }

  // A location path from `i`; checked while the places it is at are known.
  Places path(std::size_t& i, std::size_t end, Places at, bool checked) {
    const std::size_t start = i;
    bool below = false, or_self = false;  // the next step is after //: anywhere below `at`
    if (expr_[i] == '/') {
      if (i + 1 < end && expr_[i + 1] == '/') {
        at = {{root_, schema_.element_type(root_)}};  // the whole document, its root included
        below = or_self = true;
        i += 2;
      } else {
        ++i;
        std::size_t j = i;
        const std::string first = read_name(j, end);
        if (first.empty()) return {};
        i = j;
        if (first == root_) {
          at = {{root_, schema_.element_type(root_)}};
          ++resolved;
        } else {
          problem(start, i, "a document of this kind starts with <" + root_ + ">, not <" + first + ">",
                  "/", {root_});
          at.clear();
        }
        predicates(i, end, at);
        if (i >= end || expr_[i] != '/') return at;
        if (i + 1 < end && expr_[i + 1] == '/') {
          below = true;
          ++i;
        }
        ++i;
      }
    }
    while (i < end) {
      const std::size_t step_start = i;
      const char c = expr_[i];
      if (below && !name_start(c)) at.clear();  // //*, //@x, //.: not followed
      if (c == '.') {
        ++i;
        if (i < end && expr_[i] == '.') {
          ++i;
          at.clear();
        }
      } else if (c == '*') {
        ++i;
        at.clear();
      } else if (c == '@') {
        ++i;
        const std::string name = read_name(i, end);
        if (checked && known(at) && name.find(':') == std::string::npos) {
          bool found = false;
          std::vector<std::string> names;
          for (const At& a : at) {
            found |= !schema_.attribute_type(a.type, name).empty();
            for (auto& n : schema_.attribute_names(a.type)) names.push_back(n);
          }
          if (!found) problem(start, i, "a <" + at.front().name + "> has no attribute " + name, "", names, "@");
        }
        at.clear();
      } else if (name_start(c)) {
        std::string name = read_name(i, end);
        std::size_t k = i;
        skip_space(k, end);
        if (name.find(':') != std::string::npos || (k < end && expr_[k] == '(') ||
            expr_.substr(i, 2) == "::") {  // another namespace (d:…), a node test, an axis
          if (k < end && expr_[k] == '(') i = std::min(matching(k, end, '(', ')') + 1, end);
          else if (expr_.substr(i, 2) == "::") {
            i += 2;
            read_name(i, end);
          }
          at.clear();
        } else {
          Places next;
          std::vector<std::string> names;
          if (below) {
            next = anywhere_below(at, name, or_self, names);
          } else {
            for (const At& a : at) {
              if (auto t = schema_.child_type(a.type, name); !t.empty()) next.push_back({name, t});
              for (const auto& child : schema_.children(a.type)) names.push_back(child.name);
            }
          }
          if (checked && known(at) && next.empty()) {
            problem(start, i,
                    !below ? "a <" + at.front().name + "> has no <" + name + ">"
                           : "no <" + name + "> is anywhere in " + (or_self ? "a " + root_ : "a <" + at.front().name + ">"),
                    std::string(expr_.substr(start, step_start - start)), names);
          }
          resolved += checked && !next.empty();
          at = next;
        }
      } else {
        break;
      }
      below = or_self = false;
      predicates(i, end, at);
      if (i < end && expr_[i] == '/') {
        if (i + 1 < end && expr_[i + 1] == '/') {
          below = true;
          ++i;
        }
        ++i;
        continue;
      }
      break;
    }
    return below ? Places{} : at;
  }

  // The elements named `name` at any depth below `at` (or `at` itself, with `or_self`);
  // `names` gets every name found there, for "did you mean".
  Places anywhere_below(const Places& at, const std::string& name, bool or_self, std::vector<std::string>& names) const {
    Places found;
    for (const At& a : at) {
      if (or_self && a.name == name) found.push_back(a);
      for (const auto& d : schema_.descendants(a.type)) {
        names.push_back(d.name);
        if (d.name == name) found.push_back({name, d.type});
      }
    }
    return found;
  }

  void predicates(std::size_t& i, std::size_t end, const Places& at) {
    while (i < end && expr_[i] == '[') {
      const std::size_t close = matching(i, end, '[', ']');
      std::size_t inner = i + 1;
      scan(inner, close, at);
      i = std::min(close + 1, end);
    }
  }

  bool known(const Places& at) const {
    return !at.empty() && std::all_of(at.begin(), at.end(), [&](const At& a) { return schema_.is_complex(a.type); });
  }

  // `prefix`: the path before the unknown step, for "did you mean"; `names`: what is there.
  void problem(std::size_t start, std::size_t end, const std::string& what, const std::string& prefix,
               std::vector<std::string> names, const std::string& sigil = "") {
    const std::string written(expr_.substr(start, end - start));
    const std::string step = written.substr(written.find_last_of("/@") == std::string::npos ? 0 : written.find_last_of("/@") + 1);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    problems_->push_back("‘" + written + "’ selects nothing in any " + root_ + ": " + what);
    if (auto near = nearest(step, names)) {
      hints_->push_back("did you mean " + prefix + sigil + *near + "?");
    } else if (!names.empty()) {
      std::string list;
      for (std::size_t n = 0; n < names.size() && n < 12; ++n) list += (n ? ", " : "") + sigil + names[n];
      hints_->push_back("it may hold " + list + (names.size() > 12 ? ", …" : ""));
    } else {
      hints_->push_back("check the path against docs/data/" + std::string(root_ == "agenda" ? "agenda" : "committee-report") + ".md");
    }
  }

  const data::SchemaOutline& schema_;
  std::string root_;
  std::string_view expr_;
  std::vector<std::string>* problems_ = nullptr;
  std::vector<std::string>* hints_ = nullptr;
};

struct Open {
  BlockKind kind;
  Places outer;
};

}  // namespace

PathCheck unknown_paths(const Template& t, const data::SchemaOutline& schema, const std::string& root) {
  PathCheck out;
  Linter lint(schema, root);
  const Places top = {{root, schema.element_type(root)}};
  for (std::size_t p = 0; p < t.tags().size(); ++p) {
    const auto& sites = t.tags()[p].sites;
    Places here = top;
    std::vector<Open> open;
    for (std::size_t s = 0; s < sites.size(); ++s) {
      const Tag& tag = sites[s].tag;
      if (sites[s].error || tag.document_assembler) continue;
      std::vector<std::string> problems, hints;
      int resolved = 0;
      auto check = [&](const std::string& expr, const Places& at) {
        Places led = lint.check(expr, at, problems, hints);
        resolved += lint.resolved;
        return led;
      };
      switch (tag.kind) {
        case TagKind::value:
        case TagKind::rich:
          check(tag.expression, here);
          for (const auto& e : {tag.format.fill, tag.format.colour, tag.format.highlight, tag.format.link}) {
            if (e) check(*e, here);
          }
          break;
        case TagKind::open: {
          Places inner = check(tag.expression, here);
          open.push_back({tag.block, here});
          if (tag.block == BlockKind::each) {
            for (const auto& sort : tag.sorts) check(sort.key, inner);
            if (tag.group_by) check(*tag.group_by, inner);
            here = inner;
          }
          break;
        }
        case TagKind::else_:
          if (!open.empty() && open.back().kind == BlockKind::each) here = open.back().outer;  // nothing selected
          break;
        case TagKind::close:
          if (!open.empty()) {
            here = open.back().outer;
            open.pop_back();
          }
          break;
        case TagKind::comment:
          break;
      }
      const bool at_root = open.empty() || (tag.kind == TagKind::open && open.size() == 1);
      if (at_root && tag.kind != TagKind::close && tag.kind != TagKind::else_ && tag.kind != TagKind::comment) {
        out.sound_at_root += problems.empty() && resolved > 0;
        out.unsound_at_root += !problems.empty();
      }
      for (std::size_t n = 0; n < problems.size(); ++n) out.unknown.push_back({p, s, problems[n], hints[n]});
    }
  }
  return out;
}

std::string check_paths_without_data(const Template& t, Diagnostics& diags) {
  const auto folder = data_dir() / "schemas";
  const data::SchemaOutline report(folder / "committee-report.xsd");
  const data::SchemaOutline agenda(folder / "agenda.xsd");
  auto found = unknown_paths(t, report, "report");
  std::string root = "report";
  if (!found.unknown.empty()) {
    auto in_agenda = unknown_paths(t, agenda, "agenda");
    if (in_agenda.unknown.size() < found.unknown.size()) {
      found = std::move(in_agenda);
      root = "agenda";
    }
  }
  // A template most of whose tags outside loops a report or agenda cannot fill is written for
  // other data (as docket's own exempt notice is): its paths are not this check's to judge.
  if (found.sound_at_root <= found.unsound_at_root) return "";
  for (const auto& u : found.unknown) {
    const auto& part = t.tags()[u.part];
    diags.add(part.at(part.sites[u.site], Severity::warning, u.message, u.hint, "template.unknown-path"));
  }
  return root;
}

}  // namespace docket::tmpl
