#pragma once
// Rich text from data (`{{{ summary }}}`): the XHTML-like subset of the template language
// mapped to the template's own styles — <p> takes the tag paragraph's style, lists the
// template's list styles (or numbering docket adds), <table> a simple table with a header
// row, <a href> an external hyperlink. Anything else is an error naming the element and its
// line in the data.
#include "support/byte_sink.hpp"
#include "template/program.hpp"
#include "template/runtime.hpp"

namespace docket::tmpl {

void write_rich(const WriteRich& rich, Runtime& runtime, ByteSink& out);

}  // namespace docket::tmpl
