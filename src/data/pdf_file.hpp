#pragma once
// Reading a PDF paper with qpdf (a well-kept library; PDF parsing is not code docket should
// own), safely: warnings are kept for the caller instead of printed, and every stream can be
// decoded through a counter so that a compressed bomb is refused before it is held in memory.
#ifndef POINTERHOLDER_TRANSITION
#define POINTERHOLDER_TRANSITION 4  // we use no PointerHolder
#endif
#include <qpdf/QPDF.hh>

#include <cstdint>
#include <filesystem>
#include <string>

namespace docket::data {

struct PdfLimits {
  std::uint64_t max_stream_bytes = 256ull << 20;  // one stream, decoded
  std::uint64_t max_total_bytes = 1ull << 30;     // every stream, decoded
  std::size_t max_objects = 1'000'000;
  std::size_t max_pages = 10'000;
};

/// Opens `file` into `pdf` (a fresh QPDF), warnings kept. Throws IoError naming the file when
/// qpdf cannot read it or it needs a password, UnsafeInput when it has more objects or pages
/// than the limits.
void open_pdf(QPDF& pdf, const std::filesystem::path& file, const PdfLimits& limits = {});

/// Decodes every stream of `pdf` into a counter and discards it. Throws UnsafeInput when a
/// stream or all of them decode past the limits. Returns whether every stream decoded cleanly.
bool decode_all_streams(QPDF& pdf, const std::string& name, const PdfLimits& limits = {});

}  // namespace docket::data
