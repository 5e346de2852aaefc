#!/usr/bin/env bash
# Installs what docket needs, builds it, and runs the main job on the shipped sample data:
# validates every sample data file and writes the results into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
mkdir -p out
docket=build/docket

echo "== Validating the sample data"
for f in fixtures/reports/*.xml fixtures/agenda-*.xml; do
  "$docket" validate "$f"
done
echo "Done: outputs are in out/"
