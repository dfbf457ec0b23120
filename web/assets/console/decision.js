// The decision panel: only the actions the API lists in allowedActions, each a small form posting to its route.
import { post } from '/assets/console/api.js';
import { el, busy } from '/assets/console/dom.js';

// The three decisions of the review action (DESIGN §4 `decision` values), shown when the API allows `review`.
const reviewDecisions = [['approve', 'Approuver'], ['request-changes', 'Demander des compléments'], ['reject', 'Refuser']];
const todayIso = () => new Date().toISOString().slice(0, 10);

let counter = 0;
function field(label, control, help) {
  const id = control.id || (control.id = 'champ-' + (++counter));
  const error = el('p', { class: 'erreur', id: id + '-erreur' });
  control.setAttribute('aria-describedby', (help ? id + '-aide ' : '') + id + '-erreur');
  return { node: el('div', { class: 'champ' }, el('label', { for: id }, label), help ? el('p', { class: 'aide', id: id + '-aide' }, help) : null, control, error), control, error };
}

function fail(f, message) {
  f.error.textContent = 'Erreur : ' + message;
  f.control.setAttribute('aria-invalid', 'true');
  f.control.focus();
}

function clear(...fields) {
  for (const f of fields) { f.error.textContent = ''; f.control.removeAttribute('aria-invalid'); }
}

/** Posts and reports: a French message in the form's alert zone, and the dossier read again on success. */
async function submit(form, button, url, body, refresh, done) {
  const zone = form.querySelector('.resultat-action');
  zone.textContent = '';
  busy(button, true);
  const r = await post(url, body);
  busy(button, false);
  if (r.ok) { zone.textContent = done; zone.className = 'resultat-action message succes'; refresh('etat-dossier'); return r; }
  zone.textContent = r.message;
  zone.className = 'resultat-action message erreur';
  zone.focus();
  return r;
}

export function decisionPanel(v, ctx, refresh) {
  const actions = v.allowedActions || [];
  const names = actions.map(a => a.name);
  const base = '/api/adhesions/' + encodeURIComponent(v.id) + '/';
  const parts = [];
  const split = reviewDecisions.filter(([d]) => names.includes(d));
  if (names.includes('review') || split.length) parts.push(review(v, base, refresh, split.length ? split.map(([d]) => [d, actions.find(a => a.name === d).label]) : reviewDecisions));
  if (names.includes('prefecture-receipt')) parts.push(receipt(v, actions.find(a => a.name === 'prefecture-receipt'), base, refresh));
  if (names.includes('publication')) parts.push(publication(actions.find(a => a.name === 'publication'), base, refresh));
  if (names.includes('close')) parts.push(close(actions.find(a => a.name === 'close'), base, refresh));
  return el('section', { class: 'bloc decision', 'aria-labelledby': 'titre-decision' }, el('h2', { id: 'titre-decision' }, 'Décision'),
    parts.length ? parts : el('p', { class: 'vide' }, 'Aucune action n\'est possible sur ce dossier dans son état actuel.'));
}

function review(v, base, refresh, decisions) {
  const blocking = (v.findings || []).filter(f => f.severity === 'error').length;
  const radios = decisions.map(([value, text], i) => el('div', { class: 'choix' },
    el('input', { type: 'radio', name: 'decision', id: 'decision-' + value, value, required: i === 0 }), el('label', { for: 'decision-' + value }, text)));
  const decisionError = el('p', { class: 'erreur', id: 'decision-erreur' });
  const group = el('fieldset', { class: 'groupe-choix', 'aria-describedby': 'decision-erreur' }, el('legend', null, 'Votre décision'), radios, decisionError);
  const comment = field('Commentaire', el('textarea', { id: 'decision-commentaire', name: 'comment', rows: '4' }),
    'Obligatoire pour demander des compléments ou refuser ; il est envoyé au référent.');
  const override = el('input', { type: 'checkbox', id: 'decision-lever', name: 'overrideFindings' });
  const overrideBox = el('div', { class: 'lever', hidden: true },
    el('p', { class: 'message alerte' }, blocking > 1 ? 'Ce dossier a ' + blocking + ' constats bloquants.' : 'Ce dossier a un constat bloquant.',
      ' Pour l\'approuver quand même, cochez la case et expliquez pourquoi dans le commentaire.'),
    el('div', { class: 'choix' }, override, el('label', { for: 'decision-lever' }, 'J\'ai vérifié les pièces et je lève les constats bloquants')));
  const button = el('button', { type: 'submit', class: 'bouton' }, 'Enregistrer la décision');
  const zone = el('p', { class: 'resultat-action', tabindex: '-1', role: 'alert' });
  const form = el('form', { class: 'formulaire-action', novalidate: true, 'aria-labelledby': 'titre-examen' },
    el('h3', { id: 'titre-examen' }, 'Examiner le dossier'), group, overrideBox, comment.node, zone, el('p', null, button));
  form.addEventListener('change', () => { overrideBox.hidden = !(blocking && form.elements.decision.value === 'approve'); });
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    clear(comment);
    decisionError.textContent = '';
    const decision = form.elements.decision.value;
    const text = comment.control.value.trim();
    if (!decision) { decisionError.textContent = 'Erreur : choisissez une décision.'; radios[0].querySelector('input').focus(); return; }
    if (decision !== 'approve' && !text) return fail(comment, decision === 'reject' ? 'indiquez le motif du refus.' : 'indiquez les compléments attendus.');
    if (decision === 'approve' && blocking && !override.checked) { override.focus(); zone.textContent = 'Cochez la case pour lever les constats bloquants, ou choisissez une autre décision.'; zone.className = 'resultat-action message erreur'; return; }
    if (decision === 'approve' && blocking && !text) return fail(comment, 'expliquez pourquoi vous levez les constats bloquants.');
    const body = { decision, comment: text || null };
    if (decision === 'approve' && blocking) body.overrideFindings = true;
    const done = { approve: 'Dossier approuvé.', 'request-changes': 'Demande de compléments envoyée au référent.', reject: 'Refus enregistré.' }[decision];
    submit(form, button, base + 'review', body, refresh, done).then(r => {
      if (!r.ok && r.body && r.body.code === 'FINDINGS_BLOCK_APPROVAL') overrideBox.hidden = false;
    });
  });
  return form;
}

