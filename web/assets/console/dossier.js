// One dossier: the documents opened inline beside the extracted facts and the findings (each with its quoted
// passage and page), the decision panel with only the actions the API allows now, prefecture and publication,
// history and emails.
import { get, post } from '/assets/console/api.js';
import { el, replace, facts, table, day, instant, number } from '/assets/console/dom.js';
import { label, memberKinds, documentKinds, events, actors, emailKinds, emailStatus, severities, publicationModes, factLabels, stampLabels } from '/assets/console/labels.js';
import { decisionPanel } from '/assets/console/decision.js';

export async function render(root, ctx) {
  const r = await get('/api/adhesions/' + encodeURIComponent(ctx.id));
  if (!r.ok) {
    root.append(el('h1', null, 'Dossier introuvable'), el('p', { class: 'message erreur', role: 'alert' }, r.message),
      el('p', null, el('a', { href: ctx.path('dossiers') }, 'Retour à la liste des dossiers')));
    return 'Dossier introuvable';
  }
  draw(root, ctx, r.body);
  return 'Dossier ' + (r.body.reference || '') + ' ' + (r.body.member?.name || '');
}

/** Reads the dossier again until `changed(view)` says the action took effect (the workflow applies it shortly after). */
async function reload(root, ctx, before, focusId) {
  let view = null;
  for (let i = 0; i < 40 && ctx.current(); i++) {
    await new Promise(res => setTimeout(res, i === 0 ? 300 : 750));
    const r = await get('/api/adhesions/' + encodeURIComponent(ctx.id));
    if (!r.ok) break;
    view = r.body;
    if (view.status !== before.status || (view.history || []).length !== (before.history || []).length
      || JSON.stringify(view.prefecture) !== JSON.stringify(before.prefecture) || JSON.stringify(view.publication) !== JSON.stringify(before.publication)) break;
  }
  if (!view || !ctx.current()) return;
  draw(root, ctx, view);
  const target = document.getElementById(focusId) || root.querySelector('h1');
  if (target) { target.setAttribute('tabindex', '-1'); target.focus(); }
  ctx.announce('Dossier mis à jour : ' + (view.statusLabel || view.status) + '.');
}

function draw(root, ctx, v) {
  const m = v.member || {};
  const refresh = (focusId) => reload(root, ctx, v, focusId);
  replace(root,
    el('p', { class: 'fil' }, el('a', { href: ctx.path('dossiers') }, 'Dossiers'), ' › ', v.reference || v.id),
    el('h1', null, el('span', { class: 'reference' }, v.reference || ''), ' ', m.name || ''),
    el('p', { class: 'etat-dossier', id: 'etat-dossier' }, 'Statut : ', el('strong', { class: 'statut statut-' + v.status }, v.statusLabel || v.status),
      v.executoryOn ? ' · exécutoire le ' + day(v.executoryOn) : ''),
    v.workflow && v.workflow.failure ? el('p', { class: 'message erreur', role: 'alert' }, 'Le traitement automatique de ce dossier est bloqué : ', v.workflow.failure) : null,
    el('div', { class: 'dossier-grille' },
      documents(v),
      el('div', { class: 'dossier-analyse' }, findings(v), deliberation(v), decisionPanel(v, ctx, refresh))),
    el('div', { class: 'dossier-details' }, member(v), needs(v), prefecture(v)),
    history(v), emails(v));
}

function section(id, title, ...content) {
  return el('section', { class: 'bloc', 'aria-labelledby': id }, el('h2', { id }, title), ...content);
}

