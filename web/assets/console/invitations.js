// Invitations: a list pasted or uploaded (CSV or XLSX: SIREN, nom, courriel), or communes and EPCI picked from the
// reference data of a département; the API's preview shows each line's errors before anything is sent; resend.
import { get, request } from '/assets/console/api.js';
import { el, replace, table, number, plural, busy } from '/assets/console/dom.js';
import { invited } from '/assets/console/dashboard.js';

export async function render(root, ctx) {
  const title = 'Invitations';
  const url = '/api/groupements/' + encodeURIComponent(ctx.gid) + '/invitations';
  root.append(el('h1', null, title));
  if (ctx.groupement.role !== 'manager') {
    root.append(el('p', { class: 'message info' }, 'Seuls les gestionnaires du groupement envoient les invitations.'));
    return title;
  }

  // 1. The list.
  const text = el('textarea', { id: 'liste-invitations', name: 'liste', rows: '8', spellcheck: 'false', 'aria-describedby': 'aide-liste',
    placeholder: 'siren;nom;email\n214901159;Commune de Beaucouzé;mairie@beaucouze.fr' });
  const file = el('input', { type: 'file', id: 'fichier-invitations', name: 'file', accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'aria-describedby': 'aide-fichier' });
  const check = el('button', { type: 'submit', class: 'bouton' }, 'Vérifier la liste');
  const formError = el('p', { class: 'resultat-action', tabindex: '-1', role: 'alert' });
  const form = el('form', { class: 'bloc', novalidate: true, 'aria-labelledby': 'titre-liste' },
    el('h2', { id: 'titre-liste' }, 'Liste des membres à inviter'),
    el('div', { class: 'champ' }, el('label', { for: 'liste-invitations' }, 'Coller une liste'),
      el('p', { class: 'aide', id: 'aide-liste' }, 'Une ligne par membre : SIREN, nom, courriel, séparés par des points-virgules ou des virgules (copiés d\'un tableur, avec ou sans ligne d\'en-tête).'),
      text),
    el('div', { class: 'champ' }, el('label', { for: 'fichier-invitations' }, 'Ou choisir un fichier CSV ou XLSX'),
      el('p', { class: 'aide', id: 'aide-fichier' }, 'Colonnes SIREN, nom, courriel ; 2 000 lignes au plus. Un fichier choisi passe avant la liste collée.'), file),
    formError, el('p', null, check));

  // 2. The preview.
  const preview = el('section', { class: 'bloc', 'aria-labelledby': 'titre-apercu', hidden: true, id: 'apercu' });
  let payload = null;

  function body() {
    const f = file.files && file.files[0];
    if (f) { const data = new FormData(); data.append('file', f, f.name); return { body: data, name: f.name }; }
    const t = text.value.trim();
    return t ? { body: t + '\n', contentType: 'text/csv; charset=utf-8', name: 'liste collée' } : null;
  }

  function linesTable(lines) {
    return el('div', { class: 'defilement' }, table('Lignes de la liste', ['Ligne', 'SIREN', 'Nom', 'Courriel', 'Résultat'], lines.map(l => [
      number(l.line), l.siren || '', l.name || '', l.email || '',
      l.ok ? el('span', { class: 'pastille ok' }, 'valide')
        : el('ul', { class: 'erreurs-ligne' }, (l.errors || []).map(e => el('li', null, el('span', { class: 'pastille erreur' }, 'refusée'), ' ', e.message))),
    ]), { captionHidden: true }));
  }

  function showPreview(result) {
    const lines = result.lines || [];
    const invalid = result.invalid ?? lines.filter(l => !l.ok).length;
    const valid = result.valid ?? lines.length - invalid;
    const summary = el('p', { class: 'message ' + (invalid ? 'erreur' : 'succes'), id: 'resume-apercu', tabindex: '-1' },
      plural(valid, 'ligne valide', 'lignes valides') + ', ' + plural(invalid, 'ligne refusée', 'lignes refusées') + '. ',
      invalid ? 'Rien n\'a été envoyé : corrigez les lignes refusées puis vérifiez à nouveau la liste.' : 'Rien n\'est encore envoyé.');
    const parts = [el('h2', { id: 'titre-apercu' }, 'Aperçu avant envoi'), summary, linesTable(lines)];
    if (!invalid && valid) {
      const send = el('button', { type: 'button', class: 'bouton', id: 'envoyer-invitations' }, 'Envoyer ' + (valid > 1 ? 'les ' + number(valid) + ' invitations' : 'l\'invitation'));
      const done = el('p', { class: 'resultat-action', tabindex: '-1', role: 'alert' });
      send.addEventListener('click', async () => {
        busy(send, true);
        const r = await request('POST', url, payload);
        busy(send, false);
        if (r.ok) {
          const n = r.body && (r.body.invited ?? (r.body.invitations || []).length);
          const failed = (r.body && r.body.invitations || []).filter(i => i.status === 'failed');
          replace(done, (n !== undefined ? plural(n, 'invitation envoyée', 'invitations envoyées') : 'Invitations envoyées') + '.',
            failed.length ? ' ' + plural(failed.length, 'courriel n\'est pas parti', 'courriels ne sont pas partis') + ' : ' + failed.map(f => f.email).join(', ') + ' ; invitez-les de nouveau.' : '');
          done.className = 'resultat-action message ' + (failed.length ? 'alerte' : 'succes');
          send.remove();
          payload = null;
          text.value = '';
          file.value = '';
          done.focus();
          loadInvited();
        } else {
          done.textContent = r.message;
          done.className = 'resultat-action message erreur';
          if (r.body && r.body.lines) { parts[2].replaceWith(linesTable(r.body.lines)); }
          done.focus();
        }
      });
      parts.push(done, el('p', null, send));
    }
    replace(preview, ...parts);
    preview.hidden = false;
    summary.focus();
  }

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    formError.textContent = '';
    const b = body();
    if (!b) { formError.textContent = 'Collez une liste ou choisissez un fichier.'; formError.className = 'resultat-action message erreur'; text.focus(); return; }
    busy(check, true);
    const r = await request('POST', url + '/preview', b);
    busy(check, false);
    if (!r.ok) {
      preview.hidden = true;
      formError.textContent = r.message;
      formError.className = 'resultat-action message erreur';
      formError.focus();
      return;
    }
    payload = b;
    showPreview(r.body || {});
  });
  // A list edited after its preview must be checked again before it is sent.
  for (const c of [text, file]) c.addEventListener('input', () => { if (payload) { payload = null; const s = document.getElementById('envoyer-invitations'); if (s) s.remove(); } });

  // 3. From the reference data.
  const picker = referencePicker(text, ctx);

  // 4. Invited members who have not applied: resend.
  const pending = el('div');
  async function loadInvited() {
    const r = await get('/api/groupements/' + encodeURIComponent(ctx.gid) + '/dashboard');
    if (!ctx.current()) return;
    replace(pending, r.ok ? invited(r.body, ctx) : el('p', { class: 'message erreur' }, r.message));
  }
  root.append(form, preview, picker, pending);
  await loadInvited();
  return title;
}

