// Dossiers: tabs by status with their counts, filters, search, sort, and pages read from the API one at a time
// (its continuation token behind "Charger plus"): 1,500 dossiers are never all in the page at once.
import { get } from '/assets/console/api.js';
import { el, replace, shortDay, number, plural, busy } from '/assets/console/dom.js';
import { statusLabel, statusOrder, memberKinds } from '/assets/console/labels.js';

const PAGE = 50;
const sorts = [['-submittedAt', 'Dépôt le plus récent'], ['submittedAt', 'Dépôt le plus ancien'], ['name', 'Nom (A → Z)'], ['-name', 'Nom (Z → A)'],
  ['status', 'Statut'], ['reference', 'Numéro de dossier']];
const findingsChoices = [['', 'Tous les dossiers'], ['error', 'Avec un constat bloquant'], ['warning', 'Avec un point à vérifier']];
// URL parameter (French) → API parameter.
const params = { statut: 'status', constats: 'findings', type: 'kind', departement: 'departement', q: 'q', tri: 'sort' };

export async function render(root, ctx) {
  const title = 'Dossiers';
  const state = Object.fromEntries(Object.keys(params).map(k => [k, ctx.params.get(k) || '']));
  const DEFAULT_SORT = '-submittedAt';
  if (!state.tri) state.tri = DEFAULT_SORT;
  const tabs = el('nav', { class: 'onglets', 'aria-label': 'Statuts des dossiers' });
  const status = el('p', { class: 'resultat', id: 'resultat-dossiers' });
  const body = el('tbody');
  const more = el('button', { type: 'button', class: 'bouton secondaire', id: 'charger-plus', hidden: true }, 'Charger plus de dossiers');
  const error = el('div', { role: 'alert' });
  const form = filters(state);
  const grid = el('table', { class: 'tableau dossiers', 'aria-describedby': 'resultat-dossiers' },
    el('caption', { class: 'sr-only' }, 'Dossiers du groupement'),
    el('thead', null, el('tr', null, ['Dossier', 'Membre', 'Type', 'Dépt', 'Statut', 'Déposé le', 'Constats'].map(h => el('th', { scope: 'col' }, h)))), body);
  root.append(el('h1', null, title), tabs, form, error, status, el('div', { class: 'defilement' }, grid), el('p', { class: 'suite' }, more));

  let token = null, shown = 0, total = 0, loading = 0;

  function query(continuation) {
    const q = new URLSearchParams();
    for (const [k, api] of Object.entries(params)) if (state[k]) q.set(api, state[k]);
    q.set('pageSize', String(PAGE));
    if (continuation) q.set('continuationToken', continuation);
    return '/api/groupements/' + encodeURIComponent(ctx.gid) + '/adhesions?' + q;
  }

  function url(next) {
    const q = new URLSearchParams();
    for (const k of Object.keys(params)) if (next[k] && !(k === 'tri' && next[k] === DEFAULT_SORT)) q.set(k, next[k]);
    const s = q.toString();
    return ctx.path('dossiers') + (s ? '?' + s : '');
  }

  function drawTabs(counts, grandTotal) {
    const statuses = statusOrder.filter(s => s in counts).concat(Object.keys(counts).filter(s => !statusOrder.includes(s)));
    const ul = el('ul');
    const tab = (value, label, n) => {
      const a = el('a', { href: url({ ...state, statut: value }), 'aria-current': state.statut === value ? 'page' : null },
        label, ' ', el('span', { class: 'compte' }, '(' + number(n) + ')'));
      a.addEventListener('click', ev => {
        if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
        ev.preventDefault();
        state.statut = value;
        history.pushState(null, '', url(state));
        load(false, a);
      });
      return el('li', null, a);
    };
    ul.append(tab('', 'Tous', grandTotal));
    for (const s of statuses) ul.append(tab(s, statusLabel(s, labels), counts[s]));
    replace(tabs, ul);
  }

  const labels = {};
  function rowOf(item) {
    if (item.statusLabel && item.status) labels[item.status] = item.statusLabel;
    const m = item.member || {};
    const findings = [];
    if (item.errors) findings.push(el('span', { class: 'pastille erreur' }, plural(item.errors, 'bloquant', 'bloquants')));
    if (item.warnings) findings.push(el('span', { class: 'pastille alerte' }, plural(item.warnings, 'à vérifier', 'à vérifier')));
    if (!findings.length) findings.push(el('span', { class: 'vide' }, 'aucun'));
    return el('tr', null,
      el('th', { scope: 'row' }, el('a', { href: ctx.path('dossiers', item.id) }, item.reference || item.id)),
      el('td', null, m.name, el('span', { class: 'secondaire' }, ' SIREN ' + (m.siren || ''))),
      el('td', null, m.kindLabel || memberKinds[m.kind] || m.kind || ''),
      el('td', null, item.departement || ''),
      el('td', null, el('span', { class: 'statut statut-' + item.status }, item.statusLabel || statusLabel(item.status))),
      el('td', null, shortDay(item.submittedAt)),
      el('td', null, findings));
  }

  async function load(append, focusAfter) {
    const mine = ++loading;
    busy(more, true);
    grid.setAttribute('aria-busy', 'true');
    const r = await get(query(append ? token : null));
    if (mine !== loading || !ctx.current()) return;
    busy(more, false);
    grid.removeAttribute('aria-busy');
    if (!r.ok) { replace(error, el('p', { class: 'message erreur' }, r.message)); ctx.announce(r.message); return; }
    replace(error);
    const page = r.body;
    token = page.continuationToken || null;
    total = page.total ?? page.count ?? 0;
    const rows = (page.items || []).map(rowOf);
    if (!append) { replace(body, rows); shown = 0; }
    else body.append(...rows);
    shown += rows.length;
    if (!append || !tabs.childNodes.length) {
      const counts = page.counts || {};
      drawTabs(counts, Object.values(counts).reduce((a, b) => a + b, 0));
    }
    if (!shown) body.append(el('tr', null, el('td', { colSpan: 7, class: 'vide' }, 'Aucun dossier ne correspond à ces critères.')));
    more.hidden = !token;
    const text = plural(total, 'dossier', 'dossiers') + (shown < total ? ', ' + number(shown) + ' affichés' : '');
    status.textContent = text;
    if (append) {
      ctx.announce(plural(rows.length, 'dossier de plus', 'dossiers de plus') + ' : ' + text + '.');
      const first = rows[0] && rows[0].querySelector('a');
      if (first) first.focus(); else more.focus();
    } else {
      if (focusAfter) ctx.announce(text + '.');
      if (focusAfter && focusAfter.isConnected) focusAfter.focus();
      // The tab clicked was redrawn: its new self takes the focus, unless the person has moved on meanwhile.
      else if (focusAfter && (!document.activeElement || document.activeElement === document.body)) { const current = tabs.querySelector('[aria-current]'); if (current) current.focus(); }
    }
  }

  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const data = new FormData(form);
    for (const k of ['q', 'constats', 'type', 'departement', 'tri']) state[k] = String(data.get(k) || '').trim();
    history.pushState(null, '', url(state));
    load(false, form.querySelector('button[type=submit]'));
  });
  form.addEventListener('reset', ev => {
    ev.preventDefault();
    for (const k of Object.keys(params)) if (k !== 'statut') state[k] = '';
    for (const c of form.elements) if (c.name) c.value = '';
    form.elements.tri.value = state.tri = DEFAULT_SORT;
    history.pushState(null, '', url(state));
    load(false, form.querySelector('button[type=reset]'));
  });
  more.addEventListener('click', () => load(true));
  await load(false);
  return title;
}

