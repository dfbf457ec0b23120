#!/usr/bin/env bash
# Benchmarks the durable runtime against its own fresh Azurite on free ports.
# Usage: ./bench.sh [--quick]   (--quick finishes within two minutes). Last line: one JSON object of the figures.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-tools.sh

port() { ./scripts/free-port.sh; }
BLOB=$(port); QUEUE=$(port); TABLE=$(port)
AZ_LOG=$(mktemp)
node_modules/.bin/azurite --silent --inMemoryPersistence --skipApiVersionCheck --loose \
  --blobHost 127.0.0.1 --blobPort "$BLOB" --queueHost 127.0.0.1 --queuePort "$QUEUE" \
  --tableHost 127.0.0.1 --tablePort "$TABLE" >"$AZ_LOG" 2>&1 &
AZ_PID=$!
cleanup() { kill "$AZ_PID" 2>/dev/null; wait "$AZ_PID" 2>/dev/null; rm -f "$AZ_LOG"; }
trap cleanup EXIT
for _ in $(seq 1 100); do
  (exec 3<>/dev/tcp/127.0.0.1/"$TABLE") 2>/dev/null && (exec 3<>/dev/tcp/127.0.0.1/"$QUEUE") 2>/dev/null \
    && (exec 3<>/dev/tcp/127.0.0.1/"$BLOB") 2>/dev/null && break
  sleep 0.2
done
export GROUPEMENT_BENCH_STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$BLOB/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$QUEUE/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TABLE/devstoreaccount1;"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release tests/Groupement.Benchmarks -v quiet -nologo >&2
dotnet run -c Release --no-build --project tests/Groupement.Benchmarks -- "$@"
