#!/usr/bin/env bash
# Installs Debian's Tesseract (with French) and poppler's pdftoppm for reading scanned délibérations.
# Needs root (or sudo without a password) and apt-get; without them it says so and exits 0: the OCR tests are
# skipped and scans keep DELIB_NOT_READABLE.
set -uo pipefail
has_fra() { command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx fra; }
if command -v pdftoppm >/dev/null 2>&1 && has_fra; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-ocr: apt-get not found; OCR stays unavailable (scans keep DELIB_NOT_READABLE)." >&2
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "install-ocr: neither root nor sudo; OCR stays unavailable (scans keep DELIB_NOT_READABLE)." >&2
  exit 0
fi
echo "Installing tesseract-ocr, tesseract-ocr-fra and poppler-utils for OCR (about a minute)..." >&2
if ! { "${SUDO[@]}" apt-get update -qq >/dev/null 2>&1 \
  && "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
       tesseract-ocr tesseract-ocr-fra poppler-utils >/dev/null 2>&1; }; then
  echo "install-ocr: apt-get failed; OCR stays unavailable (scans keep DELIB_NOT_READABLE)." >&2
  exit 0
fi
has_fra && command -v pdftoppm >/dev/null 2>&1 && echo "install-ocr: OCR installed." >&2
exit 0
