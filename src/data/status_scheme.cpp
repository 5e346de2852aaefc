// Outcome tokens, scheme look-ups, and reading a scheme file: parse, XSD, then the
// configuration checks of scheme_read.cpp and scheme_matrix.cpp.
#include "data/status_scheme.hpp"

#include <array>
#include <cctype>
#include <set>
#include <utility>

#include "data/schema_check.hpp"
#include "support/files.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace {

constexpr std::array<std::pair<Outcome, std::string_view>, 9> kOutcomes{{
    {Outcome::blue, "blue"},
    {Outcome::green, "green"},
    {Outcome::amber, "amber"},
    {Outcome::red, "red"},
    {Outcome::contextual, "contextual"},
    {Outcome::baseline, "baseline"},
    {Outcome::in_development, "in-development"},
    {Outcome::suspended, "suspended"},
    {Outcome::no_data, "no-data"},
}};

// "In Development", "in-development" and "IN_DEVELOPMENT" all fold to "in development".
std::string fold(std::string_view word) {
  std::string out;
  for (char c : word) {
    const char folded = (c == '-' || c == '_' || std::isspace(static_cast<unsigned char>(c)))
                            ? ' '
                            : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (folded == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += folded;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string_view outcome_token(Outcome outcome) {
  for (const auto& [o, token] : kOutcomes) {
    if (o == outcome) return token;
  }
  return "";
}

std::optional<Outcome> parse_outcome(std::string_view token) {
  for (const auto& [o, t] : kOutcomes) {
    if (t == token) return o;
  }
  return std::nullopt;
}

bool is_rag(Outcome outcome) {
  return outcome == Outcome::blue || outcome == Outcome::green || outcome == Outcome::amber ||
         outcome == Outcome::red;
}

const Status* StatusScheme::find(Outcome outcome) const {
  for (const Status& s : statuses) {
    if (s.outcome == outcome) return &s;
  }
  return nullptr;
}

const Status* StatusScheme::find_word(std::string_view word) const {
  const std::string wanted = fold(word);
  if (wanted.empty()) return nullptr;
  for (const Status& s : statuses) {
    if (fold(s.key) == wanted || fold(s.label) == wanted) return &s;
  }
  return nullptr;
}

const Band* RiskMatrix::band_for(long likelihood, long impact) const {
  if (!in_scale(likelihood) || !in_scale(impact)) return nullptr;
  const auto cell = static_cast<std::size_t>((likelihood - 1) * size + (impact - 1));
  return cell < cell_bands.size() ? &bands[cell_bands[cell]] : nullptr;
}

std::optional<SchemeFile> parse_scheme_file(const std::string& name, std::string text,
                                            xml::SchemaCache& schemas, Diagnostics& diags) {
  auto doc = xml::parse(text, name, diags);
  if (!doc) return std::nullopt;
  const DataSource file(name, std::move(text), std::move(*doc));
  const std::size_t errors_before = diags.error_count();
  if (file.root_namespace() != kSchemeNamespace || xml::local_name(file.root()) != "schemes") {
    diags.add(file.at(file.root(), Severity::error,
                      "this is not a docket scheme file: the root must be <schemes> in namespace " +
                          std::string(kSchemeNamespace),
                      "start from one of the files in schemas/status-schemes/ (see "
                      "docs/data/status-schemes.md)",
                      "scheme.not-a-scheme-file"));
    return std::nullopt;
  }
  check_schema(file, schemas.get(data_dir() / "schemas" / "status-scheme.xsd"), diags);
  if (diags.error_count() != errors_before) return std::nullopt;

  // Ids are unique within a file, separately for schemes and for matrices.
  SchemeFile result;
  std::set<std::string> ids[2];
  for (const xmlNode* element : xml::children(file.root())) {
    const bool is_matrix = xml::local_name(element) == "matrix";
    const std::string id = xml::attribute(element, "id").value_or("");
    if (!ids[is_matrix].insert(id).second) {
      diags.add(file.at(xml::attribute_node(element, "id"), Severity::error,
                        std::string(is_matrix ? "matrix" : "scheme") + " \"" + id +
                            "\" is defined twice in this file",
                        "give each " + std::string(is_matrix ? "matrix" : "scheme") +
                            " its own id, or remove one of them",
                        "scheme.duplicate-id"));
      continue;
    }
    if (is_matrix) {
      if (auto m = detail::read_matrix(file, element, diags)) result.matrices.push_back(std::move(*m));
    } else if (auto s = detail::read_scheme(file, element, diags)) {
      result.schemes.push_back(std::move(*s));
    }
  }
  if (diags.error_count() != errors_before) return std::nullopt;
  return result;
}

std::optional<SchemeFile> load_scheme_file(const std::filesystem::path& path,
                                           xml::SchemaCache& schemas, Diagnostics& diags) {
  return parse_scheme_file(path.string(), read_file(path, kMaxSchemeFileBytes), schemas, diags);
}

}  // namespace docket::data
