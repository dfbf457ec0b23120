// The application form (/adhesion?groupement=…[&jeton=…]): the groupement read from the API, repeatable needs,
// then the API's multipart request with one Idempotency-Key per page load (a double tap or a retry never makes two
// adhésions). The form's markup says which fields are required; every other rule is the API's.
import { el, formatDay } from '/assets/js/dom.js';
import { send, randomKey, bearer } from '/assets/js/api.js';
import { showErrors, clearErrors, clearOnEdit, problemItems, missingFields, busy } from '/assets/js/errors.js';

const form = document.getElementById('formulaire-adhesion');
const summary = document.getElementById('resume-erreurs');
const status = document.getElementById('etat-envoi');
const submit = document.getElementById('deposer');
const rows = document.getElementById('besoins');
const loading = document.getElementById('chargement');
const query = new URLSearchParams(location.search);
const gid = query.get('groupement') || '';
// The invitation token comes in the query (the emailed link) or the fragment; once read it moves to the fragment,
// so later reloads and the browser history never send it to a server again.
const jeton = query.get('jeton') || new URLSearchParams(location.hash.slice(1)).get('jeton');
if (query.has('jeton')) {
  query.delete('jeton');
  history.replaceState(null, '', location.pathname + '?' + query.toString() + '#jeton=' + encodeURIComponent(jeton));
}
const idempotencyKey = randomKey();
let sending = false;

function unavailable(title, message) {
  loading.textContent = '';
  document.getElementById('titre').textContent = title;
  document.title = title + ' – Groupement de commandes';
  document.getElementById('indisponible-message').textContent = message;
  document.getElementById('indisponible').hidden = false;
}

async function start() {
  if (!gid) {
    unavailable('Groupement introuvable', 'Ce lien ne correspond à aucun groupement de commandes ouvert. Vérifiez que vous avez copié l\'adresse complète du courriel d\'invitation.');
    return;
  }
  const r = await send('/api/groupements/' + encodeURIComponent(gid) + '/adhesion-form', { headers: bearer(jeton) });
  if (r.status !== 200 || !r.body) {
    const code = r.body && r.body.code;
    const title = code === 'INVITATION_NOT_FOUND' ? 'Lien d\'invitation non valide' : r.status === 404 ? 'Groupement introuvable' : 'Page indisponible';
    unavailable(title, problemItems(r.status, r.body)[0].message);
    return;
  }
  const g = r.body;
  const title = 'Adhésion au groupement « ' + g.name + ' »';
  document.getElementById('titre').textContent = title;
  document.title = title + ' – Groupement de commandes';
  if (!g.open) {
    unavailable('Dépôts clos', g.closedMessage);
    document.getElementById('titre').textContent = 'Dépôts clos';
    return;
  }
  document.getElementById('coordonnateur').textContent = g.coordinator.name;
  document.getElementById('date-limite').textContent = formatDay(g.joinDeadline);
  const kinds = document.getElementById('champ-member-kind');
  for (const k of g.memberKinds) {
    const option = el('option', null, k.label);
    option.value = k.value;
    kinds.appendChild(option);
  }
  if (g.invitation) {
    document.getElementById('champ-member-siren').value = g.invitation.siren;
    document.getElementById('champ-member-name').value = g.invitation.name;
    document.getElementById('champ-referent-email').value = g.invitation.email;
  }
  loading.textContent = '';
  document.getElementById('depot').hidden = false;
}

function renumber() {
  const all = rows.querySelectorAll('[data-need-row]');
  const attributes = ['data-field-wrapper', 'data-field', 'data-error-for', 'id', 'for', 'aria-describedby', 'name'];
  all.forEach((row, i) => {
    row.querySelector('[data-need-number]').textContent = String(i + 1);
    row.querySelectorAll('[' + attributes.join('],[') + ']').forEach((n) => {
      for (const a of attributes) {
        const v = n.getAttribute(a);
        if (v) n.setAttribute(a, v.replace(/needs\[\d+\]/g, 'needs[' + i + ']').replace(/needs-\d+-/g, 'needs-' + i + '-'));
      }
    });
    const remove = row.querySelector('[data-remove-need]');
    remove.hidden = all.length === 1;
    remove.textContent = 'Retirer l\'école n° ' + (i + 1);
  });
}

