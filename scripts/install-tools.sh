#!/usr/bin/env bash
# Installs what the project needs from npm (Azurite, the administrative reference data) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/azurite ] || [ ! -f node_modules/@etalab/decoupage-administratif/data/communes.json ]; then
  echo "Installing npm tools (azurite, @etalab/decoupage-administratif)..." >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