function documents(v) {
  const docs = v.documents || [];
  const base = '/api/adhesions/' + encodeURIComponent(v.id) + '/documents/';
  if (!docs.length) return section('titre-documents', 'Pièces', el('p', { class: 'vide' }, 'Aucune pièce déposée.'));
  const frame = el('iframe', { class: 'visionneuse', id: 'visionneuse', title: 'Pièce affichée' });
  const download = el('a', { class: 'bouton secondaire petit', download: '' }, 'Télécharger');
  const open = el('a', { class: 'bouton secondaire petit', target: '_blank', rel: 'noopener' }, 'Ouvrir dans un nouvel onglet');
  const caption = el('p', { class: 'piece-affichee', id: 'piece-affichee' });
  const buttons = [];
  function showDoc(d, page) {
    const src = base + encodeURIComponent(d.sha256);
    const name = (d.kindLabel || label(documentKinds, d.kind)) + ' : ' + d.fileName;
    frame.src = src + (page ? '#page=' + page : '');
    frame.title = name + (page ? ', page ' + page : '');
    download.href = src;
    download.setAttribute('download', d.fileName);
    download.setAttribute('aria-label', 'Télécharger ' + d.fileName);
    open.href = src;
    open.setAttribute('aria-label', 'Ouvrir dans un nouvel onglet : ' + d.fileName);
    caption.textContent = name + (page ? ' (page ' + page + ')' : '');
    for (const b of buttons) b.setAttribute('aria-pressed', b.dataset.sha === d.sha256 ? 'true' : 'false');
  }
  const list = el('ul', { class: 'pieces' }, docs.map(d => {
    const b = el('button', { type: 'button', class: 'piece', 'aria-pressed': 'false', dataset: { sha: d.sha256 }, 'aria-controls': 'visionneuse' },
      d.kindLabel || label(documentKinds, d.kind), el('span', { class: 'secondaire' }, ' ' + d.fileName + ' · ' + number(Math.max(1, Math.round(d.size / 1024))) + ' Ko · ' + instant(d.uploadedAt)));
    b.addEventListener('click', () => showDoc(d));
    buttons.push(b);
    return el('li', null, b);
  }));
  const first = docs.find(d => d.kind === 'deliberation') || docs[0];
  showDoc(first);
  const s = section('titre-documents', 'Pièces', list, caption, frame, el('p', { class: 'outils-piece' }, download, ' ', open));
  s.classList.add('dossier-pieces');
  // A finding's "see the page" opens the délibération at that page.
  s.showPage = page => { showDoc(first, page); frame.focus(); };
  return s;
}

function findings(v) {
  const list = v.findings || [];
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = list.slice().sort((a, b) => (order[a.severity] ?? 3) - (order[b.severity] ?? 3));
  const content = sorted.length ? el('ul', { class: 'constats' }, sorted.map(f => {
    const ev = f.evidence;
    const goTo = ev && ev.page ? el('button', { type: 'button', class: 'lien', 'aria-label': 'Voir la page ' + ev.page + ' de la délibération' }, 'Voir la page ' + ev.page) : null;
    if (goTo) goTo.addEventListener('click', () => { const s = document.querySelector('.dossier-pieces'); if (s && s.showPage) s.showPage(ev.page); });
    return el('li', { class: 'constat constat-' + f.severity },
      el('p', { class: 'constat-tete' }, el('span', { class: 'pastille ' + (f.severity === 'error' ? 'erreur' : f.severity === 'warning' ? 'alerte' : 'info') }, f.severityLabel || label(severities, f.severity)),
        ' ', f.message),
      f.article ? el('p', { class: 'article' }, 'Article : ', f.article) : null,
      ev && ev.quote ? el('figure', { class: 'passage' },
        el('blockquote', null, el('p', null, '« ' + ev.quote + ' »')),
        el('figcaption', null, 'Passage lu page ' + ev.page + (ev.line ? ', ligne ' + ev.line : ''), goTo ? ' · ' : '', goTo)) : null);
  })) : el('p', { class: 'vide' }, v.status === 'Submitted' ? 'Analyse en cours.' : 'Aucun constat sur les pièces.');
  return section('titre-constats', 'Constats de l\'analyse', content);
}

function value(v) {
  if (v === true) return 'oui';
  if (v === false) return 'non';
  if (typeof v === 'number') return number(v);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return day(v);
  return v;
}

