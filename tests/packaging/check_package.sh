#!/usr/bin/env bash
# The packaging checks ctest runs (tests/CMakeLists.txt): one STEP per test.
# Usage: check_package.sh STEP BUILD_DIR SOURCE_DIR
#   deb       cpack makes the docket and docket-dev packages
#   contents  the docket package's files and control fields
#   lintian   lintian finds no error (warnings are printed)
#   prefix    cmake --install into a scratch prefix; that tree works from another folder
#   example   examples/ builds against the scratch prefix's CMake package and runs
#   paths     the program carries no path of the build machine
#   install   as root in CI: dpkg -i, then the installed program, man page, unit and library
# Exit status 77 means the step does not apply here (ctest shows it as skipped).
set -euo pipefail
step=$1 build=$(cd "$2" && pwd) source=$(cd "$3" && pwd)
packages=$build/packages
scratch=$build/tests/tmp/packaging
sample=s0-peterborough-q2-2023-24.xml

fail() { echo "FAIL: $*" >&2; exit 1; }
deb() { ls "$packages"/"$1"_*.deb 2>/dev/null | head -n 1; }

# A report rendered in an empty folder, from files of the installed tree only.
render_sample() {  # DOCKET EXAMPLES_DIR
  local work=$scratch/render-$step
  rm -rf "$work" && mkdir -p "$work" && cd "$work"
  env -u DOCKET_DATA_DIR -u DOCKET_HOUSE_TEMPLATE "$1" validate "$2/$sample"
  env -u DOCKET_DATA_DIR -u DOCKET_HOUSE_TEMPLATE "$1" render "$2/$sample" -o report.docx
  [ -s report.docx ] || fail "no report.docx rendered by $1"
  unzip -p report.docx word/document.xml >document.xml
  grep -q "Peterborough" document.xml || fail "the rendered report lacks its data"
}

