// Tableau de bord: counts by status, the calendar on a timeline, submissions per day against the deadline, and the
// invited members who never submitted, each with a one-click reminder.
import { get, post } from '/assets/console/api.js';
import { el, svg, table, day, shortDay, instant, number, plural, busy } from '/assets/console/dom.js';
import { statusLabel, statusOrder } from '/assets/console/labels.js';

export async function render(root, ctx) {
  const title = 'Tableau de bord';
  root.append(el('h1', null, title), el('p', { class: 'sous-titre' }, ctx.groupement.name));
  const r = await get('/api/groupements/' + encodeURIComponent(ctx.gid) + '/dashboard');
  if (!r.ok) { root.append(el('p', { class: 'message erreur', role: 'alert' }, r.message)); return title; }
  const d = r.body;
  root.append(counts(d, ctx), timeline(d), submissions(d), invited(d, ctx));
  return title;
}

function counts(d, ctx) {
  const all = d.counts || {};
  const total = Object.values(all).reduce((a, b) => a + b, 0);
  const section = el('section', { class: 'bloc', 'aria-labelledby': 'titre-comptes' }, el('h2', { id: 'titre-comptes' }, 'Dossiers par statut'));
  const statuses = statusOrder.filter(s => s in all).concat(Object.keys(all).filter(s => !statusOrder.includes(s)));
  const ul = el('ul', { class: 'compteurs' });
  ul.append(el('li', null, el('a', { href: ctx.path('dossiers') }, el('span', { class: 'nombre' }, number(total)), el('span', { class: 'libelle' }, 'Tous les dossiers'))));
  for (const s of statuses)
    ul.append(el('li', { class: 'statut-' + s }, el('a', { href: ctx.path('dossiers') + '?statut=' + encodeURIComponent(s) },
      el('span', { class: 'nombre' }, number(all[s])), el('span', { class: 'libelle' }, statusLabel(s, d.statusLabels)))));
  section.append(ul);
  return section;
}

const DAY = 86400000;
const time = iso => Date.parse(String(iso).slice(0, 10) + 'T00:00:00Z');

function timeline(d) {
  const items = (d.calendar || []).filter(c => c.date).slice().sort((a, b) => time(a.date) - time(b.date));
  const section = el('section', { class: 'bloc', 'aria-labelledby': 'titre-calendrier' }, el('h2', { id: 'titre-calendrier' }, 'Calendrier du groupement'));
  if (!items.length) { section.append(el('p', { class: 'vide' }, 'Aucune échéance.')); return section; }
  const today = Date.now();
  const start = Math.min(time(items[0].date), today), end = Math.max(time(items[items.length - 1].date), today);
  const span = Math.max(end - start, DAY);
  const W = 1000, left = 30, right = 30, y = 60;
  const x = t => left + (W - left - right) * (t - start) / span;
  // Numbered markers (the list below names them); a date is written only where it does not run into its neighbour.
  const chart = svg('svg', { viewBox: `0 0 ${W} 130`, class: 'frise', 'aria-hidden': 'true', focusable: 'false' },
    svg('line', { x1: left, x2: W - right, y1: y, y2: y, class: 'axe' }));
  const lastDate = [-Infinity, -Infinity];
  items.forEach((c, i) => {
    const cx = x(time(c.date));
    const side = i % 2;
    chart.append(svg('circle', { cx, cy: y, r: 12, class: 'jalon' + (time(c.date) < today ? ' passe' : '') }),
      svg('text', { x: cx, y: y + 5, 'text-anchor': 'middle', class: 'numero' }, String(i + 1)));
    if (cx - lastDate[side] > 95) {
      const anchor = cx < 60 ? 'start' : cx > W - 60 ? 'end' : 'middle';
      chart.append(svg('text', { x: cx, y: side ? y + 38 : y - 24, 'text-anchor': anchor, class: 'date' }, shortDay(c.date)));
      lastDate[side] = cx;
    }
  });
  const tx = x(today);
  chart.append(svg('line', { x1: tx, x2: tx, y1: y - 16, y2: y + 16, class: 'aujourdhui' }),
    svg('text', { x: tx, y: y + 62, 'text-anchor': tx < 80 ? 'start' : tx > W - 80 ? 'end' : 'middle', class: 'aujourdhui-texte' }, 'aujourd\'hui'));
  const list = el('ol', { class: 'echeances' }, items.map(c => el('li', { class: time(c.date) < today ? 'passee' : null },
    el('span', { class: 'date' }, day(c.date)), ' : ', c.label || c.kind, time(c.date) < today ? el('span', { class: 'sr-only' }, ' (passée)') : null)));
  section.append(el('div', { class: 'defilement' }, chart), list);
  return section;
}

