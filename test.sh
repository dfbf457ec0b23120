#!/usr/bin/env bash
# Runs every test of the solution against a fresh Azurite on free ports.
# Last line: "N passed, N failed[, N skipped]"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
./scripts/install-tools.sh || { echo "0 passed, 1 failed"; exit 1; }
./scripts/install-chromium.sh || echo "Chromium could not be installed: the browser tests will be skipped."
./scripts/install-fonts.sh
./scripts/install-ocr.sh

. ./scripts/azurite.sh
start_azurite
trap stop_azurite EXIT
export GROUPEMENT_TEST_STORAGE="$AZURITE_CONNECTION_STRING"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

OUT=$(mktemp)
dotnet test GroupementFunctions.sln "$@" 2>&1 | tee "$OUT"
rc=${PIPESTATUS[0]}
# Sum the per-project summaries ("Passed!  - Failed: 0, Passed: 12, Skipped: 1, Total: 13, ...").
read -r passed failed skipped < <(grep -E '^(Passed|Failed)! +- +Failed:' "$OUT" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' |
  awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$OUT"
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "dotnet test exited with $rc (build error or crashed test host)"; fi
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
