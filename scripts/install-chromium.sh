#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser of its own).
# Needs root and apt-get; without them the browser tests are skipped with a message.
set -uo pipefail
[ -x "${GROUPEMENT_CHROMIUM:-/usr/bin/chromium}" ] && exit 0
command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ] || exit 1
echo "Installing chromium for the browser tests (about a minute)..." >&2
apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1
