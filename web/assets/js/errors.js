// Errors of a form: next to each field (its error slot, aria-invalid) and in a summary that takes the focus and
// links to each field. Field names are the API's (problem+json `errors` keys: member.siren, needs[0].uai, actId…).
import { el } from '/assets/js/dom.js';

function fieldOf(form, name) {
  return form.querySelector('[data-field="' + CSS.escape(name) + '"]');
}

export function clearErrors(form, summary) {
  form.querySelectorAll('[data-error-for]').forEach((p) => { p.textContent = ''; });
  form.querySelectorAll('.has-error').forEach((w) => w.classList.remove('has-error'));
  form.querySelectorAll('[aria-invalid]').forEach((i) => i.removeAttribute('aria-invalid'));
  summary.hidden = true;
  summary.replaceChildren();
}

/** items: [{field, message}]; each shown next to its field and all in the summary, which takes the focus. */
export function showErrors(form, summary, items, title) {
  clearErrors(form, summary);
  const list = el('ul');
  for (const it of items) {
    const input = it.field ? fieldOf(form, it.field) : null;
    const slot = it.field ? form.querySelector('[data-error-for="' + CSS.escape(it.field) + '"]') : null;
    if (slot) {
      slot.textContent = (slot.textContent ? slot.textContent + ' ' : 'Erreur : ') + it.message;
      slot.closest('[data-field-wrapper]')?.classList.add('has-error');
    }
    if (input) input.setAttribute('aria-invalid', 'true');
    const li = el('li');
    if (input && input.id) {
      const a = el('a', null, it.message);
      a.href = '#' + input.id;
      a.addEventListener('click', (ev) => { ev.preventDefault(); input.focus(); input.scrollIntoView({ block: 'center' }); });
      li.appendChild(a);
    } else {
      li.textContent = it.message;
    }
    list.appendChild(li);
  }
  const n = items.length;
  summary.append(el('h2', null, title || (n > 1 ? 'Le formulaire contient ' + n + ' erreurs' : 'Le formulaire contient une erreur')), list);
  summary.hidden = false;
  summary.focus();
}

/** Once the person edits a field, its old error goes (the summary stays until the next submission). */
export function clearOnEdit(form) {
  for (const type of ['input', 'change']) {
    form.addEventListener(type, (ev) => {
      const wrapper = ev.target.closest && ev.target.closest('[data-field-wrapper]');
      if (!ev.target.getAttribute('data-field') || !wrapper || !wrapper.classList.contains('has-error')) return;
      wrapper.classList.remove('has-error');
      ev.target.removeAttribute('aria-invalid');
      const slot = wrapper.querySelector('[data-error-for]');
      if (slot) slot.textContent = '';
    });
  }
}

/** The fields marked `required` in the page and left empty, named by their label (the page's markup is the rule). */
export function missingFields(form) {
  const items = [];
  const seen = new Set();
  form.querySelectorAll('[data-field][required]').forEach((input) => {
    const name = input.getAttribute('data-field');
    if (seen.has(name) || input.closest('[hidden]')) return;
    seen.add(name);
    const radio = input.type === 'radio';
    const empty = input.type === 'file' ? input.files.length === 0
      : input.type === 'checkbox' ? !input.checked
      : radio ? !form.querySelector('[data-field="' + CSS.escape(name) + '"]:checked')
      : !input.value.trim();
    if (!empty) return;
    const label = (radio ? input.closest('fieldset')?.querySelector('legend')?.textContent
      : form.querySelector('label[for="' + CSS.escape(input.id) + '"]')?.textContent) || name;
    const message = input.type === 'file' ? 'Joignez : ' + label.trim() + '.'
      : input.type === 'checkbox' ? 'Cochez : ' + label.trim()
      : radio || input.tagName === 'SELECT' ? 'Choisissez : ' + label.trim() + '.'
      : 'Renseignez : ' + label.trim() + '.';
    items.push({ field: name, message });
  });
  return items;
}

/** problem+json as items; a French message for the network and the statuses that carry none. */
export function problemItems(status, problem) {
  const items = [];
  if (problem && problem.errors && typeof problem.errors === 'object') {
    for (const k of Object.keys(problem.errors)) for (const m of [].concat(problem.errors[k])) items.push({ field: k, message: String(m) });
  }
  if (items.length === 0) {
    let msg = problem && (problem.detail || problem.title);
    if (status === 0) msg = 'Connexion impossible. Vérifiez votre réseau puis réessayez : vos saisies sont conservées.';
    else if (status === 401 || status === 404) msg = msg || 'Lien non valide ou expiré.';
    else if (status === 429) msg = msg || 'Trop de demandes : réessayez dans une minute.';
    else if (status === 413) msg = msg || 'Les fichiers sont trop volumineux.';
    items.push({ field: problem && problem.field ? problem.field : null, message: msg || 'La demande n\'a pas abouti (erreur ' + status + '). Réessayez plus tard.' });
  }
  return items;
}

export function busy(button, on) {
  button.disabled = on;
  if (on) button.setAttribute('aria-disabled', 'true'); else button.removeAttribute('aria-disabled');
}