function submissions(d) {
  const section = el('section', { class: 'bloc', 'aria-labelledby': 'titre-depots' }, el('h2', { id: 'titre-depots' }, 'Dépôts par jour'));
  const points = (d.submissionsPerDay || []).filter(p => p.date).slice().sort((a, b) => time(a.date) - time(b.date));
  const total = points.reduce((a, p) => a + p.count, 0);
  const deadline = d.joinDeadline ? time(d.joinDeadline) : null;
  const summary = plural(total, 'dossier déposé', 'dossiers déposés') + (points.length ? ' du ' + day(points[0].date) + ' au ' + day(points[points.length - 1].date) : '')
    + (deadline ? ' ; date limite d\'adhésion le ' + day(d.joinDeadline) + '.' : '.');
  section.append(el('p', { id: 'resume-depots' }, summary));
  if (!points.length) return section;
  const first = Math.min(time(points[0].date), deadline ?? Infinity);
  const last = Math.max(time(points[points.length - 1].date), deadline ?? -Infinity, Date.now() - Date.now() % DAY);
  const days = Math.round((last - first) / DAY) + 1;
  const max = Math.max(...points.map(p => p.count), 1);
  const W = 1000, H = 240, left = 44, bottom = 28, top = 24, right = 10;
  const bw = (W - left - right) / days;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'graphique', role: 'img', 'aria-labelledby': 'titre-depots resume-depots' });
  for (const tick of [0, Math.ceil(max / 2), max]) {
    const ty = H - bottom - (H - bottom - top) * tick / max;
    chart.append(svg('line', { x1: left, x2: W - right, y1: ty, y2: ty, class: 'grille' }), svg('text', { x: left - 6, y: ty + 4, 'text-anchor': 'end', class: 'graduation' }, number(tick)));
  }
  for (const p of points) {
    const i = Math.round((time(p.date) - first) / DAY);
    const h = (H - bottom - top) * p.count / max;
    chart.append(svg('rect', { x: left + i * bw + bw * 0.1, y: H - bottom - h, width: Math.max(bw * 0.8, 1), height: h, class: 'barre' },
      svg('title', null, shortDay(p.date) + ' : ' + plural(p.count, 'dépôt', 'dépôts'))));
  }
  chart.append(svg('text', { x: left, y: H - 8, class: 'graduation' }, shortDay(new Date(first).toISOString())),
    svg('text', { x: W - right, y: H - 8, 'text-anchor': 'end', class: 'graduation' }, shortDay(new Date(last).toISOString())));
  if (deadline) {
    const dx = left + (Math.round((deadline - first) / DAY) + 0.5) * bw;
    chart.append(svg('line', { x1: dx, x2: dx, y1: top - 10, y2: H - bottom, class: 'limite' }),
      svg('text', { x: dx - 4, y: top - 12 + 10, 'text-anchor': 'end', class: 'limite-texte' }, 'Date limite ' + shortDay(d.joinDeadline)));
  }
  const data = el('details', { class: 'donnees' }, el('summary', null, 'Voir les données du graphique'),
    table('Dépôts par jour', ['Jour', 'Dossiers déposés'], points.map(p => [day(p.date), number(p.count)]), { captionHidden: true }));
  section.append(el('div', { class: 'defilement' }, chart), data);
  return section;
}

export function invited(d, ctx) {
  const people = d.invitedNotSubmitted || [];
  const section = el('section', { class: 'bloc', 'aria-labelledby': 'titre-invites' },
    el('h2', { id: 'titre-invites' }, 'Invités sans dossier (' + number(people.length) + ')'));
  if (!people.length) { section.append(el('p', { class: 'vide' }, 'Tous les membres invités ont déposé un dossier.')); return section; }
  const manager = ctx.groupement.role === 'manager';
  const rows = people.map(p => {
    const reminded = el('td', null, p.lastRemindedAt ? instant(p.lastRemindedAt) : 'jamais');
    const cells = [el('th', { scope: 'row' }, p.name), el('td', null, p.siren), el('td', null, p.email), el('td', null, instant(p.invitedAt)), reminded];
    if (manager) {
      const button = el('button', { type: 'button', class: 'bouton petit', 'aria-label': 'Relancer ' + p.name }, 'Relancer');
      button.addEventListener('click', async () => {
        busy(button, true);
        const r = await post('/api/groupements/' + encodeURIComponent(ctx.gid) + '/invitations/' + encodeURIComponent(p.siren) + '/resend', {});
        busy(button, false);
        if (r.ok) {
          reminded.textContent = 'à l\'instant';
          button.textContent = 'Relancé';
          ctx.announce('Invitation renvoyée à ' + p.name + ' (' + p.email + ').');
        } else ctx.announce('Relance de ' + p.name + ' impossible : ' + r.message);
      });
      cells.push(el('td', null, button));
    }
    return el('tr', null, cells);
  });
  const headers = ['Membre', 'SIREN', 'Courriel', 'Invité le', 'Dernière relance'].concat(manager ? ['Action'] : []);
  const t = el('table', { class: 'tableau' }, el('caption', { class: 'sr-only' }, 'Membres invités qui n\'ont pas encore déposé de dossier'),
    el('thead', null, el('tr', null, headers.map(h => el('th', { scope: 'col' }, h)))), el('tbody', null, rows));
  section.append(el('div', { class: 'defilement' }, t));
  return section;
}
