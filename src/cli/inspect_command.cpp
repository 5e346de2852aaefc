#include <iostream>

#include "cli/command.hpp"
#include "cli/paths.hpp"
#include "ooxml/package.hpp"
#include "papers/inspect.hpp"
#include "papers/inspect_data.hpp"
#include "support/error.hpp"
#include "template/template.hpp"

namespace docket::cli {

namespace {

// The tags the template engine finds, in the form inspect reports them. Loading compiles the
// template too; its other problems are `docket check`'s business, not inspect's.
std::vector<papers::TagEntry> template_tags(const std::string& path, const Invocation& inv) {
  Diagnostics ignored;
  tmpl::TemplateOptions options{format::Locale(inv.args["locale"].as<std::string>())};
  auto tpl = tmpl::Template::load(path, options, ignored);
  std::vector<papers::TagEntry> tags;
  for (const auto& part : tpl.tags()) {
    for (const auto& site : part.sites) {
      tags.push_back({.part = part.part,
                      .paragraph = site.paragraph,
                      .text = site.tag.text,
                      .excerpt = site.excerpt,
                      .error = site.error ? site.error->message : ""});
    }
  }
  return tags;
}

int inspect_document(const std::string& path, Invocation& inv) {
  papers::refuse_data_as_document(path);
  auto package = ooxml::Package::open(path);
  auto report = papers::inspect_package(package, {.tags = template_tags(path, inv)});
  inv.out << (inv.json ? papers::to_json(report) : papers::to_text(report));
  return 0;  // what inspect finds is information, not failure
}

int inspect_data(const std::string& path, Invocation& inv) {
  data::ValidateOptions options;
  if (inv.args.count("schema")) options.schema = inv.args["schema"].as<std::string>();
  if (inv.args.count("scheme")) options.scheme = inv.args["scheme"].as<std::string>();
  xml::SchemaCache schemas;
  Diagnostics diags;
  auto seen = papers::inspect_data(path, options, schemas, diags);
  if (inv.json) {
    inv.out << papers::to_json(seen, diags);
  } else {
    print_diagnostics(diags, inv);
    inv.out << seen.xml;
  }
  return status_for(diags);
}

int inspect(Invocation& inv) {
  const bool has_file = inv.args.count("file") > 0;
  const bool has_data = inv.args.count("data") > 0;
  if (has_file && has_data) {
    throw UsageError("give either FILE.docx or --data DATA.xml, not both", "run docket inspect --help");
  }
  if (has_data) return inspect_data(inv.args["data"].as<std::string>(), inv);
  return inspect_document(required_path(inv, "file", "FILE.docx"), inv);
}

}  // namespace

Command inspect_command() {
  return {
      .name = "inspect",
      .summary = "describe a document or template (parts, styles, tags, exempt markers, accessibility), or data",
      .synopsis = "docket inspect FILE.docx [--json]\n       docket inspect --data DATA.xml [--schema FILE.xsd] [--scheme FILE.xml] [--json]",
      .details =
          "For a .docx: its parts, styles (and which are used), sections, images with their alternative\n"
          "text, the exempt-information markers in its text (NOT FOR PUBLICATION, Schedule 12A, exempt\n"
          "information), an accessibility summary (docs/accessibility.md), and for a template the tags\n"
          "by part and paragraph. With --data: the data after validation with the derived values added\n"
          "(d:status, d:summary, d:score …), as templates select from it.\n"
          "The exit status is 0 whatever the document holds; 1 when --data is invalid; 3 or 4 when an\n"
          "input cannot be read or is refused.",
      .examples = {{"docket inspect templates/committee-report.docx", "the house template's parts, styles and tags"},
                   {"docket inspect --data fixtures/reports/s2-cambridgeshire-q4-2022-23.xml",
                    "a report as templates see it, with the values docket derives"}},
      .options =
          [](po::options_description& opts, po::positional_options_description& pos) {
            opts.add_options()
                ("file", po::value<std::string>()->value_name("FILE.docx"), "the document or template (.docx)")
                ("data", po::value<std::string>()->value_name("DATA.xml"), "show this data file as templates see it (- for standard input)")
                ("schema", po::value<std::string>()->value_name("FILE.xsd"), "with --data: validate against this XSD")
                ("scheme", po::value<std::string>()->value_name("FILE.xml"), "with --data: read status schemes and risk matrices from this file first")
                ("locale", po::value<std::string>()->value_name("LOCALE")->default_value("en-GB"), "locale for the template's filters");
            pos.add("file", 1);
          },
      .handler = inspect,
  };
}

}  // namespace docket::cli
