#pragma once
/// docket as a library: the entry points a program needs, in one include.
///
///   validate a data file     data::validate_data                  (data/validate.hpp)
///   render a report          tmpl::Template::load, tmpl::render   (template/template.hpp)
///   prepare data to render   data::load_for_template              (data/load_for_template.hpp)
///   build an agenda pack     pack::build_pack                     (pack/pack.hpp)
///   clean for publication    papers::clean_docx                   (papers/publish.hpp)
///   describe a document      papers::inspect_package              (papers/inspect.hpp)
///   PDF with LibreOffice     pack::convert_to_pdf                 (pack/soffice.hpp)
///
/// Problems in inputs are collected in a Diagnostics (support/diagnostic.hpp); failures that
/// end an operation are thrown as docket::Error (support/error.hpp). docket's schemas and
/// templates are found as the docket program finds them: DOCKET_DATA_DIR, else
/// PREFIX/share/docket beside the program (support/files.hpp).
///
/// Example (examples/render_report.cpp):
///   docket::Diagnostics diags;
///   docket::xml::SchemaCache schemas;
///   auto loaded = docket::data::load_for_template("report.xml", {}, schemas, diags);
///   auto tpl = docket::tmpl::Template::load(docket::house_template(), {}, diags);
///   if (loaded.data) docket::tmpl::render(tpl, *loaded.data, "report.docx", {}, diags);

#include "data/load_for_template.hpp"
#include "data/validate.hpp"
#include "pack/pack.hpp"
#include "pack/soffice.hpp"
#include "papers/inspect.hpp"
#include "papers/publish.hpp"
#include "support/diagnostic.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "template/template.hpp"