function receipt(v, action, base, refresh) {
  const act = field('Identifiant de l\'acte', el('input', { id: 'ar-acte', name: 'actId', autocomplete: 'off', spellcheck: 'false' }),
    'Tel qu\'il figure sur l\'accusé de réception, par exemple 049-' + (v.member?.siren || '214901159') + '-20260202-2026_011-DE.');
  const on = field('Reçu en préfecture le', el('input', { id: 'ar-date', name: 'receivedOn', type: 'date', max: todayIso() }));
  const button = el('button', { type: 'submit', class: 'bouton secondaire' }, 'Enregistrer l\'accusé de réception');
  const form = el('form', { class: 'formulaire-action', novalidate: true, 'aria-labelledby': 'titre-ar' },
    el('h3', { id: 'titre-ar' }, action.label || 'Accusé de réception de la préfecture'), act.node, on.node,
    el('p', { class: 'resultat-action', tabindex: '-1', role: 'alert' }), el('p', null, button));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    clear(act, on);
    if (!act.control.value.trim()) return fail(act, 'indiquez l\'identifiant de l\'acte.');
    if (!on.control.value) return fail(on, 'indiquez la date de réception.');
    submit(form, button, base + (action.route || 'prefecture-receipt'), { actId: act.control.value.trim(), receivedOn: on.control.value }, refresh, 'Accusé de réception enregistré.');
  });
  return form;
}

function publication(action, base, refresh) {
  const on = field('Publié ou affiché le', el('input', { id: 'publication-date', name: 'publishedOn', type: 'date', max: todayIso() }));
  const modes = [['affichage', 'Affichage'], ['publication-electronique', 'Publication électronique']];
  const modeError = el('p', { class: 'erreur', id: 'publication-mode-erreur' });
  const group = el('fieldset', { class: 'groupe-choix', 'aria-describedby': 'publication-mode-erreur' }, el('legend', null, 'Mode'),
    modes.map(([value, text]) => el('div', { class: 'choix' }, el('input', { type: 'radio', name: 'mode', id: 'mode-' + value, value }), el('label', { for: 'mode-' + value }, text))), modeError);
  const url = field('Adresse de la publication (facultatif)', el('input', { id: 'publication-url', name: 'url', type: 'url' }));
  const button = el('button', { type: 'submit', class: 'bouton secondaire' }, 'Enregistrer la publication');
  const form = el('form', { class: 'formulaire-action', novalidate: true, 'aria-labelledby': 'titre-publication' },
    el('h3', { id: 'titre-publication' }, action.label || 'Publication ou affichage'), on.node, group, url.node,
    el('p', { class: 'resultat-action', tabindex: '-1', role: 'alert' }), el('p', null, button));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    clear(on, url);
    modeError.textContent = '';
    if (!on.control.value) return fail(on, 'indiquez la date de publication ou d\'affichage.');
    const mode = form.elements.mode.value;
    if (!mode) { modeError.textContent = 'Erreur : choisissez le mode.'; form.querySelector('input[name=mode]').focus(); return; }
    submit(form, button, base + (action.route || 'publication'), { publishedOn: on.control.value, mode, url: url.control.value.trim() || null }, refresh, 'Publication enregistrée.');
  });
  return form;
}

function close(action, base, refresh) {
  const reason = field('Motif de la clôture', el('textarea', { id: 'cloture-motif', name: 'reason', rows: '3' }), 'Par exemple : doublon, demande abandonnée par le membre.');
  const button = el('button', { type: 'submit', class: 'bouton danger' }, 'Clore le dossier');
  const form = el('form', { class: 'formulaire-action', novalidate: true, 'aria-label': action.label || 'Clore le dossier' }, reason.node,
    el('p', { class: 'resultat-action', tabindex: '-1', role: 'alert' }), el('p', null, button));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    clear(reason);
    if (!reason.control.value.trim()) return fail(reason, 'indiquez le motif de la clôture.');
    submit(form, button, base + (action.route || 'close'), { reason: reason.control.value.trim() }, refresh, 'Dossier clos.');
  });
  return el('details', { class: 'cloture' }, el('summary', null, action.label || 'Clore le dossier'), form);
}
