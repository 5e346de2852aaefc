#!/usr/bin/env bash
# Benchmarks: docket render against the floor and docxtemplater, for N KPI rows (issue 3),
# and docket pack of 30 papers of about 30 pages against its floor (issue 5).
#
#   bench/run.sh                      # N = 40 1000 10000 100000, then the pack (about 12 minutes
#                                     # on 2 busy cores; the 100,000-row docxtemplater runs are most of it)
#   SIZES="40 1000" bench/run.sh      # a quicker run
#   PACK=0 bench/run.sh               # render only; SIZES="" bench/run.sh: pack only
#   BUILD=build bench/run.sh          # reuse a build folder (default: build-bench)
#
# Needs: CMake, Ninja, a C++20 compiler and docket's libraries (scripts/ lists them), python3,
# /usr/bin/python3 with python-docx (Debian python3-docx) for the pack sources. node and npm
# are optional: without them docxtemplater is skipped. Whole-process figures come from
# measure.py: what `/usr/bin/time -f "%e %U %S %M"` gives (wall, user, system, peak RSS), with
# microsecond instead of 10 ms resolution.
#
# Builds docket and the bench tools in Release, installs docxtemplater (bench/docxtemplater,
# npm ci), generates the reports (make_report.py, validated with `docket validate`) and their
# JSON (make_json.py), converts the house template for docxtemplater (make_template.py), then
# measures, for each N:
#   docket whole process   `docket render` under measure.py: wall, CPU (user+sys), peak RSS;
#                          and `docket --version` (process start only) for N <= 1000
#   docket in-process      docket-bench-render (template load + data load + render), and once
#                          with --phases for the split of the data step and memory per step
#   floor                  docket-bench-floor on docket's own output for N (same bytes), plus
#                          parsing the data file: in-process and whole process; again with
#                          --sax (no tree for the package's parts: the floor of a streaming
#                          generator)
#   docxtemplater          node render.js: whole process under measure.py, and in-process
#   pack                   `docket pack AGENDA.xml -o PACK.docx` (public, DOCX only) under
#                          measure.py, and the floor: docket-bench-floor --batch reading and
#                          writing the same 30 sources in one process, without merging
# Medians of 5 runs (N <= 1000 and the pack), 3 (10,000) or 1 (100,000), after one warm-up run
# (none for 100,000). Raw
# numbers go to bench/work/raw.txt; bench/summarise.py turns them into bench/results.md and
# prints the tables.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${BUILD:-$root/build-bench}
work=$here/work
sizes=${SIZES:-"40 1000 10000 100000"}
raw=$work/raw.txt
template=$root/templates/committee-report.docx
dxt_dir=$here/docxtemplater

runs_for() { case $1 in 40 | 1000) echo 5 ;; 10000) echo 3 ;; *) echo 1 ;; esac; }
pack_runs=5
log() { printf '== %s\n' "$*" >&2; }

# --- build -------------------------------------------------------------------------------
# No -g: perf (profile.sh) unwinds with .eh_frame and names functions from the symbol table.
log "building docket (Release) in $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOCKET_BENCH=ON \
  -DDOCKET_TESTS=OFF >/dev/null
cmake --build "$build" --target docket docket-bench-floor docket-bench-render >/dev/null
docket=$build/docket
floor=$build/bench/docket-bench-floor
inprocess=$build/bench/docket-bench-render

# docxtemplater is installed only here, in bench/docxtemplater/node_modules (git-ignored).
dxt=1
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  log "node or npm not found: docxtemplater skipped"
  dxt=0
elif [ ! -d "$dxt_dir/node_modules" ]; then
  log "installing docxtemplater (npm ci)"
  (cd "$dxt_dir" && npm ci --no-audit --no-fund >/dev/null) || { log "npm ci failed: docxtemplater skipped"; dxt=0; }
fi

mkdir -p "$work"
: >"$raw"
[ "$dxt" = 1 ] && python3 "$dxt_dir/make_template.py" "$template" "$work/dxt-template.docx"

