#!/usr/bin/env bash
# Installs what the tests need, builds docket and runs every test. Output ends with ctest's
# summary. Usage: scripts/test.sh [--sanitize] [extra ctest arguments]
#
# With --sanitize, and always in CI (CI=true, as .ci/run runs it), the whole suite then runs a
# second time in a build with AddressSanitizer, LeakSanitizer and UBSan (build-asan/): a
# memory error, undefined behaviour or a leak in docket fails the test that caused it. The
# browser tests run there too (node starts the sanitized docket serve), and so do the
# LibreOffice tests: LibreOffice is not instrumented, only docket, which runs it. The
# packaging tests run in the normal build only. The output then ends with the sanitized run's
# summary; the exit status is non-zero when either run fails.
set -euo pipefail
cd "$(dirname "$0")/.."
sanitize=false
[ "${CI:-}" = true ] && sanitize=true
if [ "${1:-}" = --sanitize ]; then
  sanitize=true
  shift
fi
scripts/deps.sh test
scripts/web.sh test
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
status=0
(cd build && ctest --output-on-failure -j"$(nproc)" "$@") || status=$?
if $sanitize; then
  echo "== The same tests with AddressSanitizer and UBSan (build-asan/)"
  # -O1 and line tables only (-g1): the sanitizers need no more to name the line of a finding,
  # and both build faster than -O2 -g (see docs/reliability.md for the times).
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DDOCKET_SANITIZE=ON >/dev/null
  cmake --build build-asan
  # Leaks are failures (LeakSanitizer is on with ASan here); the first error ends the process.
  export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  # Every test but the packaging ones, which make, lint and (as root in CI) install the .deb of
  # the normal build above: a sanitized program is not one to package or install.
  (cd build-asan && ctest --output-on-failure -j"$(nproc)" -E '^packaging: ' "$@") || status=$?
fi
exit $status
