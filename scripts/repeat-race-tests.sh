#!/usr/bin/env bash
# Runs the crash and two-host durability tests (tests/Groupement.Functions.Tests/Durability: the local host as child
# processes, killed -9 and restarted; two hosts finishing 200 workflows) N times in a row (default 20) against a fresh
# Azurite, and prints "N passed, M failed".
# Usage: ./scripts/repeat-race-tests.sh [N]      SKIP_BUILD=1 to reuse the current build of the test project.
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/install-tools.sh >/dev/null || { echo "0 passed, 1 failed (tools)"; exit 1; }
runs=${1:-20}; pass=0; fail=0; log=$(mktemp)
filter="FullyQualifiedName~Durability.CrashTests|FullyQualifiedName~Durability.TwoHostTests"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  dotnet build tests/Groupement.Functions.Tests >"$log" 2>&1 || { tail -20 "$log"; echo "0 passed, 1 failed (build)"; exit 1; }
fi
if [ -z "${GROUPEMENT_TEST_STORAGE:-}" ]; then
  . ./scripts/azurite.sh
  start_azurite
  trap 'stop_azurite; rm -f "$log"' EXIT
  export GROUPEMENT_TEST_STORAGE="$AZURITE_CONNECTION_STRING"
else
  trap 'rm -f "$log"' EXIT
fi
for i in $(seq 1 "$runs"); do
  start=$SECONDS
  if dotnet test tests/Groupement.Functions.Tests --no-build --filter "$filter" >"$log" 2>&1 && grep -qE "Passed: +2\b|Passed! .*Passed: +2," "$log"; then
    pass=$((pass + 1)); echo "run $i: passed ($((SECONDS - start)) s)"
  else
    fail=$((fail + 1)); echo "run $i: FAILED ($((SECONDS - start)) s)"; grep -E "\[FAIL\]|Error Message" -A3 "$log" | head -12
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
