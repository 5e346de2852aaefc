// Reading one <matrix>: labelled likelihood and impact scales 1..n and bands, given as score
// ranges or as a full cell table (domain notes §3: some matrices are not symmetric). The
// band table must place every cell exactly once, or a risk could print without a band.
#include <algorithm>
#include <map>
#include <set>

#include "data/status_scheme.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

std::optional<long> integer_attribute(const xmlNode* element, std::string_view name) {
  auto text = xml::attribute(element, name);
  if (!text) return std::nullopt;
  try {
    return std::stol(*text);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string join(const std::vector<long>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += i + 1 == values.size() ? " and " : ", ";
    out += std::to_string(values[i]);
  }
  return out;
}

// Reads the labels of one scale (likelihood or impact): exactly one per score 1..size.
bool read_scale(const DataSource& file, const xmlNode* matrix, std::string_view axis, int size,
                std::vector<std::string>& labels, Diagnostics& diags) {
  const std::size_t errors_before = diags.error_count();
  std::vector<bool> seen(static_cast<std::size_t>(size), false);
  labels.assign(static_cast<std::size_t>(size), {});
  for (const xmlNode* level : xml::children(matrix, axis)) {
    const long score = integer_attribute(level, "score").value_or(0);
    const std::string what = std::string(axis) + " " + std::to_string(score);
    if (score < 1 || score > size) {
      diags.add(file.at(xml::attribute_node(level, "score"), Severity::error,
                        what + " is outside the matrix's 1–" + std::to_string(size) + " scale",
                        "label the scores 1 to " + std::to_string(size) + ", or change size",
                        "scheme.scale-label"));
      continue;
    }
    const auto index = static_cast<std::size_t>(score - 1);
    if (seen[index]) {
      diags.add(file.at(level, Severity::error, what + " is labelled twice",
                        "remove one of the labels", "scheme.scale-label"));
      continue;
    }
    seen[index] = true;
    if (auto label = required_label(file, level, what, diags)) labels[index] = *label;
  }
  std::vector<long> missing;
  for (std::size_t i = 0; i < seen.size(); ++i) {
    if (!seen[i]) missing.push_back(static_cast<long>(i + 1));
  }
  if (!missing.empty()) {
    diags.add(file.at(matrix, Severity::error,
                      "the " + std::string(axis) + " scale has no label for " +
                          (missing.size() == 1 ? "score " : "scores ") + join(missing),
                      "add <" + std::string(axis) + " score=\"…\" label=\"…\"/> for each score 1 to " +
                          std::to_string(size),
                      "scheme.scale-label"));
  }
  return diags.error_count() == errors_before;
}

// Bands as inclusive score ranges: every product l × i must fall in exactly one.
void place_by_range(const DataSource& file, const xmlNode* matrix,
                    const std::vector<const xmlNode*>& band_elements, RiskMatrix& m,
                    Diagnostics& diags) {
  std::vector<std::pair<long, long>> ranges;
  for (const xmlNode* b : band_elements) {
    const auto from = integer_attribute(b, "from");
    const auto to = integer_attribute(b, "to");
    const std::string key = xml::attribute(b, "key").value_or("");
    if (!from || !to || *from > *to) {
      diags.add(file.at(b, Severity::error,
                        "band \"" + key + "\" needs a score range: from and to, with from ≤ to",
                        "give from=\"…\" to=\"…\", or place the bands with <cell> elements",
                        "scheme.band-range"));
      return;
    }
    ranges.emplace_back(*from, *to);
  }
  std::vector<long> gaps;
  std::set<long> overlaps;
  m.cell_bands.assign(static_cast<std::size_t>(m.size * m.size), 0);
  for (long l = 1; l <= m.size; ++l) {
    for (long i = 1; i <= m.size; ++i) {
      std::vector<std::size_t> hits;
      for (std::size_t b = 0; b < ranges.size(); ++b) {
        if (l * i >= ranges[b].first && l * i <= ranges[b].second) hits.push_back(b);
      }
      if (hits.empty()) {
        if (std::find(gaps.begin(), gaps.end(), l * i) == gaps.end()) gaps.push_back(l * i);
        continue;
      }
      if (hits.size() > 1 && overlaps.insert(l * i).second) {  // each product once
        diags.add(file.at(band_elements[hits[1]], Severity::error,
                          "score " + std::to_string(l * i) + " is in two bands, \"" + m.bands[hits[0]].key +
                              "\" and \"" + m.bands[hits[1]].key + "\"",
                          "make the band ranges not overlap", "scheme.band-overlap"));
      }
      m.cell_bands[static_cast<std::size_t>((l - 1) * m.size + (i - 1))] = hits.front();
    }
  }
  if (gaps.empty()) return;
  std::sort(gaps.begin(), gaps.end());
  diags.add(file.at(matrix, Severity::error,
                    "no band covers " + std::string(gaps.size() == 1 ? "score " : "scores ") +
                        join(gaps) + ", which a " + std::to_string(m.size) + "×" +
                        std::to_string(m.size) + " matrix can give",
                    "widen a band's from–to range so that every likelihood × impact product "
                    "falls in one band",
                    "scheme.band-gap"));
}

// Bands placed cell by cell: every likelihood and impact pair exactly once.
void place_by_cell(const DataSource& file, const xmlNode* matrix,
                   const std::vector<const xmlNode*>& band_elements, RiskMatrix& m,
                   Diagnostics& diags) {
  std::map<std::string, std::size_t> index;
  for (std::size_t b = 0; b < m.bands.size(); ++b) index[m.bands[b].key] = b;
  for (const xmlNode* b : band_elements) {
    if (xml::attribute_node(b, "from") || xml::attribute_node(b, "to")) {
      diags.add(file.at(b, Severity::error,
                        "band \"" + xml::attribute(b, "key").value_or("") +
                            "\" has a score range, but this matrix places its bands with <cell>",
                        "use either from/to on every band or <cell> elements, not both",
                        "scheme.band-range"));
    }
  }
  const auto cells = static_cast<std::size_t>(m.size * m.size);
  std::vector<bool> placed(cells, false);
  m.cell_bands.assign(cells, 0);
  for (const xmlNode* c : xml::children(matrix, "cell")) {
    const long l = integer_attribute(c, "likelihood").value_or(0);
    const long i = integer_attribute(c, "impact").value_or(0);
    const std::string band = xml::attribute(c, "band").value_or("");
    const std::string what = "cell likelihood " + std::to_string(l) + " × impact " + std::to_string(i);
    const auto found = index.find(band);
    if (!m.in_scale(l) || !m.in_scale(i)) {
      diags.add(file.at(c, Severity::error, what + " is outside the matrix",
                        "use scores 1 to " + std::to_string(m.size), "scheme.cell-outside"));
    } else if (found == index.end()) {
      diags.add(file.at(xml::attribute_node(c, "band"), Severity::error,
                        what + " names band \"" + band + "\", which this matrix does not define",
                        "use the key of one of the matrix's <band> elements", "scheme.cell-band-unknown"));
    } else if (placed[static_cast<std::size_t>((l - 1) * m.size + (i - 1))]) {
      diags.add(file.at(c, Severity::error, what + " is placed twice", "remove one of them",
                        "scheme.cell-duplicate"));
    } else {
      placed[static_cast<std::size_t>((l - 1) * m.size + (i - 1))] = true;
      m.cell_bands[static_cast<std::size_t>((l - 1) * m.size + (i - 1))] = found->second;
    }
  }
  for (std::size_t cell = 0; cell < cells; ++cell) {
    if (placed[cell]) continue;
    const auto l = static_cast<long>(cell) / m.size + 1;
    const auto i = static_cast<long>(cell) % m.size + 1;
    diags.add(file.at(matrix, Severity::error,
                      "no band covers likelihood " + std::to_string(l) + " × impact " +
                          std::to_string(i) + ": the cell table must place every cell",
                      "add <cell likelihood=\"" + std::to_string(l) + "\" impact=\"" +
                          std::to_string(i) + "\" band=\"…\"/>",
                      "scheme.band-gap"));
  }
}

}  // namespace

