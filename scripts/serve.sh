#!/usr/bin/env bash
# Opens the report editor on a sample workspace: installs what docket needs, builds it, makes
# out/workspace with the sample reports (the first time only; your changes are kept after
# that) and starts `docket serve`, which prints the address to open. Ctrl-C stops it.
# Usage: scripts/serve.sh [--listen 127.0.0.1:PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh run
scripts/web.sh run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target docket
workspace=out/workspace
if [ ! -d "$workspace/reports" ]; then
  mkdir -p "$workspace/reports"
  cp fixtures/reports/s[0-4]-*.xml "$workspace/reports/"
  echo "Made the sample workspace $workspace with the five sample reports"
fi
exec build/docket serve --workspace "$workspace" "$@"
