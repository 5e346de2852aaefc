#!/usr/bin/env bash
# Where docket's time and memory go for one render of N KPI rows (default 100,000).
#
#   bench/profile.sh [N]        # after bench/run.sh (uses its build and data)
#   BUILD=build bench/profile.sh 100000
#
# 1. perf record (DWARF call graphs, 199 Hz) of `docket render`; the samples are grouped by
#    render step with fold_profile.py (`perf report` shows the hot functions).
# 2. heaptrack of the same render; the memory live at the peak is grouped the same way.
# 3. `perf stat` page faults, and the data's node counts per KPI.
# Writes bench/work/profile-N.md and prints it. perf needs kernel.perf_event_paranoid <= 2
# (or root); heaptrack slows the render about 10×.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${BUILD:-$root/build-bench}
work=$here/work
n=${1:-100000}
docket=$build/docket
template=$root/templates/committee-report.docx
data=$work/report-$n.xml
out=$work/profile-$n.md

[ -f "$data" ] || python3 "$here/make_report.py" "$n" -o "$data"
render=("$docket" render "$template" "$data" -o "$work/profile-$n.docx")

{
  echo "# docket render, $n KPI rows: profile"
  echo
  echo "## CPU: perf record, samples grouped by step"
  echo
  perf record -q -F 199 --call-graph dwarf,32768 -o "$work/perf-$n.data" -- "${render[@]}" 2>/dev/null
  perf script -i "$work/perf-$n.data" 2>/dev/null | python3 "$here/fold_profile.py" --perf-script -
  echo
  echo "Hottest functions (self time):"
  echo
  echo '```'
  perf report -i "$work/perf-$n.data" --no-children --sort sym --stdio -g none 2>/dev/null |
    grep '%' | grep -v '^#' | head -25
  echo '```'
  echo
  echo "## Memory: heaptrack, live at the peak, grouped by step"
  echo
  rm -f "$work/heaptrack-$n".*
  heaptrack -o "$work/heaptrack-$n" "${render[@]}" >/dev/null 2>&1
  heaptrack_print "$work/heaptrack-$n.zst" --print-peaks 0 --print-allocators 0 --print-temporary 0 \
    --print-leaks 0 --flamegraph-cost-type peak -F "$work/heaptrack-$n.folded" 2>/dev/null |
    grep -E 'calls to allocation|peak heap|peak RSS' | sed 's/^/    /'
  echo
  python3 "$here/fold_profile.py" "$work/heaptrack-$n.folded"
  echo
  echo "## Page faults and CPU (perf stat)"
  echo
  echo '```'
  perf stat -e task-clock,page-faults,context-switches -- "${render[@]}" 2>&1 | grep -E 'task-clock|page-faults|context|elapsed|user|sys'
  echo '```'
  echo
  echo "## The data, per KPI"
  echo
  python3 - "$data" "$n" <<'EOF'
import os, sys
import xml.etree.ElementTree as ET
path, n = sys.argv[1], int(sys.argv[2])
ns = "{urn:docket:committee-papers:1}"
kpis = ET.parse(path).getroot().find(ns + "kpis").findall(ns + "kpi")
e = a = t = ws = 0
for k in kpis:
    for el in k.iter():
        e += 1
        a += len(el.attrib)
        for s in (el.text, el.tail if el is not k else None):
            if s is not None:
                t, ws = (t + 1, ws) if s.strip() else (t, ws + 1)
print(f"- {os.path.getsize(path) / n:,.0f} bytes of XML per KPI (whole file / N)")
print(f"- per KPI: {e / n:.1f} elements, {a / n:.1f} attributes, {t / n:.1f} text nodes, "
      f"{ws / n:.1f} whitespace-only text nodes (libxml2 keeps them: no XML_PARSE_NOBLANKS)")
EOF
} | tee "$out"
