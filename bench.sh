#!/usr/bin/env bash
# Benchmarks the engine (DurableTask.AzureStorage) and the app against its own fresh Azurite on free ports.
# Usage: ./bench.sh [--quick]   (--quick finishes within two minutes). Last line: one JSON object of the figures.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-tools.sh

. ./scripts/azurite.sh
start_azurite
trap stop_azurite EXIT
export GROUPEMENT_BENCH_STORAGE="$AZURITE_CONNECTION_STRING"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release tests/Groupement.Benchmarks -v quiet -nologo >&2
dotnet run -c Release --no-build --project tests/Groupement.Benchmarks -- "$@"
