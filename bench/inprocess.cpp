// docket-bench-render: docket's render path timed inside one process, R times.
//
//   docket-bench-render TEMPLATE.docx DATA.xml OUT.docx [--repeat R] [--phases]
//
// Each repeat does what `docket render` does (src/cli/render_command.cpp): load and compile
// the template, load the data for templates (data::load_for_template: parse, validate,
// derive, strip the namespace), render into OUT.docx. A loaded Template renders once, so it
// is loaded in every repeat. Prints the median of each step and the whole:
//
//   render repeats=5 template_ms=… data_ms=… render_ms=… total_ms=… peak_rss_mib=…
//
// With --phases the data step is split the way load_for_template.cpp and validate.cpp do it
// (parse, XSD compile, XSD validation, rules, stated values, confusables, derive, colours,
// namespace strip), calling the same data/ functions in the same order, and the resident set
// after each step is printed too (`parse_rss_mib=…`, of the last repeat): where memory goes.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "data/confusables.hpp"
#include "data/derive.hpp"
#include "data/load_for_template.hpp"
#include "data/prepare.hpp"
#include "data/rules.hpp"
#include "data/schema_check.hpp"
#include "data/stated_values.hpp"
#include "template/template.hpp"
#include "timing.hpp"

namespace docket::bench {
namespace {

struct Args {
  std::string template_path, data_path, output;
  int repeat = 5;
  bool phases = false;
};

// load_for_template, step by step, with each step timed (see the file comment).
data::TemplateData load_in_phases(const std::string& path, PhaseTimes& times, Diagnostics& diags) {
  data::TemplateData out;
  Stopwatch t;
  out.data = data::load_data(path, diags);
  times.lap("parse", t);
  if (!out.data) return out;
  xml::SchemaCache schemas;
  out.schema_used = data::choose_schema(*out.data, std::nullopt, diags);
  const xml::Schema& schema = schemas.get(*out.schema_used);
  times.lap("xsd_compile", t);
  data::check_schema(*out.data, schema, diags);
  times.lap("xsd_validate", t);
  data::check_rules(*out.data, diags);
  times.lap("rules", t);
  const data::SchemeLibrary schemes;
  data::check_stated_values(*out.data, schemes, diags);
  times.lap("stated_values", t);
  data::check_confusables(*out.data, diags);
  times.lap("confusables", t);
  data::derive(*out.data, schemes, diags, {"en-GB"});
  times.lap("derive", t);
  out.colours = data::StatusColours::of(*out.data, schemes, diags);
  times.lap("colours", t);
  data::strip_root_namespace(*out.data);
  times.lap("strip_ns", t);
  return out;
}

bool render_once(const Args& args, PhaseTimes& times) {
  Diagnostics diags;
  Stopwatch whole;
  Stopwatch t;
  auto tpl = tmpl::Template::load(args.template_path, {}, diags);
  times.lap("template", t);
  data::TemplateData loaded;
  if (args.phases) {
    loaded = load_in_phases(args.data_path, times, diags);
  } else {
    xml::SchemaCache schemas;
    loaded = data::load_for_template(args.data_path, {}, schemas, diags);
  }
  times.lap("data", t);
  bool written = false;
  if (loaded.data) {
    written = tmpl::render(tpl, *loaded.data, args.output,
                           {.status_fill = tmpl::scheme_colours(loaded.colours)}, diags);
  }
  times.lap("render", t);
  times.lap("total", whole);
  if (!written || diags.has_errors()) {
    for (const auto& d : diags) std::fprintf(stderr, "%s\n", to_text(d).c_str());
    return false;
  }
  return true;
}

Args parse_args(int argc, char** argv) {
  Args args;
  int positional = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) args.repeat = std::atoi(argv[++i]);
    else if (a == "--phases") args.phases = true;
    else if (positional == 0 && ++positional) args.template_path = a;
    else if (positional == 1 && ++positional) args.data_path = a;
    else if (positional == 2 && ++positional) args.output = a;
  }
  if (positional != 3 || args.repeat < 1) {
    std::fprintf(stderr, "usage: docket-bench-render TEMPLATE.docx DATA.xml OUT.docx [--repeat R] [--phases]\n");
    std::exit(2);
  }
  return args;
}

}  // namespace
}  // namespace docket::bench

int main(int argc, char** argv) {
  using namespace docket::bench;
  const Args args = parse_args(argc, argv);
  PhaseTimes times;
  try {
    for (int i = 0; i < args.repeat; ++i) {
      if (!render_once(args, times)) return 1;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "docket-bench-render: %s\n", e.what());
    return 1;
  }
  times.print("render");
  return 0;
}
