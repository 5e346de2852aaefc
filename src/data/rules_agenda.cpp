// The agenda's item list (domain notes §4, §6.3): unique numbers, "to follow" items without
// papers, Part II items after the exclusion resolution that covers them, and supplements
// that say what they supplement.
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "data/detail/rules_context.hpp"
#include "data/detail/rules_values.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

std::vector<std::string> listed_ids(const xmlNode* exclusion) {
  std::istringstream words(token_attribute(xml::child(exclusion, "appliesTo"), "items").value_or(""));
  std::vector<std::string> ids;
  for (std::string id; words >> id;) ids.push_back(id);
  return ids;
}

void check_numbers(RuleContext& rules, const std::vector<xmlNode*>& items) {
  std::map<std::string, const xmlNode*> first_with;
  for (const xmlNode* item : items) {
    const std::string number = token_attribute(item, "number").value_or("");
    auto [it, fresh] = first_with.emplace(number, item);
    if (fresh) continue;
    rules.error(item,
                "item number " + number + " is used twice (the first at line " +
                    std::to_string(rules.data().position_of(it->second).line) + ")",
                "give each item its own number; an item added late can be numbered " + number + "a",
                "rule.agenda-item-duplicate");
  }
}

// "to follow" prints in place of a page number, so an item that has papers contradicts it.
void check_to_follow(RuleContext& rules, const xmlNode* item) {
  if (!is_true(item, "toFollow")) return;
  for (const xmlNode* paper : xml::children(item)) {
    const auto kind = xml::local_name(paper);
    if (kind != "report" && kind != "document" && kind != "appendix") continue;
    const bool data = kind == "report" && xml::attribute_node(paper, "href") == nullptr;
    const auto file = token_attribute(paper, data ? "data" : "href");
    rules.error(item,
                item_name(item) + " is marked to follow (toFollow=\"true\") but already has " +
                    (kind == "appendix" ? "an " : "a ") + std::string(kind) +
                    (file ? " (" + *file + ")" : ""),
                "if the papers are ready, remove toFollow=\"true\"; if not, remove the <" +
                    std::string(kind) + "> until they are (a supplementary agenda can add them)",
                "rule.to-follow-with-document");
    return;
  }
}

// Which exclusion item first lists each item id (by position), refusing ids that are not
// items': the schema checks only that an id exists somewhere in the file.
std::map<std::string, std::size_t> exclusions_by_item(RuleContext& rules,
                                                      const std::vector<xmlNode*>& items) {
  std::set<std::string> item_ids;
  for (const xmlNode* item : items) {
    if (auto id = token_attribute(item, "id")) item_ids.insert(*id);
  }
  std::map<std::string, std::size_t> listed_at;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (token_attribute(items[i], "kind") != "exclusion") continue;
    for (const auto& id : listed_ids(items[i])) {
      listed_at.emplace(id, i);
      if (item_ids.count(id) != 0) continue;
      rules.error(xml::child(items[i], "appliesTo"),
                  "the exclusion " + item_name(items[i]) + " applies to \u201C" + id +
                      "\u201D, which is not an agenda item",
                  "list the ids of the Part II items it covers (the id=\"\u2026\" of each <item>)",
                  "rule.applies-to-not-item");
    }
  }
  return listed_at;
}

// The public may be excluded only by a resolution taken before the item (LGA 1972
// s100A(4)); the agenda carries it as an exclusion item listing the Part II items.
void check_exclusions(RuleContext& rules, const std::vector<xmlNode*>& items) {
  const auto listed_at = exclusions_by_item(rules, items);
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!is_part_two(items[i])) continue;
    const auto id = token_attribute(items[i], "id");
    const auto listed = id ? listed_at.find(*id) : listed_at.end();
    if (listed != listed_at.end() && listed->second < i) continue;
    const std::string suggested_id = id.value_or("item-" + token_attribute(items[i], "number").value_or(""));
    std::string problem = "no exclusion item before it lists it";
    std::string hint = "put an item kind=\"exclusion\" (\u201CExclusion of the Press and Public\u201D) "
                       "before it with <appliesTo items=\"" + suggested_id +
                       "\"/>: the meeting must resolve to exclude the public before taking the item";
    if (listed != listed_at.end()) {
      problem = "the exclusion item that lists it (" + item_name(items[listed->second]) +
                ") comes after it";
    } else if (!id) {
      problem += " (it has no id to be listed by)";
      hint = "give it an id and " + hint;
    }
    rules.warning(items[i], item_name(items[i]) + " is taken in private (Part II), but " + problem,
                  std::move(hint), "rule.part-ii-without-exclusion");
  }
}

void check_supplement(RuleContext& rules) {
  const auto number = token_attribute(rules.root(), "supplementNumber");
  if (!number || xml::attribute_node(rules.root(), "supplementOf") != nullptr) return;
  rules.error(rules.root(),
              "this agenda is supplement " + *number + " (supplementNumber=\"" + *number +
                  "\") but does not say which agenda it supplements",
              "add supplementOf=\"\u2026\" with the id of the original agenda",
              "rule.supplement-without-original");
}

}  // namespace

bool is_part_two(const xmlNode* item) {
  if (token_attribute(item, "part") == "II") return true;
  const auto status = token_attribute(xml::child(item, "access"), "status");
  return status == "exempt" || status == "confidential";
}

void check_agenda_items(RuleContext& rules) {
  const auto items = xml::descendants(xml::child(rules.root(), "items"), "item");
  check_numbers(rules, items);
  for (const xmlNode* item : items) check_to_follow(rules, item);
  check_exclusions(rules, items);
  check_supplement(rules);
}

}  // namespace docket::data::detail
