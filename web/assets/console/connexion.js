// /connexion: ask for a sign-in link; with #jeton=… in the URL, open the session and go to the console.
import { request, rememberSession, takeReturnPath } from '/assets/console/api.js';
import { el, replace, busy } from '/assets/console/dom.js';

const state = document.getElementById('etat');
const form = document.getElementById('formulaire-lien');
const input = document.getElementById('courriel');
const error = document.getElementById('courriel-erreur');
const button = document.getElementById('envoyer-lien');

function say(kind, ...text) {
  replace(state, el('p', { class: 'message ' + kind }, ...text));
}

async function openSession(token) {
  // The token must not stay in the address bar nor in the history.
  history.replaceState(null, '', location.pathname + location.search);
  say('info', 'Connexion en cours…');
  form.hidden = true;
  const r = await request('POST', '/api/auth/sessions', { json: { token }, allowAnonymous: true });
  if (r.ok && r.body) {
    rememberSession(r.body);
    say('succes', 'Connexion réussie. Ouverture de la console…');
    location.replace(takeReturnPath());
    return;
  }
  form.hidden = false;
  say('erreur', r.status === 401
    ? 'Ce lien de connexion n\'est plus valable : il a déjà servi, a expiré (15 minutes) ou est incomplet. Demandez-en un nouveau ci-dessous.'
    : r.message);
  document.getElementById('titre').focus();
}

form.addEventListener('submit', async ev => {
  ev.preventDefault();
  const email = input.value.trim();
  error.textContent = '';
  input.removeAttribute('aria-invalid');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    error.textContent = 'Erreur : indiquez une adresse électronique valide, par exemple prenom.nom@ac-nantes.fr.';
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  busy(button, true);
  const r = await request('POST', '/api/auth/links', { json: { email }, allowAnonymous: true });
  busy(button, false);
  if (r.ok) say('succes', 'Si l\'adresse est connue, un lien vous a été envoyé. Ouvrez-le depuis ce navigateur dans les 15 minutes.');
  else say('erreur', r.message);
});

const tokenOf = () => new URLSearchParams(location.hash.slice(1)).get('jeton');
// A link pasted in the tab that asked for it changes only the fragment: no new page load.
window.addEventListener('hashchange', () => { const t = tokenOf(); if (t) openSession(t); });
const token = tokenOf();
if (token) openSession(token);
else {
  // Already signed in: say so, with the way in.
  request('GET', '/api/auth/sessions/current', { allowAnonymous: true }).then(r => {
    if (r.ok && r.body) {
      rememberSession(r.body);
      say('info', 'Vous êtes connecté(e) en tant que ' + (r.body.name || r.body.email) + '. ', el('a', { href: '/coordination' }, 'Ouvrir la console'));
    }
  });
}
