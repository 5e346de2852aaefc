#!/usr/bin/env bash
# Installs the Debian packages docket needs, skipping those already present.
# Usage: scripts/deps.sh build|run|test
#   build  compiler, CMake and the libraries docket links against
#   run    build + what the sample job uses (LibreOffice Writer for PDF output, Calc and Impress
#          for spreadsheet and slide papers)
#   test   run + what the tests use (python3-docx, xmllint for ooxml-validate, Ghostscript's
#          ps2pdf for test PDFs; Chromium for the browser tests of docket serve; for the
#          packaging tests dpkg-dev, file, lintian, man-db and systemd to build, check and
#          install the Debian packages)
# Node.js and npm (for GOV.UK Frontend, and playwright-core/axe-core in the tests) are
# installed from Debian with run and test unless a node is already on the PATH.
set -euo pipefail

build_pkgs=(g++ cmake ninja-build pkg-config libxml2-dev libzip-dev libicu-dev
            libboost-dev libboost-program-options-dev catch2 libqpdf-dev nlohmann-json3-dev
            libfontconfig-dev libcpp-httplib-dev libsodium-dev)
# LibreOffice lays out Word papers with the fonts they name, or metric-compatible ones
# (Carlito for Calibri, Caladea for Cambria, Liberation for Arial, Times New Roman and
# Courier New): without them pages, and the front sheet's page numbers, would move. Calc and
# Impress turn spreadsheet and presentation papers into PDFs.
run_pkgs=(libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui poppler-utils
          fonts-liberation2 fonts-liberation fonts-dejavu-core fonts-crosextra-carlito fonts-crosextra-caladea)
test_pkgs=(libxml2-utils python3 python3-docx zip unzip ghostscript chromium
           dpkg-dev file lintian man-db systemd)
node_pkgs=(nodejs npm)

case "${1:-build}" in
  build) wanted=("${build_pkgs[@]}") ;;
  run)   wanted=("${build_pkgs[@]}" "${run_pkgs[@]}") ;;
  test)  wanted=("${build_pkgs[@]}" "${run_pkgs[@]}" "${test_pkgs[@]}") ;;
  *) echo "usage: $0 build|run|test" >&2; exit 2 ;;
esac

# A node from elsewhere (nodesource) conflicts with Debian's npm package: keep it.
if [ "${1:-build}" != build ] && ! command -v npm >/dev/null 2>&1; then wanted+=("${node_pkgs[@]}"); fi

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
