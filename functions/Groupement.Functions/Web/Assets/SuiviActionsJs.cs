namespace Groupement.Functions.Web.Assets;

/// <summary>The member's actions on the follow-up page: new documents, prefecture receipt, publication, withdrawal.</summary>
internal static class SuiviActionsJs
{
    public const string Text = """
        (function () {
          if (!window.S) return;
          var done = { documents: 'Pièces envoyées : elles vont être analysées.', 'prefecture-receipt': 'Réception en préfecture enregistrée.',
            publication: 'Publication enregistrée.', withdrawal: 'Demande de retrait enregistrée.' };
          function val(form, name) {
            var i = form.querySelector('[data-field="' + name + '"]');
            return i ? i.value.trim() : '';
          }
          function request(form, action) {
            var errors = [];
            if (action === 'documents') {
              var fd = new FormData(), count = 0;
              ['deliberation', 'convention', 'annexes'].forEach(function (f) {
                Array.prototype.forEach.call(form.querySelector('[data-field="' + f + '"]').files, function (file) { fd.append(f, file, file.name); count++; });
              });
              if (!count) errors.push({ field: 'deliberation', message: 'Joignez au moins un document PDF.' });
              return { errors: errors, body: fd };
            }
            var json;
            if (action === 'prefecture-receipt') {
              json = { actId: val(form, 'actId'), receivedOn: val(form, 'receivedOn') || null };
              if (!json.actId) errors.push({ field: 'actId', message: 'Indiquez l\'identifiant de l\'acte.' });
              if (!json.receivedOn) errors.push({ field: 'receivedOn', message: 'Indiquez la date de réception (jj/mm/aaaa).' });
            } else if (action === 'publication') {
              var mode = form.querySelector('input[name="mode"]:checked');
              json = { publishedOn: val(form, 'publishedOn') || null, mode: mode ? mode.value : null, url: val(form, 'url') || null };
              if (!json.publishedOn) errors.push({ field: 'publishedOn', message: 'Indiquez la date de publication ou d\'affichage.' });
              if (!json.mode) errors.push({ field: 'mode', message: 'Choisissez le mode : affichage ou publication électronique.' });
            } else {
              json = { reason: val(form, 'reason') || null };
              if (!form.querySelector('[data-field="confirm"]').checked) errors.push({ field: 'confirm', message: 'Cochez la case pour confirmer le retrait.' });
            }
            return { errors: errors, body: JSON.stringify(json), json: true };
          }
          // The orchestration applies the command shortly after the 202: reload until the history shows it (about 90 s at most).
          function refresh(before, attempt) {
            return S.load().then(function (v) {
              if (attempt < 25 && v && (v.history || []).length <= before)
                return new Promise(function (ok) { setTimeout(ok, Math.min(1000 + attempt * 500, 5000)); }).then(function () { return refresh(before, attempt + 1); });
              return v;
            });
          }
          document.querySelectorAll('form[data-action]').forEach(function (form) {
            var action = form.getAttribute('data-action');
            var summary = form.querySelector('[data-summary]');
            var button = form.querySelector('button[type=submit]');
            var sending = false;
            G.clearOnEdit(form);
            form.addEventListener('submit', function (ev) {
              ev.preventDefault();
              if (sending) return;
              var req = request(form, action);
              if (req.errors.length) { G.showErrors(form, summary, req.errors); return; }
              G.clearErrors(form, summary);
              sending = true;
              G.busy(button, true);
              var headers = { 'Authorization': 'Bearer ' + S.token(), 'Accept': 'application/json' };
              if (req.json) headers['Content-Type'] = 'application/json';
              var before = document.getElementById('historique').children.length;
              G.send('/api/adhesions/' + encodeURIComponent(S.aid) + '/' + action, { method: 'POST', headers: headers, body: req.body })
                .then(function (r) {
                  sending = false;
                  G.busy(button, false);
                  if (r.status !== 202) { G.showErrors(form, summary, G.problemItems(r.status, r.body)); return; }
                  form.reset();
                  var note = document.getElementById('annonce-action');
                  note.textContent = done[action] + ' Le dossier se met à jour.';
                  note.hidden = false;
                  note.setAttribute('tabindex', '-1');
                  note.focus();
                  refresh(before, 0);
                });
            });
          });
        })();
        """;
}
