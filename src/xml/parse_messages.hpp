#pragma once
// libxml2's well-formedness messages in words an officer can act on ("Opening and ending tag
// mismatch: b line 2 and a" becomes "the end tag </a> does not match the start tag <b> on
// line 2"). Messages without a translation are passed through as libxml2 wrote them.
#include <string>

#include <libxml/xmlerror.h>

namespace docket::xml {

/// The message for a parse error, without libxml2's trailing newline.
std::string well_formedness_message(const xmlError& error);

}  // namespace docket::xml
