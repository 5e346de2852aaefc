#!/usr/bin/env bash
# docket serve under load (issue 13): builds docket and the harness in Release, makes a
# 40-KPI report (make_report.py, checked with docket validate) and runs docket-bench-serve
# against `docket serve` on 127.0.0.1. Prints the figures; bench/README.md records a run.
#   bench/serve.sh                 # 10 rounds for each of the 20 officers
#   ROUNDS=30 BUILD=build-bench bench/serve.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${BUILD:-build-bench}
cd "$root"
scripts/web.sh run >/dev/null
if [ -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DDOCKET_BENCH=ON >/dev/null   # an existing build folder keeps its settings
else
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOCKET_BENCH=ON -DDOCKET_TESTS=OFF -DDOCKET_WERROR=OFF >/dev/null
fi
cmake --build "$build" --target docket docket-bench-serve
mkdir -p bench/work
python3 bench/make_report.py 40 -o bench/work/serve-40.xml
"$build/docket" validate bench/work/serve-40.xml
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
DOCKET_DATA_DIR="$root" "$build/bench/docket-bench-serve" "$build/docket" bench/work/serve-40.xml --rounds "${ROUNDS:-10}"
