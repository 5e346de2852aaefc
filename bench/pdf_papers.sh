#!/usr/bin/env bash
# What PDF papers cost in `docket pack --pdf` (issue 10): the same agenda of ITEMS papers of
# about PAGES pages packed twice, interleaved, RUNS times each after a warm-up of both:
#   docx   every paper a DOCX (LibreOffice lays out the whole pack once);
#   mixed  every even-numbered paper replaced by the PDF LibreOffice makes of it beforehand
#          (not timed), so both packs have the same pages; docket puts the PDF's pages in
#          with qpdf, stamps their numbers and outlines them.
# Prints the medians (wall, CPU = user + system of docket and the LibreOffice it runs, peak
# RSS of the largest process), the pages of each pack and the ratio mixed / docx.
#
#   bench/pdf_papers.sh                       # 8 papers of about 8 pages, 3 runs: ~6 minutes
#   ITEMS=4 PAGES=4 RUNS=1 bench/pdf_papers.sh
#   BUILD=build-bench bench/pdf_papers.sh     # another build folder (default: build)
#
# Needs a built docket (configured and built here if missing), LibreOffice, pdfinfo and
# /usr/bin/python3 with python-docx (make_pack.py).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${BUILD:-$root/build}
items=${ITEMS:-8}
pages=${PAGES:-8}
runs=${RUNS:-3}
work=$here/work/pdf-papers
log() { printf '== %s\n' "$*" >&2; }

if [ ! -x "$build/docket" ]; then
  log "building docket in $build"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOCKET_TESTS=OFF >/dev/null
  cmake --build "$build" --target docket >/dev/null
fi
docket=$build/docket

rm -rf "$work"
mkdir -p "$work"
log "writing $items papers of about $pages pages (make_pack.py) and the PDFs of the even ones"
/usr/bin/python3 "$here/make_pack.py" "$work" --items "$items" --pages "$pages" >/dev/null
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
evens=()
for ((i = 2; i <= items; i += 2)); do evens+=("$work/papers/paper-$(printf %02d "$i").docx"); done
soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$work/papers" \
  "${evens[@]}" >/dev/null 2>&1
sed -E 's#(href="papers/paper-[0-9]*[02468])\.docx"#\1.pdf"#' "$work/agenda.xml" >"$work/agenda-mixed.xml"
for agenda in agenda.xml agenda-mixed.xml; do
  verdict=$("$docket" validate "$work/$agenda" 2>&1 | tail -1)
  case $verdict in *valid*agenda*) ;; *) echo "$agenda: $verdict" >&2; exit 1 ;; esac
done

pack() { # NAME AGENDA
  "$docket" pack "$work/$2" -o "$work/$1.docx" --pdf "$work/$1.pdf"
}
log "warm-up, then $runs runs of each, interleaved"
pack docx agenda.xml >/dev/null 2>&1
pack mixed agenda-mixed.xml >/dev/null 2>&1
raw=$work/raw.txt
: >"$raw"
for _ in $(seq "$runs"); do
  for name in docx mixed; do
    agenda=agenda.xml
    [ "$name" = mixed ] && agenda=agenda-mixed.xml
    python3 "$here/measure.py" "$work/time.txt" "$docket" pack "$work/$agenda" -o "$work/$name.docx" \
      --pdf "$work/$name.pdf" >/dev/null 2>&1
    echo "$name $(cat "$work/time.txt")" >>"$raw"
  done
done

pages_of() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
python3 - "$raw" "$(pages_of "$work/docx.pdf")" "$(pages_of "$work/mixed.pdf")" "$items" "$pages" "$runs" <<'EOF'
import statistics, sys
raw, docx_pages, mixed_pages, items, pages, runs = sys.argv[1:]
rows = {}
for line in open(raw):
    name, wall, user, system, rss = line.split()
    rows.setdefault(name, []).append((float(wall), float(user) + float(system), int(rss)))
med = {n: [statistics.median(r[i] for r in v) for i in range(3)] for n, v in rows.items()}
print(f"{items} papers of about {pages} pages, `docket pack AGENDA -o PACK.docx --pdf PACK.pdf`, medians of {runs}")
print("| agenda | pack pages | wall s | CPU s | peak RSS MiB |")
print("|---|---|---|---|---|")
for name, label, p in (("docx", "every paper DOCX", docx_pages), ("mixed", "even papers as PDF", mixed_pages)):
    wall, cpu, rss = med[name]
    print(f"| {label} | {p} | {wall:.1f} | {cpu:.1f} | {rss / 1024:.0f} |")
print(f"ratio mixed / docx: wall {med['mixed'][0] / med['docx'][0]:.2f}, CPU {med['mixed'][1] / med['docx'][1]:.2f}")
EOF
