#include "template/tag.hpp"

#include <algorithm>
#include <span>

#include "support/text.hpp"

namespace docket::tmpl {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

// Splits `expr | f a "b" | g` at the bars that are outside quotes, brackets and parentheses.
std::vector<std::string_view> split_pipes(std::string_view s) {
  std::vector<std::string_view> parts;
  int depth = 0;
  char quote = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '(' || c == '[') {
      ++depth;
    } else if (c == ')' || c == ']') {
      --depth;
    } else if (c == '|' && depth == 0) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  parts.push_back(s.substr(start));
  return parts;
}

std::optional<TagSyntaxError> parse_filter(std::string_view text, format::FilterCall& call) {
  text = trim(text);
  std::size_t i = 0;
  while (i < text.size() && is_name_char(text[i])) ++i;
  if (i == 0) {
    return TagSyntaxError{"a filter name is missing after |",
                          "write a filter such as | upper, or put an XPath union in brackets: (a | b)"};
  }
  call.name = std::string(text.substr(0, i));
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    if (i == text.size()) break;
    if (text[i] == '"' || text[i] == '\'') {
      char q = text[i];
      auto end = text.find(q, i + 1);
      if (end == std::string_view::npos) {
        return TagSyntaxError{"a quoted argument of the filter " + call.name + " is not closed",
                              "add the closing quote"};
      }
      call.args.emplace_back(text.substr(i + 1, end - i - 1));
      i = end + 1;
    } else {
      std::size_t start = i;
      while (i < text.size() && !is_space(text[i])) ++i;
      call.args.emplace_back(text.substr(start, i - start));
    }
  }
  return std::nullopt;
}

struct Option {
  std::string name;
  std::string value;
};

// Removes trailing `name="value"` options of #each, from the end, so that quotes and `=`
// inside the XPath expression are left alone. Returns them in the order written.
std::vector<Option> take_options(std::string& expr, std::span<const std::string_view> names) {
  std::vector<Option> options;
  for (;;) {
    std::string_view s = trim(expr);
    if (s.empty() || (s.back() != '"' && s.back() != '\'')) break;
    char q = s.back();
    auto open = s.rfind(q, s.size() - 2);
    if (open == std::string_view::npos) break;
    std::size_t j = open;
    while (j > 0 && is_space(s[j - 1])) --j;
    if (j == 0 || s[j - 1] != '=') break;
    --j;
    while (j > 0 && is_space(s[j - 1])) --j;
    std::size_t name_end = j;
    while (j > 0 && is_name_char(s[j - 1])) --j;
    if (j == 0 || !is_space(s[j - 1])) break;
    const std::string_view name = s.substr(j, name_end - j);
    if (std::find(names.begin(), names.end(), name) == names.end()) break;  // part of the expression
    options.push_back({std::string(name), std::string(s.substr(open + 1, s.size() - open - 2))});
    expr = std::string(s.substr(0, j));
  }
  std::reverse(options.begin(), options.end());
  return options;
}

// Each order= applies to the sort= before it (written before every sort=, to the first).
// Nothing is dropped silently: a repeated option, or an order= with no sort=, is an error.
std::optional<TagSyntaxError> apply_options(const std::vector<Option>& options, Tag& tag) {
  bool pending_order = false;
  bool pending_descending = false;
  std::vector<bool> ordered;  // per sort: an order= was given
  for (const Option& o : options) {
    if (o.name == "sort") {
      tag.sorts.push_back({o.value, pending_order && pending_descending});
      ordered.push_back(pending_order);
      pending_order = false;
    } else if (o.name == "order") {
      if (o.value != "ascending" && o.value != "descending") {
        return TagSyntaxError{"order=\"" + o.value + "\" is not an order",
                              "write order=\"ascending\" or order=\"descending\""};
      }
      if (!tag.sorts.empty() && !ordered.back()) {
        tag.sorts.back().descending = o.value == "descending";
        ordered.back() = true;
      } else if (tag.sorts.empty() && !pending_order) {
        pending_order = true;
        pending_descending = o.value == "descending";
      } else {
        return TagSyntaxError{"a second order= for sort=\"" + (tag.sorts.empty() ? std::string() : tag.sorts.back().key) + "\"",
                              "give each sort= one order=, written after it: sort=\"a\" order=\"descending\" sort=\"b\""};
      }
    } else {
      std::optional<std::string>& slot = o.name == "sep" ? tag.separator : o.name == "last" ? tag.last_separator : tag.group_by;
      if (slot) return TagSyntaxError{"a second " + o.name + "=", "give " + o.name + "= once"};
      slot = o.value;
    }
  }
  if (pending_order) {
    return TagSyntaxError{"order= needs a sort= to reverse", "add sort=\"…\" before it, or remove order="};
  }
  return std::nullopt;
}

