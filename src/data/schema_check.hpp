#pragma once
// Choosing a data file's schema and reporting XSD problems in words an officer can act on.
#include <filesystem>
#include <optional>

#include "data/data_source.hpp"
#include "support/diagnostic.hpp"
#include "xml/schema.hpp"

namespace docket::data {

/// The schema for a data file: `explicit_schema` if given; else the installed schema its
/// root names (<report> or <agenda> in docket's namespace); nullopt for data in no namespace
/// (used as it is). A root in another namespace, or another version of docket's, is an
/// error in `diags`, and nullopt is returned.
std::optional<std::filesystem::path> choose_schema(
    const DataSource& data, const std::optional<std::filesystem::path>& explicit_schema,
    Diagnostics& diags);

/// Validates `data` against `schema`, adding a diagnostic per problem (line, column, a
/// plain message and a hint), and checks that every IDREF names an existing id.
void check_schema(const DataSource& data, const xml::Schema& schema, Diagnostics& diags);

}  // namespace docket::data
