#!/usr/bin/env bash
# Benchmarks the real engine (DurableTask.AzureStorage) and the app in the local host against a fresh Azurite on free
# ports; every engine figure beside Durable Functions' defaults measured in the same run.
# Usage: ./bench.sh [--quick]   (--quick: about 110 s of measurement). Last line: one JSON object of the figures.
# The benchmark program is rebuilt only when a source file is newer than its last build (a no-op build of the
# Functions app takes 40 s on two busy cores); BENCH_BUILD=1 forces the build.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-tools.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exe=tests/Groupement.Benchmarks/bin/Release/net10.0/Groupement.Benchmarks.dll
if [[ "${BENCH_BUILD:-}" == 1 || ! -f "$exe" ]] \
  || [[ -n "$(find functions tests/Groupement.Benchmarks tests/Groupement.Testing Directory.Build.props Directory.Packages.props \
        -newer "$exe" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' \) \
        -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]]; then
  dotnet build -c Release tests/Groupement.Benchmarks -v quiet -nologo >&2
  touch "$exe"
fi

. ./scripts/azurite.sh
start_azurite
trap stop_azurite EXIT
export GROUPEMENT_BENCH_STORAGE="$AZURITE_CONNECTION_STRING"
dotnet "$exe" "$@"
