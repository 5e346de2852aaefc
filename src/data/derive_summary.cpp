// The KPI summary table (domain notes §2.6): a count per status in the scheme's order, and
// whole percentages by the largest-remainder method so that the column sums to exactly 100.
// Exact integer arithmetic: the share 100·n/N is compared by its remainder mod N.
#include <algorithm>
#include <numeric>

#include "data/derive.hpp"

namespace docket::data {

namespace {
constexpr const char* kNoPercent = "\u2013";  // en dash, printed when there is nothing to divide by
}

std::optional<std::vector<long>> largest_remainder_percentages(const std::vector<long>& counts) {
  const long total = std::accumulate(counts.begin(), counts.end(), 0L);
  if (total <= 0) return std::nullopt;
  std::vector<long> percents(counts.size());
  std::vector<long> remainders(counts.size());
  long handed_out = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    percents[i] = 100 * counts[i] / total;
    remainders[i] = 100 * counts[i] % total;
    handed_out += percents[i];
  }
  // The rest (0 ≤ D < number of entries) goes one each to the largest remainders; a stable
  // sort keeps the table's order among equal remainders.
  std::vector<std::size_t> order(counts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  for (std::size_t k = 0; handed_out < 100 && k < order.size(); ++k, ++handed_out) {
    ++percents[order[k]];
  }
  return percents;
}

KpiSummary summarise(const StatusScheme& scheme, const std::vector<const Status*>& statuses) {
  std::vector<long> counts(scheme.statuses.size(), 0);
  for (const Status* s : statuses) {
    if (s == nullptr) continue;
    const auto index = static_cast<std::size_t>(s - scheme.statuses.data());
    if (index < counts.size()) ++counts[index];
  }
  KpiSummary summary;
  std::vector<long> rated;         // counts of the rows the percentages are of
  std::vector<std::size_t> where;  // their row numbers
  for (std::size_t i = 0; i < scheme.statuses.size(); ++i) {
    const Status& status = scheme.statuses[i];
    if (status.summary == SummaryRow::when_used && counts[i] == 0) continue;
    summary.rows.push_back({&status, counts[i], ""});
    summary.total += counts[i];
    if (scheme.rules.denominator == Denominator::all || is_rag(status.outcome)) {
      rated.push_back(counts[i]);
      where.push_back(summary.rows.size() - 1);
      summary.denominator += counts[i];
    }
  }
  const auto percents = largest_remainder_percentages(rated);
  for (std::size_t k = 0; k < where.size(); ++k) {
    summary.rows[where[k]].percent = percents ? std::to_string((*percents)[k]) : kNoPercent;
  }
  summary.total_percent = percents ? "100" : kNoPercent;
  return summary;
}

}  // namespace docket::data
