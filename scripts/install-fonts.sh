#!/usr/bin/env bash
# Makes sure a TrueType font with French glyphs is available to the attestation PDF (Exports/SystemFonts.cs): the
# DejaVu Sans that scripts/install-tools.sh fetches from npm (copied into the app's fonts/ at build), else a system
# one, else fonts-dejavu-core from apt (root or passwordless sudo). Never fails the caller: it says what is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
[ -f node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf ] && exit 0
for f in DejaVuSans.ttf LiberationSans-Regular.ttf NotoSans-Regular.ttf FreeSans.ttf; do
  for d in /usr/share/fonts /usr/local/share/fonts "$HOME/.fonts" "$HOME/.local/share/fonts"; do
    [ -d "$d" ] && [ -n "$(find "$d" -name "$f" -print -quit 2>/dev/null)" ] && exit 0
  done
done
SUDO=()
[ "$(id -u)" = 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && SUDO=(sudo -n); }
if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || [ ${#SUDO[@]} -gt 0 ]; }; then
  "${SUDO[@]}" apt-get update -qq >/dev/null 2>&1
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-dejavu-core >/dev/null 2>&1 && exit 0
fi
echo "install-fonts: no TrueType font found (install fonts-dejavu-core, or run scripts/install-tools.sh): attestations would lose their accents." >&2
exit 0
