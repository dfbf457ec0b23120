#!/usr/bin/env bash
# Creates the demo groupement once (kept in .data/demo-groupement.json) with a demo manager, and prints its coordinator key.
set -euo pipefail
BASE=$1
f=.data/demo-groupement.json
if [ ! -s "$f" ]; then
  deadline=$(date -d '+30 days' +%F); start=$(date -d '+90 days' +%F)
  out=$(curl -sS -m 10 -w '\n%{http_code}' -X POST "$BASE/api/groupements" -H "Authorization: Bearer $Auth__AdminKey" \
    -H 'Content-Type: application/json' -d "{\"name\":\"ENT 1er degré e-primo (démo)\",
    \"coordinator\":{\"name\":\"Rectorat de Nantes\",\"siren\":\"174400088\",\"email\":\"coordination@example.org\"},
    \"joinDeadline\":\"$deadline\",\"marketStart\":\"$start\",\"firstPeriodMonths\":24,\"renewals\":1,\"renewalMonths\":24,
    \"withdrawalNoticeMonths\":2,\"reviewers\":[\"revue@example.org\"],
    \"keywords\":[\"environnement numérique de travail\",\"ENT\",\"e-primo\"]}")
  code=$(tail -n1 <<<"$out")
  [ "$code" = 201 ] || { echo "demo groupement: HTTP $code"; return 1 2>/dev/null || exit 1; }
  head -n -1 <<<"$out" > "$f"
fi
# The demo manager signs in to the console with a link sent to this address (added once).
if [ ! -e .data/demo-staff ]; then
  gid=$(node -e 'console.log(require(process.argv[1]).id)' "$PWD/$f")
  code=$(curl -sS -m 10 -o /dev/null -w '%{http_code}' -X POST "$BASE/api/groupements/$gid/staff" -H "Authorization: Bearer $Auth__AdminKey" \
    -H 'Content-Type: application/json' -d '{"name":"Coordination (démo)","email":"coordination@example.org","role":"manager"}')
  case "$code" in 201|409) touch .data/demo-staff ;; *) echo "demo manager: HTTP $code" ;; esac
fi
echo "Demo groupement: $(node -e 'const g=require(process.argv[1]);console.log(g.id+"  coordinator key: "+g.coordinatorKey)' "$PWD/$f")"
