// The follow-up page (/suivi/{aid}#jeton=…): the token stays in the fragment (never sent to a server but the API,
// as a Bearer header); the adhésion is read through the API and shown with the API's own labels. First the status,
// then the coordinator's request and its comment, then only the actions the API allows now.
import { el, fill, item, facts, formatDay, formatInstant } from '/assets/js/dom.js';
import { send, fragmentToken, bearer } from '/assets/js/api.js';
import { problemItems } from '/assets/js/errors.js';
import { setupActions } from '/assets/js/suivi-actions.js';

const aid = decodeURIComponent(location.pathname.replace(/^\/suivi\//, '').replace(/\/$/, ''));
const loading = document.getElementById('chargement');
const tokenForm = document.getElementById('formulaire-jeton');
let watching = 0;
let watch = null;

function renderStatus(v) {
  document.getElementById('reference').textContent = v.reference || v.id;
  document.getElementById('numero-dossier').hidden = false;
  document.getElementById('statut').textContent = v.statusLabel || v.status;
  const reason = v.statusReason;
  const request = document.getElementById('demande');
  request.hidden = !reason;
  if (reason) {
    document.getElementById('demande-titre').textContent = reason.label;
    document.getElementById('demande-commentaire').textContent = reason.comment || '';
    document.getElementById('demande-date').textContent = formatInstant(reason.at) + (reason.byLabel ? ' · ' + reason.byLabel : '');
  }
  const actions = v.allowedActions || [];
  document.getElementById('prochaine-etape').textContent = actions.length
    ? 'À faire maintenant : ' + actions.map((a) => a.label).join(' ou ') + '.'
    : '';
  document.querySelectorAll('[data-allowed]').forEach((section) => {
    const action = actions.find((a) => a.name === section.getAttribute('data-allowed'));
    section.hidden = !action;
    if (action) section.querySelector('[data-action-label]').textContent = action.label;
  });
}

function render(v) {
  renderStatus(v);
  const findings = (v.findings || []).map((f) => {
    const li = el('li');
    const icon = el('span', 'sev sev-' + f.severity, f.severity === 'error' ? '✕' : f.severity === 'warning' ? '!' : 'i');
    icon.setAttribute('aria-hidden', 'true');
    const text = el('span');
    text.append(el('span', 'sev-label', (f.severityLabel || f.severity) + ' : '), document.createTextNode(f.message));
    li.append(icon, text);
    return li;
  });
  if (!findings.length) findings.push(item(v.status === 'Submitted' ? 'L\'analyse est en cours.' : 'Aucune remarque sur les pièces.'));
  fill('constats', findings);
  const m = v.member || {};
  const r = v.referent || {};
  facts('membre', [['Nom', m.name], ['SIREN', m.siren], ['Type', m.kindLabel || m.kind], ['Code INSEE', m.inseeCode],
    ['Référent', [r.name, r.phone, r.email].filter(Boolean).join(' · ')]]);
  fill('besoins', (v.needs || []).map((n) => item(n.school + (n.uai ? ' (UAI ' + n.uai + ')' : ''), n.accounts + ' compte' + (n.accounts > 1 ? 's' : ''))));
  const p = v.prefecture || {};
  const pub = v.publication || {};
  facts('prefecture', [['Identifiant de l\'acte', p.actId], ['Envoyée en préfecture le', formatDay(p.sentOn)],
    ['Reçue en préfecture le', formatDay(p.receivedOn)], ['Publiée ou affichée le', formatDay(pub.publishedOn)],
    ['Mode', pub.modeLabel || pub.mode], ['Exécutoire le', formatDay(v.executoryOn)]]);
  fill('documents', (v.documents || []).map((d) =>
    item((d.kindLabel || d.kind) + ' : ' + d.fileName, Math.max(1, Math.round(d.size / 1024)) + ' Ko, déposé le ' + formatInstant(d.uploadedAt))));
  fill('historique', (v.history || []).map((h) =>
    item(h.label || h.event, formatInstant(h.at) + (h.byLabel ? ' · ' + h.byLabel : '') + (h.comment ? ' · « ' + h.comment + ' »' : ''))));
  // The emails sent to the member's référent only (the API lists only those to a member; this keeps the page right
  // whatever the API version behind it: a reviewer's notification or address is never shown to a mairie).
  const referent = (r.email || '').toLowerCase();
  const mails = (v.notifications || []).filter((n) => (n.to || '').toLowerCase() === referent).map((n) =>
    item(n.label || n.kind, [n.statusLabel || n.status, n.sentAt ? formatInstant(n.sentAt) : ''].filter(Boolean).join(' · ')));
  fill('courriels', mails.length ? mails : [item('Aucun courriel pour l\'instant.')]);
}

async function load() {
  const token = fragmentToken();
  if (!token) {
    loading.textContent = '';
    tokenForm.hidden = false;
    return null;
  }
  const r = await send('/api/adhesions/' + encodeURIComponent(aid), { headers: bearer(token) });
  if (r.status === 200 && r.body) {
    loading.textContent = '';
    document.getElementById('dossier').hidden = false;
    render(r.body);
    // While the documents are being analysed, look again now and then so the findings appear by themselves.
    if (r.body.status === 'Submitted' && watching < 20) { watching++; clearTimeout(watch); watch = setTimeout(load, 4000); }
    return r.body;
  }
  loading.textContent = r.status === 401 || r.status === 404
    ? 'Ce lien de suivi n\'est pas valide pour ce dossier. Vérifiez que vous avez copié le lien complet.'
    : problemItems(r.status, r.body)[0].message;
  tokenForm.hidden = false;
  return null;
}

tokenForm.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const t = document.getElementById('champ-jeton').value.trim();
  if (t) location.hash = 'jeton=' + encodeURIComponent(t);
});
window.addEventListener('hashchange', () => { tokenForm.hidden = true; loading.textContent = 'Chargement du dossier…'; load(); });
setupActions({ aid, token: fragmentToken, load });
load();
