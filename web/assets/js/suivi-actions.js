// The member's actions on the follow-up page (new documents, prefecture receipt, publication, withdrawal): each
// form is shown only when the API lists its action in allowedActions; the API checks every value.
import { send, bearer } from '/assets/js/api.js';
import { showErrors, clearErrors, clearOnEdit, problemItems, missingFields, busy } from '/assets/js/errors.js';

const done = {
  documents: 'Pièces envoyées : elles vont être analysées.',
  'prefecture-receipt': 'Réception en préfecture enregistrée.',
  publication: 'Publication enregistrée.',
  withdrawal: 'Demande de retrait enregistrée.',
};

function val(form, name) {
  const i = form.querySelector('[data-field="' + name + '"]');
  return i ? i.value.trim() : '';
}

function request(form, action) {
  if (action === 'documents') {
    const fd = new FormData();
    for (const f of ['deliberation', 'convention', 'annexes'])
      for (const file of form.querySelector('[data-field="' + f + '"]').files) fd.append(f, file, file.name);
    return { body: fd };
  }
  let json;
  if (action === 'prefecture-receipt') json = { actId: val(form, 'actId'), receivedOn: val(form, 'receivedOn') || null };
  else if (action === 'publication') {
    const mode = form.querySelector('input[name="mode"]:checked');
    json = { publishedOn: val(form, 'publishedOn') || null, mode: mode ? mode.value : null, url: val(form, 'url') || null };
  } else json = { reason: val(form, 'reason') || null };
  return { body: JSON.stringify(json), json: true };
}

export function setupActions(page) {
  // The orchestration applies the command shortly after the 202: reload until the history shows it (about 90 s at most).
  async function refresh(before, attempt) {
    const v = await page.load();
    if (attempt < 25 && v && (v.history || []).length <= before) {
      await new Promise((ok) => setTimeout(ok, Math.min(1000 + attempt * 500, 5000)));
      return refresh(before, attempt + 1);
    }
    return v;
  }
  document.querySelectorAll('form[data-action]').forEach((form) => {
    const action = form.getAttribute('data-action');
    const summary = form.querySelector('[data-summary]');
    const button = form.querySelector('button[type=submit]');
    let sending = false;
    clearOnEdit(form);
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      if (sending) return;
      const missing = missingFields(form);
      if (missing.length) { showErrors(form, summary, missing); return; }
      clearErrors(form, summary);
      const req = request(form, action);
      sending = true;
      busy(button, true);
      const headers = bearer(page.token());
      if (req.json) headers['Content-Type'] = 'application/json';
      const before = document.getElementById('historique').children.length;
      const r = await send('/api/adhesions/' + encodeURIComponent(page.aid) + '/' + action, { method: 'POST', headers, body: req.body });
      sending = false;
      busy(button, false);
      if (r.status !== 202) { showErrors(form, summary, problemItems(r.status, r.body)); return; }
      form.reset();
      const note = document.getElementById('annonce-action');
      note.textContent = done[action] + ' Le dossier se met à jour.';
      note.hidden = false;
      note.focus();
      refresh(before, 0);
    });
  });
}