constexpr std::string_view kFormatOptions[] = {"fill", "colour", "color", "highlight", "link"};

// A value's formatting from data: fill=, colour= (or color=), highlight=, link=, each once.
std::optional<TagSyntaxError> apply_format_options(const std::vector<Option>& options, Tag& tag) {
  for (const Option& o : options) {
    std::optional<std::string>& slot = o.name == "fill"        ? tag.format.fill
                                       : o.name == "highlight" ? tag.format.highlight
                                       : o.name == "link"      ? tag.format.link
                                                               : tag.format.colour;
    if (slot) return TagSyntaxError{"a second " + o.name + "=", "give " + o.name + "= once"};
    if (trim(o.value).empty()) {
      return TagSyntaxError{o.name + "= needs an expression", "write " + o.name + "=\"path/to/value\""};
    }
    slot = o.value;
  }
  return std::nullopt;
}

// `{{/each}}` closes a block; `{{ /council/name }}`, `{{ //kpi[1]/name }}` and `{{ / }}` are
// absolute paths. A slash followed by one word is a closing tag only when the word is a block
// name, or close enough to one to be its typo (`{{/eahc}}`) — and then the message says how
// to write the path instead.
bool reads_as_close(std::string_view inner) {
  std::string_view rest = trim(inner.substr(1));
  if (rest.empty() || rest[0] == '/') return false;
  std::size_t n = 0;
  while (n < rest.size() && is_name_char(rest[n])) ++n;
  const std::string_view name = rest.substr(0, n);
  const std::string_view after = trim(rest.substr(n));
  if (name == "each" || name == "if" || name == "unless") {
    return after.empty() || !(after[0] == '/' || after[0] == '[' || after[0] == ':' || after[0] == '|' || after[0] == '?');
  }
  if (!after.empty() || n == 0) return false;
  static const std::vector<std::string> kBlocks = {"each", "if", "unless"};
  return nearest(name, kBlocks).has_value();
}

// `{{else if expr}}` continues an #if (or #unless) chain; `{{elseif …}}`, `{{else unless …}}`
// and the like are typos of it, said so rather than read as an XPath value.
std::optional<std::variant<Tag, TagSyntaxError>> else_if(std::string_view inner, Tag& tag) {
  std::size_t n = 0;
  while (n < inner.size() && is_name_char(inner[n])) ++n;
  const std::string_view word = inner.substr(0, n);
  const std::string_view rest = trim(inner.substr(n));
  if (word == "else" && rest.rfind("if", 0) == 0 && (rest.size() == 2 || is_space(rest[2]) || rest[2] == '(')) {
    tag.kind = TagKind::else_;
    tag.block = BlockKind::if_;
    tag.expression = std::string(trim(rest.substr(2)));
    if (tag.expression.empty()) return TagSyntaxError{"else if needs a condition", "write {{else if path/to/value}}"};
    return tag;
  }
  if ((word == "else" && !rest.empty() && is_name_char(rest[0])) || word == "elseif" || word == "elsif" || word == "elif") {
    return TagSyntaxError{"\u201C" + std::string(inner) + "\u201D is not an else tag",
                          "write {{else}} alone, or {{else if condition}}"};
  }
  return std::nullopt;
}

}  // namespace

std::string plain_quotes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // “ ” are E2 80 9C / E2 80 9D; ‘ ’ are E2 80 98 / E2 80 99.
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
        static_cast<unsigned char>(text[i + 1]) == 0x80) {
      unsigned char c = static_cast<unsigned char>(text[i + 2]);
      if (c == 0x9C || c == 0x9D) {
        out += '"';
        i += 2;
        continue;
      }
      if (c == 0x98 || c == 0x99) {
        out += '\'';
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::string_view block_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::each: return "each";
    case BlockKind::if_: return "if";
    case BlockKind::unless: return "unless";
  }
  return "each";
}

