// Calls to the API with the session cookie: the CSRF token on every state change, 401 → sign-in page,
// problem+json turned into one French message (the API's `detail`), never a raw code.

const CSRF_KEY = 'groupement.csrf';
const RETURN_KEY = 'groupement.retour';

export function rememberSession(session) {
  if (session && session.csrfToken) sessionStorage.setItem(CSRF_KEY, session.csrfToken);
}

export function forgetSession() {
  sessionStorage.removeItem(CSRF_KEY);
}

/** Where to go back after signing in (a path under /coordination only). */
export function takeReturnPath() {
  const path = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  return path && /^\/coordination(\/|$)/.test(path) ? path : '/coordination';
}

export function toSignIn() {
  forgetSession();
  if (location.pathname.startsWith('/coordination')) sessionStorage.setItem(RETURN_KEY, location.pathname + location.search);
  location.assign('/connexion');
}

async function csrfToken(refresh) {
  let token = refresh ? null : sessionStorage.getItem(CSRF_KEY);
  if (!token) {
    const r = await fetch('/api/auth/sessions/current', { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } });
    if (r.status === 200) { const s = await r.json(); rememberSession(s); token = s.csrfToken; }
  }
  return token;
}

/**
 * request('POST', url, { json, body, contentType }) → { ok, status, body, message }.
 * Never throws; status 0 when the network failed. A 401 leaves for /connexion unless `allowAnonymous`.
 */
export async function request(method, url, options = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  let body = options.body;
  if (options.json !== undefined) { headers['Content-Type'] = 'application/json'; body = JSON.stringify(options.json); }
  else if (options.contentType) headers['Content-Type'] = options.contentType;
  const changes = method !== 'GET' && method !== 'HEAD';
  for (let attempt = 0; attempt < 2; attempt++) {
    if (changes) {
      const token = await csrfToken(attempt > 0).catch(() => null);
      if (token) headers['X-CSRF-Token'] = token;
    }
    let response;
    try {
      response = await fetch(url, { method, headers, body, credentials: 'same-origin', cache: 'no-store' });
    } catch {
      return { ok: false, status: 0, body: null, message: 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.' };
    }
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json().catch(() => null) : null;
    if (response.status === 401 && !options.allowAnonymous) { toSignIn(); return { ok: false, status: 401, body: data, message: 'Votre session a expiré.' }; }
    // A token read before the session was renewed: read the current one once, then try again.
    if (response.status === 403 && data && data.code === 'CSRF_TOKEN_INVALID' && attempt === 0) continue;
    return { ok: response.ok, status: response.status, body: data, message: response.ok ? '' : messageOf(response.status, data) };
  }
  return { ok: false, status: 403, body: null, message: 'Votre session ne permet pas cette action. Reconnectez-vous.' };
}

export const get = (url, options) => request('GET', url, options);
export const post = (url, json, options) => request('POST', url, { ...options, json });

/** The French message of a problem+json answer: its detail, and the field errors when there are some. */
export function messageOf(status, problem) {
  const parts = [];
  if (problem && problem.detail) parts.push(problem.detail);
  if (problem && problem.errors && typeof problem.errors === 'object' && !Array.isArray(problem.errors)) {
    for (const messages of Object.values(problem.errors)) for (const m of [].concat(messages)) if (typeof m === 'string' && !parts.includes(m)) parts.push(m);
  }
  if (parts.length) return parts.join(' ');
  if (problem && problem.title && !/^[A-Z_]+$/.test(problem.title)) return problem.title;
  switch (status) {
    case 0: return 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.';
    case 403: return 'Vous n\'avez pas les droits pour cette action.';
    case 404: return 'Élément introuvable : il a peut-être été supprimé.';
    case 413: return 'Le fichier est trop volumineux.';
    case 415: return 'Ce type de fichier n\'est pas accepté.';
    case 429: return 'Trop de demandes : réessayez dans une minute.';
    default: return status >= 500 ? 'Le service rencontre un incident. Réessayez dans quelques minutes.' : 'La demande n\'a pas abouti.';
  }
}
