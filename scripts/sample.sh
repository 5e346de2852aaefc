#!/usr/bin/env bash
# Installs what docket needs, builds it, and runs the main job on the shipped sample data:
# validates every sample data file, renders every sample report with the house template
# (DOCX, and a PDF of the first) and with its council's own template, and builds the sample
# agenda's public and members' packs (DOCX and PDF) into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh run
scripts/web.sh run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
docket=build/docket
agenda=fixtures/agenda-pcc-cabinet-2023-12-18.xml
mkdir -p out/reports

echo "== Validating the sample data"
for f in fixtures/reports/*.xml "$agenda"; do
  "$docket" validate "$f"
done

echo "== Rendering the sample reports with templates/committee-report.docx"
for f in fixtures/reports/*.xml; do
  name=$(basename "$f" .xml)
  "$docket" render templates/committee-report.docx "$f" -o "out/reports/$name.docx"
done
"$docket" render templates/committee-report.docx fixtures/reports/s0-peterborough-q2-2023-24.xml \
  -o out/reports/s0-peterborough-q2-2023-24.docx --pdf out/reports/s0-peterborough-q2-2023-24.pdf

echo "== Rendering each sample report with its council's own template"
for pair in s0-peterborough-q2-2023-24:peterborough s1-halton-q2-2023-24:halton \
            s2-cambridgeshire-q4-2022-23:cambridgeshire s3-charnwood-q2-2023-24:charnwood s4-lancashire-q2-2023-24:lancashire; do
  name=${pair%%:*}
  council=${pair##*:}
  "$docket" render "templates/committee-report-$council.docx" "fixtures/reports/$name.xml" -o "out/reports/$name-$council.docx"
done

echo "== Building the agenda packs for $agenda"
"$docket" pack "$agenda" --public -o out/pack-public.docx --pdf out/pack-public.pdf
"$docket" pack "$agenda" --confidential -o out/pack-members.docx --pdf out/pack-members.pdf

echo "Done: outputs are in out/"
ls -l out out/reports