# --- machine -----------------------------------------------------------------------------
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "kernel: $(uname -sr)"
  echo "os: $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "docket: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src || echo ' (src modified)') $("$docket" --version 2>/dev/null | head -1)"
  echo "compiler: $(c++ --version | head -1), -O3 -DNDEBUG (CMake Release)"
  echo "libraries: libxml2 $(pkg-config --modversion libxml-2.0), libzip $(pkg-config --modversion libzip), ICU $(pkg-config --modversion icu-uc)"
  [ "$dxt" = 1 ] && echo "node: $(node --version); docxtemplater $(node -p 'require("'"$dxt_dir"'/node_modules/docxtemplater/package.json").version'), pizzip $(node -p 'require("'"$dxt_dir"'/node_modules/pizzip/package.json").version'), angular-expressions $(node -p 'require("'"$dxt_dir"'/node_modules/angular-expressions/package.json").version')"
  echo "python: $(python3 --version 2>&1 | cut -d' ' -f2)"
  # First touch of fresh memory (page faults) is slow on some virtual machines; it sets the
  # price of every MiB a large render allocates.
  echo "first touch of 1 GiB: $(python3 -c 'import time; t = time.perf_counter(); b = bytearray(1 << 30); b[::4096] = bytes(1 << 18); print(f"{(time.perf_counter() - t) * 1000:,.0f} ms")')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$work/machine.txt"

# --- measuring ---------------------------------------------------------------------------
# whole TOOL N RUNS CMD…: one warm-up (below 100,000 rows, and unless WARM=0: the inputs were
# just written, so they are in the page cache anyway), then RUNS runs under measure.py.
whole() {
  local tool=$1 n=$2 runs=$3
  shift 3
  if [ "${WARM:-1}" = 1 ] && [ "$n" -lt 100000 ]; then
    "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  fi
  for _ in $(seq "$runs"); do
    python3 "$here/measure.py" "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" ||
      { cat "$work/stderr.txt" >&2; exit 1; }
    echo "whole $n $tool $(cat "$work/time.txt")" >>"$raw"
    # render.js prints its own (cold, first-run) in-process time: keep it.
    if [ "$tool" = dxt ]; then echo "cold $n dxt $(cut -d' ' -f2- "$work/stdout.txt")" >>"$raw"; fi
  done
}
# inproc TOOL N CMD…: the harness prints "label key=value …".
inproc() {
  local tool=$1 n=$2
  shift 2
  echo "inproc $n $tool $("$@" | tail -1 | cut -d' ' -f2-)" >>"$raw"
}
part_size() { python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).getinfo("word/document.xml").file_size)' "$1"; }

for n in $sizes; do
  runs=$(runs_for "$n")
  data=$work/report-$n.xml
  json=$work/report-$n.json
  log "N=$n: generating and validating the data"
  python3 "$here/make_report.py" "$n" -o "$data"
  verdict=$("$docket" validate "$data" 2>&1 | tail -1)
  case $verdict in *"valid committee report"*"xsd)") ;; *) echo "invalid or with warnings: $verdict" >&2; exit 1 ;; esac
  [ "$dxt" = 1 ] && python3 "$here/make_json.py" "$data" -o "$json"
  echo "load $n $(cut -d' ' -f1-3 /proc/loadavg)" >>"$raw"

  # Whole process: docket and the floor alternate (docket first: the floor reads its output),
  # so a burst of load from the machine's other work hits both alike.
  log "N=$n: docket and the floor, whole process ($runs runs each, alternating)"
  for i in $(seq "$runs"); do
    warm=$([ "$i" = 1 ] && echo 1 || echo 0)
    WARM=$warm whole docket "$n" 1 "$docket" render "$template" "$data" -o "$work/docket-$n.docx"
    WARM=$warm whole floor "$n" 1 "$floor" "$work/docket-$n.docx" "$work/floor-$n.docx" --data "$data" --repeat 1
    WARM=$warm whole floorsax "$n" 1 "$floor" "$work/docket-$n.docx" "$work/floorsax-$n.docx" --data "$data" --repeat 1 --sax
    # process start alone: loading docket's 26 shared libraries, no work
    [ "$n" -le 1000 ] && WARM=$warm whole startup "$n" 1 "$docket" --version
  done
  log "N=$n: docket and the floor in-process"
  inproc docket "$n" "$inprocess" "$template" "$data" "$work/inprocess-$n.docx" --repeat "$runs"
  inproc phases "$n" "$inprocess" "$template" "$data" "$work/inprocess-$n.docx" --repeat 1 --phases
  inproc floor "$n" "$floor" "$work/docket-$n.docx" "$work/floor-$n.docx" --data "$data" --repeat "$runs"
  inproc floorsax "$n" "$floor" "$work/docket-$n.docx" "$work/floorsax-$n.docx" --data "$data" --repeat "$runs" --sax

  echo "size $n data_xml $(stat -c %s "$data")" >>"$raw"
  echo "size $n docket_document_xml $(part_size "$work/docket-$n.docx")" >>"$raw"
  echo "size $n docket_docx $(stat -c %s "$work/docket-$n.docx")" >>"$raw"
  if [ "$dxt" = 0 ]; then
    echo "load_end $n $(cut -d' ' -f1-3 /proc/loadavg)" >>"$raw"
    continue
  fi
  log "N=$n: docxtemplater ($runs runs)"
  whole dxt "$n" "$runs" node "$dxt_dir/render.js" "$work/dxt-template.docx" "$json" "$work/dxt-$n.docx" --repeat 1
  inproc dxt "$n" node "$dxt_dir/render.js" "$work/dxt-template.docx" "$json" "$work/dxt-$n.docx" --repeat "$runs"

  if python3 "$here/compare_text.py" "$work/docket-$n.docx" "$work/dxt-$n.docx" >"$work/compare-$n.txt"; then
    echo "check $n same" >>"$raw"
  else
    echo "check $n differs" >>"$raw"
    log "N=$n: docket and docxtemplater texts differ: see $work/compare-$n.txt"
  fi
  {
    echo "size $n data_json $(stat -c %s "$json")"
    echo "size $n dxt_document_xml $(part_size "$work/dxt-$n.docx")"
    echo "size $n dxt_docx $(stat -c %s "$work/dxt-$n.docx")"
  } >>"$raw"
  echo "load_end $n $(cut -d' ' -f1-3 /proc/loadavg)" >>"$raw"