function select(name, label, choices, value) {
  const id = 'filtre-' + name;
  return el('div', { class: 'champ' }, el('label', { for: id }, label),
    el('select', { id, name }, choices.map(([v, t]) => el('option', { value: v, selected: v === value }, t))));
}

function filters(state) {
  const kinds = [['', 'Tous les types']].concat(Object.entries(memberKinds));
  return el('form', { class: 'filtres', role: 'search', 'aria-label': 'Filtrer les dossiers' },
    el('div', { class: 'champ large' }, el('label', { for: 'filtre-q' }, 'Rechercher'),
      el('input', { id: 'filtre-q', name: 'q', type: 'search', value: state.q, 'aria-describedby': 'aide-recherche', autocomplete: 'off' }),
      el('p', { class: 'aide', id: 'aide-recherche' }, 'Nom, SIREN, code INSEE ou numéro de dossier.')),
    select('constats', 'Constats', findingsChoices, state.constats),
    select('type', 'Type de membre', kinds, state.type),
    el('div', { class: 'champ etroit' }, el('label', { for: 'filtre-departement' }, 'Département'),
      el('input', { id: 'filtre-departement', name: 'departement', value: state.departement, inputmode: 'text', maxlength: '3', size: '4',
        autocomplete: 'off', 'aria-describedby': 'aide-departement' }),
      el('p', { class: 'aide', id: 'aide-departement' }, 'Ex. : 49, 2A.')),
    select('tri', 'Trier par', sorts, state.tri),
    el('div', { class: 'actions-filtres' }, el('button', { type: 'submit', class: 'bouton' }, 'Filtrer'),
      el('button', { type: 'reset', class: 'bouton secondaire' }, 'Effacer les filtres')));
}
