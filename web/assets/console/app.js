// The console's shell: the session, the groupement picker, the navigation and the views (one path each under
// /coordination/{gid}/…), the focus moved to each new view's heading and its title announced.
import { get, request, rememberSession, forgetSession } from '/assets/console/api.js';
import { el, replace } from '/assets/console/dom.js';
import * as dashboard from '/assets/console/dashboard.js';
import * as list from '/assets/console/list.js';
import * as dossier from '/assets/console/dossier.js';
import * as invitations from '/assets/console/invitations.js';
import * as reminders from '/assets/console/reminders.js';
import * as exportsView from '/assets/console/exports.js';

const views = { 'tableau-de-bord': dashboard, dossiers: list, invitations, relances: reminders, exports: exportsView };
const main = document.getElementById('contenu');
const live = document.getElementById('annonce');
const picker = document.getElementById('choix-groupement');
let session = null;
let generation = 0;

export function announce(message) {
  live.textContent = '';
  // A new text node after a tick, so screen readers speak the same message twice in a row too.
  setTimeout(() => { live.textContent = message; }, 50);
}

export function navigate(url, { replace: replacing = false } = {}) {
  if (replacing) history.replaceState(null, '', url); else history.pushState(null, '', url);
  return show();
}

function parse() {
  const parts = location.pathname.replace(/\/+$/, '').split('/').filter(Boolean).map(decodeURIComponent); // ['coordination', gid, view, id]
  return { gid: parts[1] || null, view: parts[2] || 'tableau-de-bord', id: parts[3] || null, params: new URLSearchParams(location.search) };
}

export function pathOf(gid, view, id) {
  return '/coordination/' + encodeURIComponent(gid) + '/' + view + (id ? '/' + encodeURIComponent(id) : '');
}

function updateChrome(gid, view) {
  const groupement = session.groupements.find(g => g.id === gid);
  picker.value = gid;
  for (const a of document.querySelectorAll('#navigation a[data-vue]')) {
    a.href = pathOf(gid, a.dataset.vue);
    if (a.dataset.vue === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  for (const li of document.querySelectorAll('#navigation [data-role]')) li.hidden = !groupement || groupement.role !== li.dataset.role;
  return groupement;
}

async function show() {
  const mine = ++generation;
  const route = parse();
  if (!route.gid || !session.groupements.some(g => g.id === route.gid)) {
    const last = localStorage.getItem('groupement.dernier');
    const gid = session.groupements.some(g => g.id === last) ? last : session.groupements[0].id;
    if (route.gid) announce('Ce groupement ne fait pas partie des vôtres : ouverture de ' + session.groupements.find(g => g.id === gid).name + '.');
    history.replaceState(null, '', pathOf(gid, 'tableau-de-bord'));
    return show();
  }
  localStorage.setItem('groupement.dernier', route.gid);
  const viewName = route.view === 'dossiers' && route.id ? 'dossier' : route.view;
  const module = viewName === 'dossier' ? dossier : views[viewName];
  const groupement = updateChrome(route.gid, route.view in views ? route.view : 'tableau-de-bord');
  const container = el('div', { class: 'vue vue-' + viewName });
  main.setAttribute('aria-busy', 'true');
  const ctx = {
    gid: route.gid, id: route.id, params: route.params, groupement, session, announce, navigate,
    path: (view, id) => pathOf(route.gid, view, id),
    current: () => mine === generation,
  };
  let title;
  try {
    if (!module) {
      title = 'Page introuvable';
      container.append(el('h1', { tabindex: '-1' }, title), el('p', null, 'Cette rubrique n\'existe pas. ', el('a', { href: ctx.path('tableau-de-bord') }, 'Retour au tableau de bord')));
    } else {
      title = await module.render(container, ctx);
    }
  } catch (e) {
    title = 'Erreur';
    replace(container, el('h1', { tabindex: '-1' }, 'La page n\'a pas pu s\'afficher'),
      el('p', { class: 'message erreur' }, 'Une erreur inattendue est survenue. Rechargez la page ; si elle persiste, signalez-la.'));
    console.error(e);
  }
  if (mine !== generation) return;
  main.removeAttribute('aria-busy');
  replace(main, container);
  document.title = title + ' · ' + groupement.name + ' · Console de coordination';
  const heading = main.querySelector('h1');
  if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus({ preventScroll: false }); }
  window.scrollTo(0, 0);
}

// Links inside the console open their view without reloading the page.
document.addEventListener('click', ev => {
  const a = ev.target.closest && ev.target.closest('a[href]');
  if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  if (a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith('/coordination/')) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  ev.preventDefault();
  navigate(url.pathname + url.search);
});
window.addEventListener('popstate', () => show());

picker.addEventListener('change', () => navigate(pathOf(picker.value, 'tableau-de-bord')));

document.getElementById('deconnexion').addEventListener('click', async () => {
  await request('DELETE', '/api/auth/sessions/current', { allowAnonymous: true });
  forgetSession();
  location.assign('/connexion');
});

async function start() {
  const r = await get('/api/auth/sessions/current');
  if (!r.ok) {
    if (r.status !== 401) replace(main, el('h1', { tabindex: '-1' }, 'Console indisponible'), el('p', { class: 'message erreur' }, r.message));
    return;
  }
  session = r.body;
  rememberSession(session);
  if (!session.groupements || !session.groupements.length) {
    replace(main, el('h1', { tabindex: '-1' }, 'Aucun groupement'),
      el('p', null, 'Votre compte n\'est rattaché à aucun groupement. Demandez à un gestionnaire du groupement de vous ajouter.'));
    return;
  }
  replace(picker, session.groupements.map(g => el('option', { value: g.id }, g.name)));
  document.getElementById('personne').textContent = (session.name || session.email) + (session.name ? ' (' + session.email + ')' : '');
  document.getElementById('outils').hidden = false;
  document.getElementById('navigation').hidden = false;
  await show();
}

start();