case $step in
deb)
  rm -rf "$packages"
  (cd "$build" && cpack -G DEB >/dev/null)
  [ -n "$(deb docket)" ] && [ -n "$(deb docket-dev)" ] || fail "cpack made no packages in $packages"
  ls -l "$packages"/*.deb
  ;;

contents)
  pkg=$(deb docket)
  [ -n "$pkg" ] || fail "no docket package: run the deb step first"
  list=$(dpkg-deb -c "$pkg" | awk '{print $6}' | sed 's|^\./|/|')
  for path in /usr/bin/docket /etc/default/docket \
      /usr/share/docket/schemas/committee-report.xsd /usr/share/docket/schemas/agenda.xsd \
      /usr/share/docket/schemas/status-scheme.xsd /usr/share/docket/schemas/status-schemes/default.xml \
      /usr/share/docket/templates/committee-report.docx /usr/share/docket/templates/agenda-front-sheet.docx \
      /usr/share/docket/templates/exempt-notice.docx \
      /usr/share/man/man1/docket.1.gz /usr/share/man/man1/docket-render.1.gz /usr/share/man/man1/docket-pack.1.gz \
      /usr/share/bash-completion/completions/docket /usr/lib/systemd/system/docket.service \
      /usr/share/doc/docket/copyright /usr/share/doc/docket/changelog.gz /usr/share/doc/docket/CHANGELOG.md \
      /usr/share/doc/docket/guides/install.md /usr/share/doc/docket/guides/cli.md \
      /usr/share/doc/docket/examples/$sample; do
    grep -qxF "$path" <<<"$list" || fail "the docket package lacks $path"
  done
  if grep -E '^/usr/(include|lib/cmake)|\.a$' <<<"$list"; then fail "the docket package holds development files"; fi
  [ -d "$source/web" ] && { grep -q '^/usr/share/docket/web/' <<<"$list" || fail "the package lacks the web assets"; }
  dev=$(dpkg-deb -c "$(deb docket-dev)" | awk '{print $6}' | sed 's|^\./|/|')
  for path in /usr/include/docket/docket.hpp /usr/include/docket/pack/pack.hpp /usr/lib/cmake/docket/docketConfig.cmake \
      /usr/lib/libdocket_support.a; do
    grep -qxF "$path" <<<"$dev" || fail "the docket-dev package lacks $path"
  done
  depends=$(dpkg-deb -f "$pkg" Depends)
  for lib in adduser libxml2 libzip4 libqpdf29 libboost-program-options; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
  done
  dpkg-deb -f "$pkg" Recommends | grep -q libreoffice-writer || fail "LibreOffice is not recommended"
  dpkg-deb -f "$pkg" Version | grep -qxF "$(sed -n 's/^docket \(.*\)$/\1/p' <<<"$("$build/docket" --version)")" ||
    fail "the package's version is not the program's"
  echo "docket: $(wc -l <<<"$list") entries, $(stat -c %s "$pkg") bytes; docket-dev: $(wc -l <<<"$dev") entries"
  ;;

lintian)
  command -v lintian >/dev/null || { echo "lintian is absent"; exit 77; }
  # Errors fail the test; warnings and the rest are printed for the record.
  status=0
  report=$(lintian --fail-on error --tag-display-limit 0 "$(deb docket)" "$(deb docket-dev)" 2>&1) || status=$?
  grep -v "^running with root" <<<"$report" || true
  [ "$status" = 0 ] || fail "lintian found errors"
  ;;

prefix)
  prefix=$scratch/prefix
  rm -rf "$prefix"
  cmake --install "$build" --prefix "$prefix" >/dev/null
  "$prefix/bin/docket" --version
  render_sample "$prefix/bin/docket" "$prefix/share/doc/docket/examples"
  # The tree may be moved: the program finds its data from its own place.
  rm -rf "$scratch/moved" && mv "$prefix" "$scratch/moved"
  render_sample "$scratch/moved/bin/docket" "$scratch/moved/share/doc/docket/examples"
  mv "$scratch/moved" "$prefix"
  [ -f "$prefix/share/man/man1/docket.1.gz" ] || fail "no man page installed"
  ;;

example)
  prefix=$scratch/prefix
  [ -x "$prefix/bin/docket" ] || fail "no installed tree: run the prefix step first"
  rm -rf "$scratch/example"
  cmake -S "$source/examples" -B "$scratch/example" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
      -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$scratch/example" >/dev/null
  cd "$scratch/example"
  DOCKET_DATA_DIR=$prefix/share/docket ./render_report "$prefix/share/doc/docket/examples/$sample" report.docx
  [ -s report.docx ] || fail "the example wrote no report"
  ;;

paths)
  # Neither the build tree's program nor the packaged one names the source or build folder.
  for program in "$build/docket" "$packages/_CPack_Packages/Linux/DEB/docket-$(cut -d' ' -f2 <<<"$("$build/docket" --version)")-Linux/runtime/usr/bin/docket"; do
    [ -f "$program" ] || continue
    if strings "$program" | grep -F -e "$source" -e "$build"; then fail "$program names the build machine's folders"; fi
  done
  ;;

install)
  if [ "$(id -u)" != 0 ] || [ "${CI:-}" != true ]; then
    echo "installing the package needs root in CI (CI=true)"
    exit 77
  fi
  dpkg -i "$(deb docket)" "$(deb docket-dev)"
  [ "$(command -v docket)" = /usr/bin/docket ] || fail "docket is not /usr/bin/docket"
  docket --version
  if grep -qs '^path-exclude=/usr/share/man' /etc/dpkg/dpkg.cfg.d/*; then
    echo "dpkg here leaves man pages out (path-exclude): man -w is not checked"
  else
    man -w docket
    man -w docket-pack
  fi
  systemd-analyze verify /usr/lib/systemd/system/docket.service
  getent passwd docket >/dev/null || fail "no docket user"
  [ "$(stat -c %U /var/lib/docket/workspace)" = docket ] || fail "the workspace is not docket's"
  render_sample /usr/bin/docket /usr/share/doc/docket/examples
  rm -rf "$scratch/example-installed"
  cmake -S "$source/examples" -B "$scratch/example-installed" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$scratch/example-installed" >/dev/null
  (cd "$scratch/example-installed" && env -u DOCKET_DATA_DIR ./render_report /usr/share/doc/docket/examples/$sample report.docx)
  [ -s "$scratch/example-installed/report.docx" ] || fail "the example wrote no report against the installed package"
  ;;

*)
  echo "unknown step $step" >&2
  exit 2
  ;;
esac