function deliberation(v) {
  const d = v.deliberation;
  if (!d) return section('titre-faits', 'Faits lus dans la délibération', el('p', { class: 'vide' }, 'Aucun fait extrait pour l\'instant.'));
  const evidence = d.evidence || {};
  const dl = el('dl', { class: 'faits' });
  for (const [key, name] of Object.entries(factLabels)) {
    if (d[key] === null || d[key] === undefined) continue;
    const quote = evidence[key] && evidence[key].quote;
    dl.append(el('dt', null, name), el('dd', null, value(d[key]), quote ? el('span', { class: 'citation' }, ' « ' + quote + ' » (p. ' + evidence[key].page + ')') : null));
  }
  const stamp = d.stamp || {};
  for (const [key, name] of Object.entries(stampLabels)) if (stamp[key]) dl.append(el('dt', null, name), el('dd', null, value(stamp[key])));
  const source = d.source === 'ocr' ? el('p', { class: 'aide' }, 'Texte lu par reconnaissance de caractères (scan)' + (d.confidence ? ', confiance ' + Math.round(d.confidence * (d.confidence <= 1 ? 100 : 1)) + ' %' : '') + ' : à vérifier sur la pièce.') : null;
  return section('titre-faits', 'Faits lus dans la délibération', dl.childNodes.length ? dl : el('p', { class: 'vide' }, 'Aucun fait n\'a pu être lu.'), source);
}

function member(v) {
  const m = v.member || {}, r = v.referent || {};
  return section('titre-membre', 'Membre et référent',
    facts([['Nom', m.name], ['SIREN', m.siren], ['Type', m.kindLabel || label(memberKinds, m.kind)], ['Code INSEE', m.inseeCode], ['Département', v.departement],
      ['Référent', r.name], ['Courriel du référent', r.email], ['Téléphone', r.phone], ['Numéro de dossier', v.reference]]));
}

function needs(v) {
  const list = v.needs || [];
  const total = list.reduce((a, n) => a + (n.accounts || 0), 0);
  return section('titre-besoins', 'Besoins (annexe 2)', list.length
    ? table('Écoles et comptes commandés : ' + number(total) + ' comptes', ['École', 'Code UAI', 'Comptes'], list.map(n => [n.school, n.uai || '—', number(n.accounts)]))
    : el('p', { class: 'vide' }, 'Aucun besoin déclaré.'));
}

function prefecture(v) {
  const p = v.prefecture || {}, pub = v.publication || {};
  return section('titre-prefecture', 'Préfecture et publication',
    facts([['Identifiant de l\'acte', p.actId], ['Envoyée en préfecture le', day(p.sentOn)], ['Reçue en préfecture le', day(p.receivedOn)],
      ['Publiée ou affichée le', day(pub.publishedOn)], ['Mode', pub.modeLabel || label(publicationModes, pub.mode)], ['Exécutoire le', day(v.executoryOn)]],
    'Ni la transmission en préfecture ni la publication ne sont encore déclarées.'));
}

function history(v) {
  const list = (v.history || []).slice().reverse();
  return section('titre-historique', 'Historique', list.length
    ? el('div', { class: 'defilement' }, table('Historique du dossier, du plus récent au plus ancien', ['Quand', 'Événement', 'Par', 'Motif'],
      list.map(h => [instant(h.at), h.label || label(events, h.event), h.byLabel || label(actors, h.by), h.comment ? '« ' + h.comment + ' »' : '']), { captionHidden: true }))
    : el('p', { class: 'vide' }, 'Aucun événement.'));
}

function emails(v) {
  const list = v.notifications || [];
  return section('titre-courriels', 'Courriels', list.length
    ? el('div', { class: 'defilement' }, table('Courriels envoyés pour ce dossier', ['Courriel', 'Destinataire', 'Envoyé le', 'Remise'],
      list.map(n => [n.label || label(emailKinds, n.kind), n.to, instant(n.sentAt), n.statusLabel || label(emailStatus, n.status)]), { captionHidden: true }))
    : el('p', { class: 'vide' }, 'Aucun courriel.'));
}