done

# --- pack (issue 5) ------------------------------------------------------------------------
if [ "${PACK:-1}" = 1 ]; then
  pack_dir=$work/pack
  if [ ! -f "$pack_dir/agenda.xml" ]; then
    log "pack: writing 30 papers of about 30 pages (make_pack.py, python-docx)"
    /usr/bin/python3 "$here/make_pack.py" "$pack_dir" --items 30 --pages 30
  fi
  verdict=$("$docket" validate "$pack_dir/agenda.xml" 2>&1 | tail -1)
  case $verdict in *valid*agenda*) ;; *) echo "agenda invalid or with warnings: $verdict" >&2; exit 1 ;; esac
  sources=("$pack_dir"/papers/*.docx)
  mkdir -p "$work/pack-floor" "$work/pack-floor-lean"
  echo "load 0 $(cut -d' ' -f1-3 /proc/loadavg)" >>"$raw"
  # The lean floor leaves out the parts docket pack does not carry (src/pack/detail/merge_plan.cpp,
  # kNotCarried): Word 2010's stylesWithEffects.xml (438 KB in each python-docx source), custom
  # XML and the thumbnail. "tuned" runs docket pack again with glibc malloc told not to give
  # memory back (trim and mmap thresholds): how much of its time is the allocator's.
  lean=(--drop word/stylesWithEffects.xml --drop customXml/item1.xml --drop customXml/_rels/item1.xml.rels
    --drop customXml/itemProps1.xml --drop docProps/thumbnail.jpeg)
  tuned=(env MALLOC_TRIM_THRESHOLD_=4000000000 MALLOC_TOP_PAD_=67108864 MALLOC_MMAP_THRESHOLD_=4000000000)
  log "pack: docket pack and the floors, $pack_runs runs each, interleaved"
  # warm-up of both, then the runs alternate so that a burst of load hits all alike
  "$docket" pack "$pack_dir/agenda.xml" -o "$work/pack.docx" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  "$floor" --batch "$work/pack-floor" "${sources[@]}" --repeat 1 >/dev/null
  timed() { # TOOL CMD…
    local tool=$1
    shift
    python3 "$here/measure.py" "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
    echo "whole 0 $tool $(cat "$work/time.txt")" >>"$raw"
  }
  for _ in $(seq "$pack_runs"); do
    timed pack "$docket" pack "$pack_dir/agenda.xml" -o "$work/pack.docx"
    timed packfloor "$floor" --batch "$work/pack-floor" "${sources[@]}" --repeat 1
    timed packfloorlean "$floor" --batch "$work/pack-floor-lean" "${sources[@]}" "${lean[@]}" --repeat 1
    timed packtuned "${tuned[@]}" "$docket" pack "$pack_dir/agenda.xml" -o "$work/pack-tuned.docx"
  done
  {
    echo "size 0 pack_sources $(cat "${sources[@]}" | wc -c)"
    echo "size 0 pack_docx $(stat -c %s "$work/pack.docx")"
    echo "size 0 pack_document_xml $(part_size "$work/pack.docx")"
    echo "size 0 pack_floor_docx $(cat "$work/pack-floor"/*.docx | wc -c)"
    echo "size 0 pack_floor_lean_docx $(cat "$work/pack-floor-lean"/*.docx | wc -c)"
    echo "size 0 pack_items ${#sources[@]}"
  } >>"$raw"
  echo "load_end 0 $(cut -d' ' -f1-3 /proc/loadavg)" >>"$raw"
fi

python3 "$here/summarise.py" "$raw" "$work/machine.txt" "$here/results.md"
log "wrote $here/results.md"
