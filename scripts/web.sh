#!/usr/bin/env bash
# Installs the editor's front end with npm (GOV.UK Frontend; with "test", also playwright-core
# and axe-core for the browser tests) from web/package-lock.json, and makes web/dist without
# the GOV.UK crown, logotype or font. Node is needed only here, never when docket runs.
# playwright-core stays at 1.61, the last release that runs on Debian 12's Node.js 18 (1.62
# exits on Node < 20); 1.61 drives Debian's chromium 156 through the whole officer scenario.
# Usage: scripts/web.sh [run|test]
set -euo pipefail
cd "$(dirname "$0")/../web"
mode=${1:-run}
fresh() { [ -f "node_modules/.docket-$1" ] && [ ! package-lock.json -nt "node_modules/.docket-$1" ]; }
# A full (test) install also serves the run mode.
if ! fresh test && { [ "$mode" = test ] || ! fresh run; }; then
  if [ "$mode" = test ]; then
    npm ci --no-audit --no-fund --loglevel=error
  else
    npm ci --omit=dev --no-audit --no-fund --loglevel=error
  fi
  touch "node_modules/.docket-$mode"
fi
node build.mjs