document.getElementById('ajouter-besoin').addEventListener('click', () => {
  const copy = rows.querySelector('[data-need-row]').cloneNode(true);
  copy.querySelectorAll('input').forEach((i) => { i.value = ''; i.removeAttribute('aria-invalid'); });
  copy.querySelectorAll('[data-error-for]').forEach((p) => { p.textContent = ''; });
  copy.querySelectorAll('.has-error').forEach((w) => w.classList.remove('has-error'));
  rows.appendChild(copy);
  renumber();
  document.getElementById('besoins-annonce').textContent = 'École n° ' + rows.children.length + ' ajoutée.';
  copy.querySelector('input').focus();
});
rows.addEventListener('click', (ev) => {
  const b = ev.target.closest('[data-remove-need]');
  if (!b) return;
  b.closest('[data-need-row]').remove();
  renumber();
  document.getElementById('besoins-annonce').textContent = 'École retirée.';
  rows.querySelector('input').focus();
});

function value(name) {
  const i = form.querySelector('[data-field="' + CSS.escape(name) + '"]');
  return i ? i.value.trim() : '';
}

function needs() {
  return Array.from(rows.querySelectorAll('[data-need-row]'), (row, i) => {
    const get = (f) => row.querySelector('[data-field="needs[' + i + '].' + f + '"]').value.trim();
    const n = get('accounts');
    return { school: get('school'), uai: get('uai') || null, accounts: /^\d+$/.test(n) ? parseInt(n, 10) : null };
  });
}

function body() {
  const fd = new FormData();
  fd.append('member', JSON.stringify({ siren: value('member.siren'), name: value('member.name'), kind: value('member.kind'), inseeCode: value('member.inseeCode') || null }));
  fd.append('referent', JSON.stringify({ name: value('referent.name'), email: value('referent.email'), phone: value('referent.phone') || null }));
  fd.append('needs', JSON.stringify(needs()));
  for (const f of ['deliberation', 'convention', 'annexes'])
    for (const file of form.querySelector('[data-field="' + f + '"]').files) fd.append(f, file, file.name);
  return fd;
}

async function post(attempt) {
  const headers = { ...bearer(jeton), 'Idempotency-Key': idempotencyKey };
  const r = await send('/api/groupements/' + encodeURIComponent(gid) + '/adhesions', { method: 'POST', headers, body: body() });
  // The same key already in flight (a double tap on a slow line): wait for it, then get its answer.
  if (r.status === 409 && r.body && r.body.code === 'IDEMPOTENCY_KEY_IN_PROGRESS' && attempt < 10) {
    await new Promise((ok) => setTimeout(ok, 1500));
    return post(attempt + 1);
  }
  return r;
}

/** The short dossier number (e.g. EPRIMO-2026-0042) when the API gives one, else the id. */
async function reference(result) {
  if (result.reference) return result.reference;
  const r = await send('/api/adhesions/' + encodeURIComponent(result.adhesionId), { headers: bearer(result.accessToken) });
  return (r.status === 200 && r.body && r.body.reference) || result.adhesionId;
}

async function confirm(result) {
  const link = location.origin + '/suivi/' + encodeURIComponent(result.adhesionId) + '#jeton=' + encodeURIComponent(result.accessToken || '');
  document.getElementById('depot').hidden = true;
  document.getElementById('confirmation-numero').textContent = await reference(result);
  const a = document.getElementById('lien-suivi');
  a.href = link;
  a.textContent = link;
  const section = document.getElementById('confirmation');
  section.hidden = false;
  section.focus();
  document.getElementById('copier-lien').addEventListener('click', async () => {
    const done = document.getElementById('copie-etat');
    try {
      await navigator.clipboard.writeText(link);
      done.textContent = 'Lien copié.';
    } catch {
      done.textContent = 'Copie impossible : sélectionnez le lien et copiez-le.';
    }
  });
}

form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  if (sending) return;
  const missing = missingFields(form);
  if (missing.length) { status.textContent = ''; showErrors(form, summary, missing); return; }
  clearErrors(form, summary);
  sending = true;
  busy(submit, true);
  status.textContent = 'Envoi du dossier en cours… Ne fermez pas la page.';
  const r = await post(0);
  sending = false;
  busy(submit, false);
  if (r.status === 202 && r.body) { status.textContent = ''; await confirm(r.body); return; }
  status.textContent = 'Le dossier n\'a pas été déposé.';
  showErrors(form, summary, problemItems(r.status, r.body));
});
clearOnEdit(form);
renumber();
start();