std::variant<Tag, TagSyntaxError> parse_tag(std::string_view raw) {
  Tag tag;
  tag.text = std::string(raw);
  std::string text = plain_quotes(raw);
  const bool triple = text.rfind("{{{", 0) == 0;
  const std::size_t braces = triple ? 3 : 2;
  if (text.size() < 2 * braces || text.compare(text.size() - braces, braces, triple ? "}}}" : "}}") != 0) {
    return TagSyntaxError{"the tag is not closed", triple ? "end it with }}}" : "end it with }}"};
  }
  std::string inner(trim(std::string_view(text).substr(braces, text.size() - 2 * braces)));
  if (triple) {
    tag.kind = TagKind::rich;
    tag.expression = inner;
    if (!tag.expression.empty() && tag.expression.back() == '?') {
      tag.optional = true;
      tag.expression = std::string(trim(std::string_view(tag.expression).substr(0, tag.expression.size() - 1)));
    }
    if (tag.expression.empty()) return TagSyntaxError{"the rich-text tag is empty", "write {{{ path/to/text }}}"};
    return tag;
  }
  if (inner.rfind('!', 0) == 0) {
    tag.kind = TagKind::comment;
    return tag;
  }
  if (inner == "else") {
    tag.kind = TagKind::else_;
    return tag;
  }
  if (auto chained = else_if(inner, tag)) return *chained;
  if (!inner.empty() && (inner[0] == '#' || (inner[0] == '/' && reads_as_close(inner)))) {
    const bool open = inner[0] == '#';
    std::string_view rest = trim(std::string_view(inner).substr(1));
    std::size_t n = 0;
    while (n < rest.size() && is_name_char(rest[n])) ++n;
    std::string name(rest.substr(0, n));
    if (name == "each") tag.block = BlockKind::each;
    else if (name == "if") tag.block = BlockKind::if_;
    else if (name == "unless") tag.block = BlockKind::unless;
    else {
      std::vector<std::string> known = {"each", "if", "unless"};
      auto near = nearest(name, known);
      std::string hint = near ? "did you mean " + std::string(1, inner[0]) + *near + "?"
                              : "blocks are #each, #if and #unless, closed by /each, /if, /unless";
      if (!open) hint += " (to insert the value at the path /" + name + ", write {{ /" + name + " ? }})";
      return TagSyntaxError{"\u201C" + std::string(1, inner[0]) + name + "\u201D is not a block", hint};
    }
    std::string expr(trim(rest.substr(n)));
    if (!open) {
      tag.kind = TagKind::close;
      if (!expr.empty()) {
        return TagSyntaxError{"a closing tag takes nothing after its name",
                              "write {{/" + name + "}}"};
      }
      return tag;
    }
    tag.kind = TagKind::open;
    static constexpr std::string_view kLoopOptions[] = {"sort", "order", "sep", "last", "group-by"};
    const auto options = take_options(expr, kLoopOptions);
    if (!options.empty() && tag.block != BlockKind::each) {
      return TagSyntaxError{"sort, order, group-by, sep and last belong to #each, not #" + name,
                            "move them to an {{#each …}} tag"};
    }
    if (auto err = apply_options(options, tag)) return *err;
    tag.expression = std::string(trim(expr));
    if (tag.expression.empty()) {
      return TagSyntaxError{"#" + name + " needs an expression", "write {{#" + name + " path/to/items}}"};
    }
    return tag;
  }
  auto parts = split_pipes(inner);
  std::string expr(trim(parts[0]));
  for (int pass = 0; pass < 2; ++pass) {  // `x ? fill="y"` and `x fill="y" ?`
    if (!expr.empty() && expr.back() == '?') {
      tag.optional = true;
      expr = std::string(trim(std::string_view(expr).substr(0, expr.size() - 1)));
    }
    if (pass == 0) {
      if (auto err = apply_format_options(take_options(expr, kFormatOptions), tag)) return *err;
    }
  }
  if (expr.empty()) {
    return TagSyntaxError{"the tag is empty", "write the path of the value to insert, e.g. {{ meta/title }}"};
  }
  tag.expression = expr;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    format::FilterCall call;
    if (auto err = parse_filter(parts[i], call)) return *err;
    tag.filters.push_back(std::move(call));
  }
  return tag;
}

}  // namespace docket::tmpl
