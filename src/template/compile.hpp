#pragma once
// Compiling a part's template tree into a Program.
#include "format/filter.hpp"
#include "ooxml/styles.hpp"
#include "support/diagnostic.hpp"
#include "template/program.hpp"
#include "template/site.hpp"
#include "xml/document.hpp"
#include "xml/xpath.hpp"

namespace docket::tmpl {

struct CompileEnv {
  xml::XPathContext& xpath;        // namespaces and functions for expressions
  const format::Locale& locale;    // for filters
  const ooxml::StyleTable& styles;
  bool text_part = false;          // docProps/core.xml: values as plain text
};

/// Compiles a part whose tags have been turned into a tree (tree.hpp). Problems (XPath
/// syntax, unknown filters) go to `diags`; the program is still complete for what compiled.
ProgramPtr compile_part(xml::Document& doc, const PartSites& sites, CompileEnv& env, Diagnostics& diags);

}  // namespace docket::tmpl
