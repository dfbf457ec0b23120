#!/usr/bin/env bash
# Runs the durable runtime's crash, race and poison tests N times in a row (default 20); prints "N passed, M failed".
# Usage: ./scripts/repeat-race-tests.sh [N]   (build first: dotnet build tests/Groupement.Durable.Tests)
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/install-tools.sh
runs=${1:-20}; pass=0; fail=0; log=$(mktemp)
filter="FullyQualifiedName~CrashTests|FullyQualifiedName~Two_workers|FullyQualifiedName~TwoProcessTests|FullyQualifiedName~PoisonAndDuplicateTests"
for i in $(seq 1 "$runs"); do
  if dotnet test tests/Groupement.Durable.Tests --no-build --filter "$filter" >"$log" 2>&1; then
    pass=$((pass + 1)); echo "run $i: passed"
  else
    fail=$((fail + 1)); echo "run $i: FAILED"; grep -E "\[FAIL\]|Error Message" -A2 "$log" | head -8
  fi
done
rm -f "$log"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
