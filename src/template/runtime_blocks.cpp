// Blocks at run time: conditions, loops (grouped and sorted as their options ask), the loop
// variables XPath sees, and what a loop that selects nothing shows instead ({{else}}).
#include <algorithm>

#include "support/text.hpp"
#include "template/loop_order.hpp"
#include "template/runtime.hpp"

namespace docket::tmpl {

namespace {

xmlXPathObject* node_set(const std::vector<xmlNode*>& nodes) {
  xmlNodeSet* set = xmlXPathNodeSetCreate(nullptr);
  for (xmlNode* n : nodes) xmlXPathNodeSetAdd(set, n);
  return xmlXPathWrapNodeSet(set);
}

}  // namespace

xmlXPathObject* Runtime::variable(std::string_view name) {
  if (loops_.empty()) return nullptr;
  const Frame& f = loops_.back();
  const std::size_t n = f.index + 1;
  if (name == "number") return xmlXPathNewFloat(static_cast<double>(n));
  if (name == "index") return xmlXPathNewFloat(static_cast<double>(f.index));
  if (name == "count") return xmlXPathNewFloat(static_cast<double>(f.items.size()));
  if (name == "first") return xmlXPathNewBoolean(f.index == 0);
  if (name == "last") return xmlXPathNewBoolean(n == f.items.size());
  if (name == "letter") return xmlXPathNewString(BAD_CAST lower_letters(n).c_str());
  if (name == "roman") return xmlXPathNewString(BAD_CAST lower_roman(n).c_str());
  if (name == "group" && !f.members.empty()) return node_set(f.members[f.index]);
  if (name == "outer" && loops_.size() >= 2) {
    const Frame& o = loops_[loops_.size() - 2];
    return xmlXPathNewNodeSet(o.items[o.index]);
  }
  return nullptr;
}

void Runtime::write_block(const Block& b, ByteSink& out) {
  if (b.document_assembler) return write_da_block(b, out);
  if (b.kind == BlockKind::each) return write_each(b, out);
  std::string error;
  bool truth = b.expression.truth(env_.xpath, current_, error);
  if (!error.empty()) {
    return block_problem(b, "cannot evaluate " + b.expression.text() + ": " + error, "check the expression",
                         "template.xpath-error", out);
  }
  if (b.expression.is_path()) note_selection(b.site, truth);  // a false comparison is no news
  if (b.kind == BlockKind::unless) truth = !truth;
  execute(truth ? *b.body : *b.otherwise, out);
}

void Runtime::write_each(const Block& b, ByteSink& out) {
  std::string error;
  std::vector<xmlNode*> items = b.expression.nodes(env_.xpath, current_, error);
  if (!error.empty()) {
    return block_problem(b, "{{#each " + b.expression.text() + "}} cannot repeat: " + error,
                         "#each needs a path to elements, such as kpis/kpi", "template.each-not-nodes", out);
  }
  note_selection(b.site, !items.empty());
  if (items.empty()) return execute(*b.otherwise, out);
  std::vector<std::vector<xmlNode*>> members;
  if (b.group_key) {
    auto groups = group_items(items, *b.group_key, env_.xpath, error);
    items.clear();
    for (auto& g : groups) {
      items.push_back(g.members.front());
      members.push_back(std::move(g.members));
    }
  }
  if (error.empty()) {
    const std::vector<xmlNode*> unsorted = items;
    sort_items(items, b.sort_keys, env_.xpath, env_.locale, error);
    if (!members.empty()) {  // the groups follow their first members
      std::vector<std::vector<xmlNode*>> sorted;
      for (xmlNode* n : items) sorted.push_back(std::move(members[std::find(unsorted.begin(), unsorted.end(), n) - unsorted.begin()]));
      members = std::move(sorted);
    }
  }
  if (!error.empty()) {
    return block_problem(b, "{{#each " + b.expression.text() + "}} cannot sort or group its items: " + error,
                         "check the sort= and group-by= expressions", "template.xpath-error", out);
  }
  repeat_items(b, std::move(items), out, std::move(members));
}

void Runtime::block_problem(const Block& b, std::string message, std::string hint, const char* code, ByteSink& out) {
  if (env_.draft) write_error_in_place("[ERROR: " + message + "]", b.level, out);
  problem(b.site, Severity::error, message + where_in_data(), std::move(hint), code);
}

void Runtime::repeat_items(const Block& b, std::vector<xmlNode*> items, ByteSink& out,
                           std::vector<std::vector<xmlNode*>> members) {
  Frame frame;
  frame.items = std::move(items);
  frame.members = std::move(members);
  xmlNode* saved = current_;
  loops_.push_back(std::move(frame));
  const std::size_t count = loops_.back().items.size();
  for (std::size_t i = 0; i < count; ++i) {
    check_bounds(b, out);
    Frame& f = loops_.back();
    f.index = i;
    f.serial = next_serial_++;
    f.ids.clear();
    if (i > 0) {
      const bool last = i + 1 == count && b.last_separator;
      const auto& sep = last ? b.last_separator : b.separator;
      if (sep) write_text_runs(*sep, b.separator_style.plain, out);
    }
    current_ = f.items[i];
    execute(*b.body, out);
  }
  loops_.pop_back();
  current_ = saved;
}

}  // namespace docket::tmpl
