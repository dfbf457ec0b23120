#!/usr/bin/env bash
# Asks the local host for a console sign-in link and prints it, read from the pickup folder (pickup mode only).
#   ./scripts/sign-in-link.sh [email] [base URL]   (defaults: the demo manager, http://localhost:7071)
set -euo pipefail
cd "$(dirname "$0")/.."
EMAIL=${1:-coordination@example.org}
BASE=${2:-http://localhost:${PORT:-7071}}
OUTBOX=${Email__PickupDirectory:-.data/outbox}
mkdir -p "$OUTBOX"
marker=$(mktemp); trap 'rm -f "$marker"' EXIT
code=$(curl -sS -m 10 -o /dev/null -w '%{http_code}' -X POST "$BASE/api/auth/links" -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\"}")
[ "$code" = 202 ] || { echo "POST /api/auth/links: HTTP $code" >&2; exit 1; }
for _ in $(seq 1 40); do
  link=$(node - "$OUTBOX" "$marker" "$EMAIL" <<'JS'
const fs = require('fs'), path = require('path');
const [dir, marker, email] = process.argv.slice(2);
const since = fs.statSync(marker).mtimeMs - 1000;
const files = fs.readdirSync(dir).filter(f => f.endsWith('.eml')).map(f => path.join(dir, f))
  .filter(f => fs.statSync(f).mtimeMs >= since).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
for (const f of files) {
  const raw = fs.readFileSync(f, 'latin1');
  if (!/^X-Notification-Kind:\s*sign-in\s*$/mi.test(raw) || !raw.toLowerCase().includes(email.toLowerCase())) continue;
  // Undo quoted-printable and base64 bodies enough to find the link.
  let text = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  for (const b of raw.match(/^[A-Za-z0-9+/=]{60,}$(?:\r?\n^[A-Za-z0-9+/=]+$)*/gm) || []) text += Buffer.from(b.replace(/\s/g, ''), 'base64').toString('latin1');
  const m = text.match(/https?:\/\/[^\s"<>]+\/connexion#jeton=[^\s"<>]+/);
  if (m) { console.log(m[0]); process.exit(0); }
}
JS
  ) && [ -n "$link" ] && { echo "$link"; exit 0; }
  sleep 0.25
done
echo "No sign-in email for $EMAIL in $OUTBOX (is $EMAIL staff of a groupement? the answer is the same either way)." >&2
exit 1
