#pragma once
// Whether this is a sanitizer build (-DDOCKET_SANITIZE=ON, or -fsanitize=address given by
// hand). AddressSanitizer reserves terabytes of address space, so the tests that bound address
// space (ulimit -v) leave that bound out there and say so.

namespace docket::test {

#if defined(DOCKET_SANITIZED) || defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

}  // namespace docket::test
