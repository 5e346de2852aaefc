#!/usr/bin/env bash
# Builds one libFuzzer harness (fuzz/, clang with ASan and UBSan, in build-fuzz/) and runs it
# for SECONDS. Usage: scripts/fuzz.sh TARGET SECONDS [extra libFuzzer options]
#   TARGET: zip_reader data_file template_render assembler_markup merge_documents
#           agenda_pack pdf_paper serve_request
# Seeds come from fixtures/ (gathered into build-fuzz/seeds/TARGET each run); what libFuzzer
# finds new is kept in build-fuzz/corpus/TARGET, a crashing input in build-fuzz/crashes/.
# Runs at the lowest priority: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
shift 2
b=build-fuzz
[ -f "$b/CMakeCache.txt" ] || CC=clang CXX=clang++ cmake -S . -B "$b" -G Ninja -DDOCKET_FUZZ=ON -DDOCKET_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
nice -n 19 cmake --build "$b" --target "fuzz_$target"

seeds=$b/seeds/$target corpus=$b/corpus/$target
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$b/crashes"
# word/document.xml of each package (the template, markup and merge harnesses take that part).
document_parts() { python3 - "$seeds" "$@" <<'PY'
import sys, zipfile, pathlib
out = pathlib.Path(sys.argv[1])
for f in sys.argv[2:]:
    try:
        (out / (pathlib.Path(f).stem + ".xml")).write_bytes(zipfile.ZipFile(f).read("word/document.xml"))
    except (KeyError, zipfile.BadZipFile):
        pass
PY
}
max_len=131072
dicts=(fuzz/ooxml.dict)
case $target in
  zip_reader) cp fixtures/zip/*.docx fixtures/a11y/*.docx fixtures/imports/*.xlsx "$seeds"; dicts=() ;;
  data_file) cp fixtures/reports/*.xml fixtures/invalid/*.xml fixtures/agenda-*.xml "$seeds" ;;
  template_render) document_parts fixtures/templates/*.docx templates/*.docx ;;
  assembler_markup) document_parts fixtures/assembler/*.docx ;;
  merge_documents)
    document_parts fixtures/merge/*.docx fixtures/merge/word/*.docx
    parts=("$seeds"/*.xml)
    for ((i = 0; i + 1 < ${#parts[@]}; i += 2)); do  # pairs: two documents split by the harness's mark
      { cat "${parts[i]}"; printf '\n=====\n'; cat "${parts[i + 1]}"; } >"$seeds/pair-$(basename "${parts[i]}")"
    done ;;
  agenda_pack) cp fixtures/agenda-*.xml fixtures/invalid/agenda-*.xml "$seeds" ;;
  pdf_paper) find fixtures -name '*.pdf' -exec cp {} "$seeds" \; ; dicts=(fuzz/pdf.dict) ;;
  serve_request) cp fuzz/seeds/serve_request/* "$seeds"; dicts=(fuzz/http.dict); max_len=8192 ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
# The dictionary: the target's own, and for XML the names the schemas declare.
dict=$b/$target.dict
cat /dev/null "${dicts[@]}" >"$dict"
if [ "${dicts[0]:-}" = fuzz/ooxml.dict ]; then
  grep -ho 'name="[A-Za-z][A-Za-z0-9-]*"' schemas/*.xsd | sort -u | sed 's/^name="\(.*\)"$/"\1"/' >>"$dict"
fi

dict_option=()
[ -s "$dict" ] && dict_option=(-dict="$dict")
exec nice -n 19 "$b/fuzz/fuzz_$target" "$corpus" "$seeds" "${dict_option[@]}" -max_total_time="$seconds" \
  -max_len="$max_len" -rss_limit_mb=2048 -timeout=60 -print_final_stats=1 \
  -artifact_prefix="$b/crashes/$target-" "$@"