function csvCell(s) {
  s = String(s ?? '');
  return /[;"\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function referencePicker(text, ctx) {
  const dept = el('input', { id: 'ref-departement', name: 'departement', maxlength: '3', size: '4', autocomplete: 'off', 'aria-describedby': 'aide-ref-departement' });
  const type = el('select', { id: 'ref-type', name: 'type' }, el('option', { value: 'commune' }, 'Communes'), el('option', { value: 'epci' }, 'EPCI (intercommunalités)'));
  const show = el('button', { type: 'submit', class: 'bouton secondaire' }, 'Afficher');
  const result = el('div', { 'aria-live': 'polite' });
  const form = el('form', { class: 'bloc', novalidate: true, 'aria-labelledby': 'titre-referentiel' },
    el('h2', { id: 'titre-referentiel' }, 'Choisir dans le référentiel'),
    el('p', null, 'Les collectivités d\'un département, SIREN et nom remplis : cochez-les, ajoutez-les à la liste, puis complétez le courriel de chacune.'),
    el('div', { class: 'ligne-champs' },
      el('div', { class: 'champ etroit' }, el('label', { for: 'ref-departement' }, 'Département'), el('p', { class: 'aide', id: 'aide-ref-departement' }, 'Ex. : 49'), dept),
      el('div', { class: 'champ' }, el('label', { for: 'ref-type' }, 'Type'), type),
      el('div', { class: 'champ bouton-champ' }, show)),
    result);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const code = dept.value.trim().toUpperCase();
    if (!/^(\d{2,3}|2[AB])$/.test(code)) { replace(result, el('p', { class: 'message erreur', role: 'alert' }, 'Indiquez un code de département, par exemple 49 ou 2A.')); dept.focus(); return; }
    busy(show, true);
    const r = await get('/api/reference/departements/' + encodeURIComponent(code) + '/collectivites?type=' + type.value);
    busy(show, false);
    if (!r.ok) { replace(result, el('p', { class: 'message erreur', role: 'alert' }, r.message)); return; }
    const items = Array.isArray(r.body) ? r.body : (r.body && r.body.items) || [];
    if (!items.length) { replace(result, el('p', { class: 'vide' }, 'Aucune collectivité trouvée.')); return; }
    const filter = el('input', { type: 'search', id: 'ref-filtre', autocomplete: 'off' });
    const boxes = items.map((c, i) => {
      const id = 'ref-' + i;
      return el('li', { dataset: { nom: (c.name || '').toLowerCase() } },
        el('input', { type: 'checkbox', id, value: String(i) }),
        el('label', { for: id }, c.name, el('span', { class: 'secondaire' }, ' SIREN ' + c.siren + (c.population ? ' · ' + number(c.population) + ' hab.' : ''))));
    });
    const list = el('ul', { class: 'liste-cases' }, boxes);
    filter.addEventListener('input', () => { const q = filter.value.trim().toLowerCase(); for (const li of boxes) li.hidden = !!q && !li.dataset.nom.includes(q); });
    const add = el('button', { type: 'button', class: 'bouton secondaire' }, 'Ajouter à la liste');
    const added = el('p', { role: 'status' });
    add.addEventListener('click', () => {
      const chosen = boxes.filter(li => li.querySelector('input').checked).map(li => items[Number(li.querySelector('input').value)]);
      if (!chosen.length) { added.textContent = 'Cochez au moins une collectivité.'; return; }
      const lines = chosen.map(c => [c.siren, c.name, ''].map(csvCell).join(';'));
      text.value = (text.value.trim() ? text.value.trim() + '\n' : 'siren;nom;email\n') + lines.join('\n');
      text.dispatchEvent(new Event('input'));
      for (const li of boxes) li.querySelector('input').checked = false;
      added.textContent = plural(chosen.length, 'collectivité ajoutée', 'collectivités ajoutées') + ' à la liste : complétez les courriels.';
      ctx.announce(added.textContent);
    });
    replace(result, el('p', null, plural(items.length, 'collectivité', 'collectivités') + '.'),
      el('div', { class: 'champ' }, el('label', { for: 'ref-filtre' }, 'Filtrer par nom'), filter),
      el('fieldset', { class: 'cases' }, el('legend', null, 'Collectivités du département ' + code), list), el('p', null, add), added);
  });
  return form;
}
