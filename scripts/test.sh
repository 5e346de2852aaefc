#!/usr/bin/env bash
# Installs what the tests need, builds docket and runs every test. Output ends with ctest's
# summary. Usage: scripts/test.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
scripts/web.sh test
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
cd build
exec ctest --output-on-failure -j"$(nproc)" "$@"