std::optional<RiskMatrix> read_matrix(const DataSource& file, const xmlNode* element,
                                      Diagnostics& diags) {
  const std::size_t errors_before = diags.error_count();
  RiskMatrix m;
  m.id = xml::attribute(element, "id").value_or("");
  m.name = xml::attribute(element, "name").value_or(m.id);
  m.size = static_cast<int>(integer_attribute(element, "size").value_or(0));
  m.file = file.file();
  m.line = file.position_of(element).line;
  const bool likelihood_ok = read_scale(file, element, "likelihood", m.size, m.likelihood_labels, diags);
  const bool impact_ok = read_scale(file, element, "impact", m.size, m.impact_labels, diags);
  std::vector<const xmlNode*> band_elements;
  std::set<std::string> keys;
  for (const xmlNode* b : xml::children(element, "band")) {
    Band band;
    band.key = xml::attribute(b, "key").value_or("");
    const std::string what = "band \"" + band.key + "\"";
    if (!keys.insert(band.key).second) {
      diags.add(file.at(b, Severity::error, what + " is defined twice in matrix " + m.id,
                        "remove one of them", "scheme.duplicate-key"));
      continue;
    }
    if (auto label = required_label(file, b, what, diags)) band.label = *label;
    read_colours(file, b, what, band.fill, band.text_colour, diags);
    m.bands.push_back(std::move(band));
    band_elements.push_back(b);
  }
  if (!likelihood_ok || !impact_ok || diags.error_count() != errors_before) return std::nullopt;
  if (xml::child(element, "cell") != nullptr) {
    place_by_cell(file, element, band_elements, m, diags);
  } else {
    place_by_range(file, element, band_elements, m, diags);
  }
  if (diags.error_count() != errors_before) return std::nullopt;
  return m;
}

}  // namespace docket::data::detail
