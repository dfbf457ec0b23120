// Requests to the API (same origin; in Azure, Static Web Apps forwards /api/* to the linked Functions app).

/** fetch that never throws: {status, body} (status 0 when the network failed; body null unless JSON). */
export async function send(url, options) {
  try {
    const r = await fetch(url, { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', ...options });
    const type = r.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await r.json().catch(() => null) : null;
    return { status: r.status, body };
  } catch {
    return { status: 0, body: null };
  }
}

/** 32 random hex characters (an Idempotency-Key). */
export function randomKey() {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** The token carried in the fragment (#jeton=…), which browsers never send to a server. */
export function fragmentToken() {
  return new URLSearchParams(location.hash.slice(1)).get('jeton');
}

export function bearer(token) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  return headers;
}
