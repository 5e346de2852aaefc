#pragma once
// Limits for reading untrusted zip packages. They are counted while inflating: the sizes a
// zip header claims are never trusted.
#include <cstdint>

namespace docket::zip {

struct Limits {
  std::uint64_t max_entries = 10'000;
  std::uint64_t max_entry_bytes = 256ull << 20;  // one part, inflated
  std::uint64_t max_total_bytes = 1ull << 30;    // the whole package, inflated
  // Inflated : compressed. Real DOCX parts compress 5–40:1 (a 100,000-row table about
  // 30:1); a zip bomb needs hundreds. Entries inflating to less than ratio_grace_bytes are
  // exempt, as a tiny part of repeated spaces can compress better than any real one.
  std::uint64_t max_ratio = 200;
  std::uint64_t ratio_grace_bytes = 1ull << 20;
};

}  // namespace docket::zip
