#pragma once
// Optional content (layers) switched off in a PDF's default view: what is drawn in them is
// hidden on screen but is still in the file, so a public pack must not carry it.
#include "data/pdf_file.hpp"  // first: qpdf's PointerHolder mode

namespace docket::papers::detail {

/// Removes what hidden layers draw: marked-content sequences tagged with a hidden layer in
/// page and form contents, and forms, images and annotations that belong to one. Returns
/// whether the PDF had hidden layers. Removes the document's layer settings either way.
bool remove_hidden_layers(QPDF& pdf);

}  // namespace docket::papers::detail
