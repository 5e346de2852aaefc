#pragma once
// Whether this is a sanitizer build (-DDOCKET_SANITIZE=ON, or -fsanitize=address given by
// hand). AddressSanitizer reserves terabytes of address space, so the tests that bound address
// space (ulimit -v) leave that bound out there and say so; and its shadow memory and the freed
// blocks it holds back raise a process's peak resident memory, so bounds on that are 4 times
// as large there (measured: 148 MB for a file refused in 40 MB otherwise).
#include <cstddef>

namespace docket::test {

#if defined(DOCKET_SANITIZED) || defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

/// A bound on peak resident memory, in KiB, for this build.
constexpr std::size_t resident_bound_kib(std::size_t kib) { return kSanitized ? 4 * kib : kib; }

}  // namespace docket::test
