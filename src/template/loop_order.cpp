#include "template/loop_order.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "data/decimal.hpp"
#include "format/collation.hpp"
#include "support/text.hpp"

namespace docket::tmpl {

namespace {

// A key as compared: its kind first (number < text < empty), then its value.
struct Compared {
  enum Kind { number, text, empty } kind = empty;
  std::optional<data::Decimal> value;
  std::string collation;
};

Compared compared(const Selected& s, const format::Collator& collator) {
  Compared c;
  const std::string_view text = trim(s.text);
  if (!s.found || text.empty()) return c;
  if (auto d = data::Decimal::parse(text)) {
    c.kind = Compared::number;
    c.value = std::move(d);
  } else {
    c.kind = Compared::text;
    c.collation = collator.sort_key(text);
  }
  return c;
}

// <0, 0, >0 as a comes before, with or after b for one key.
int compare(const Compared& a, const Compared& b, bool descending) {
  if (a.kind == Compared::empty || b.kind == Compared::empty) {
    return (a.kind == Compared::empty) - (b.kind == Compared::empty);  // empties last, either order
  }
  int c = 0;
  if (a.kind != b.kind) {
    c = a.kind < b.kind ? -1 : 1;
  } else if (a.kind == Compared::number) {
    const auto order = *a.value <=> *b.value;
    c = order < 0 ? -1 : order > 0 ? 1 : 0;
  } else {
    c = a.collation.compare(b.collation);
    c = c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  return descending ? -c : c;
}

}  // namespace

void sort_items(std::vector<xmlNode*>& items, const std::vector<SortKey>& keys, xml::XPathContext& ctx,
                const format::Locale& locale, std::string& error) {
  if (items.size() < 2 || keys.empty()) return;
  const format::Collator collator(locale);
  std::vector<std::pair<std::vector<Compared>, xmlNode*>> keyed;
  keyed.reserve(items.size());
  for (xmlNode* n : items) {
    std::vector<Compared> values;
    for (const SortKey& k : keys) {
      values.push_back(compared(k.expression.value(ctx, n, error), collator));
      if (!error.empty()) return;
    }
    keyed.emplace_back(std::move(values), n);
  }
  std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& x, const auto& y) {
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (int c = compare(x.first[i], y.first[i], keys[i].descending)) return c < 0;
    }
    return false;
  });
  for (std::size_t i = 0; i < keyed.size(); ++i) items[i] = keyed[i].second;
}

std::vector<Group> group_items(const std::vector<xmlNode*>& items, const Expression& key, xml::XPathContext& ctx,
                               std::string& error) {
  std::vector<Group> groups;
  std::map<std::string, std::size_t> index;
  for (xmlNode* n : items) {
    std::string k(trim(key.value(ctx, n, error).text));
    if (!error.empty()) return {};
    auto [it, fresh] = index.emplace(k, groups.size());
    if (fresh) groups.push_back({k, {}});
    groups[it->second].members.push_back(n);
  }
  return groups;
}

}  // namespace docket::tmpl
