#!/usr/bin/env bash
# Runs Groupement locally: Azurite (data under .data/azurite, kept across restarts) and the host on http://localhost:7071.
# Any configuration key of DESIGN.md §5 set in the environment overrides local.settings.json (e.g. Auth__AdminKey).
# Ctrl-C or SIGTERM stops everything.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-tools.sh
./scripts/install-fonts.sh
./scripts/install-ocr.sh
mkdir -p .data/azurite .data/outbox
[ -f local.settings.json ] || cp local.settings.sample.json local.settings.json

# Admin key: from the environment, else one generated once and kept in .data/admin-key.
if [ -z "${Auth__AdminKey:-}" ]; then
  [ -s .data/admin-key ] || node -e 'console.log(require("crypto").randomBytes(24).toString("base64url"))' > .data/admin-key
  export Auth__AdminKey=$(cat .data/admin-key)
fi
PORT=${PORT:-7071}
export ASPNETCORE_URLS="http://localhost:$PORT" ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export PublicBaseUrl=${PublicBaseUrl:-http://localhost:$PORT}

pids=()
stop() { trap - INT TERM EXIT; for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop INT TERM EXIT

if [ -z "${AzureWebJobsStorage:-}" ] || [ "${AzureWebJobsStorage}" = "UseDevelopmentStorage=true" ]; then
  if (exec 3<>/dev/tcp/127.0.0.1/10002) 2>/dev/null; then
    echo "Azurite (or another storage emulator) already listens on 10000-10002: using it."
  else
    node_modules/.bin/azurite --silent --location .data/azurite --skipApiVersionCheck --loose \
      --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 > .data/azurite.log 2>&1 &
    pids+=($!)
    for i in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/10002) 2>/dev/null && break; sleep 0.2; done
  fi
fi

echo "Building..."
dotnet build functions/Groupement.LocalHost -c Release -v quiet -nologo >/dev/null
dotnet run --no-build -c Release --project functions/Groupement.LocalHost &
pids+=($!)

for i in $(seq 1 120); do
  curl -fsS -m 2 "http://localhost:$PORT/api/health" >/dev/null 2>&1 && break
  kill -0 "${pids[-1]}" 2>/dev/null || { echo "The host stopped; see the lines above."; exit 1; }
  sleep 0.5
done
./scripts/demo-groupement.sh "http://localhost:$PORT" || echo "Could not create the demo groupement (see above)."
cat <<TXT

Groupement is running.
  Console    http://localhost:$PORT/coordination  (staff sign in at http://localhost:$PORT/connexion)
  Sign in    enter coordination@example.org (the demo manager) at /connexion: the link lands in the pickup folder below
             as an .eml of kind sign-in; or run ./scripts/sign-in-link.sh to request one and print it
  Member     http://localhost:$PORT/adhesion?groupement=<id above> (the application form)
  API        http://localhost:$PORT/api/health
  Pages      http://localhost:$PORT/adhesion?groupement=<id> and /suivi/<id> (web/, served with its assets)
  Admin key  $Auth__AdminKey
  Emails     ${Email__PickupDirectory:-.data/outbox} (pickup mode: one .eml per message)
  Stop       Ctrl-C
TXT
wait "${pids[-1]}"
