#!/usr/bin/env bash
# Installs what the project needs from npm (Azurite, the administrative reference data, the DejaVu fonts) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/azurite ] || [ ! -f node_modules/@etalab/decoupage-administratif/data/communes.json ] \
  || [ ! -f node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf ]; then
  echo "Installing npm tools (azurite, @etalab/decoupage-administratif, dejavu-fonts-ttf)..." >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
