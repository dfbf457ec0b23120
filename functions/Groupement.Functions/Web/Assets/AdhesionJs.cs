namespace Groupement.Functions.Web.Assets;

/// <summary>
/// The application form: repeatable needs, light required checks, then the API's multipart request with an
/// Idempotency-Key drawn once per page load (a double tap or a retry never makes two adhésions).
/// </summary>
internal static class AdhesionJs
{
    public const string Text = """
        'use strict';
        (function () {
          var form = document.getElementById('formulaire-adhesion');
          if (!form) return;
          var summary = document.getElementById('resume-erreurs');
          var status = document.getElementById('etat-envoi');
          var submit = document.getElementById('deposer');
          var rows = document.getElementById('besoins');
          var gid = form.getAttribute('data-groupement');
          // The invitation token comes in the query (the emailed link) or the fragment; once read it moves to the
          // fragment, so later reloads and the browser history never send it to a server again.
          var query = new URLSearchParams(location.search);
          var jeton = query.get('jeton') || new URLSearchParams(location.hash.slice(1)).get('jeton');
          if (query.has('jeton') && history.replaceState) {
            query.delete('jeton');
            history.replaceState(null, '', location.pathname + '?' + query.toString() + '#jeton=' + encodeURIComponent(jeton));
          }
          var idempotencyKey = G.randomKey();
          var sending = false;

          function renumber() {
            var all = rows.querySelectorAll('[data-need-row]');
            all.forEach(function (row, i) {
              row.querySelector('[data-need-number]').textContent = String(i + 1);
              row.querySelectorAll('[data-field-wrapper],[data-field],[data-error-for],[id],[for],[aria-describedby],[name]').forEach(function (n) {
                ['data-field-wrapper', 'data-field', 'data-error-for', 'id', 'for', 'aria-describedby', 'name'].forEach(function (a) {
                  var v = n.getAttribute(a);
                  if (v) n.setAttribute(a, v.replace(/needs\[\d+\]/g, 'needs[' + i + ']').replace(/needs-\d+-/g, 'needs-' + i + '-'));
                });
              });
              var remove = row.querySelector('[data-remove-need]');
              remove.hidden = all.length === 1;
              remove.textContent = 'Retirer l\'école n° ' + (i + 1);
            });
          }
          document.getElementById('ajouter-besoin').addEventListener('click', function () {
            var copy = rows.querySelector('[data-need-row]').cloneNode(true);
            copy.querySelectorAll('input').forEach(function (i) { i.value = ''; i.removeAttribute('aria-invalid'); });
            copy.querySelectorAll('[data-error-for]').forEach(function (p) { p.textContent = ''; });
            copy.querySelectorAll('.has-error').forEach(function (w) { w.classList.remove('has-error'); });
            rows.appendChild(copy);
            renumber();
            document.getElementById('besoins-annonce').textContent = 'École n° ' + rows.children.length + ' ajoutée.';
            copy.querySelector('input').focus();
          });
          rows.addEventListener('click', function (ev) {
            var b = ev.target.closest('[data-remove-need]');
            if (!b) return;
            b.closest('[data-need-row]').remove();
            renumber();
            document.getElementById('besoins-annonce').textContent = 'École retirée.';
            rows.querySelector('input').focus();
          });

          function value(name) {
            var i = form.querySelector('[data-field="' + name + '"]');
            return i ? i.value.trim() : '';
          }
          function needs() {
            return Array.prototype.map.call(rows.querySelectorAll('[data-need-row]'), function (row, i) {
              var get = function (f) { return row.querySelector('[data-field="needs[' + i + '].' + f + '"]').value.trim(); };
              var n = get('accounts');
              return { school: get('school'), uai: get('uai') || null, accounts: /^\d+$/.test(n) ? parseInt(n, 10) : null };
            });
          }
          function localErrors() {
            var items = [];
            var required = { 'member.siren': 'Indiquez le numéro SIREN.', 'member.name': 'Indiquez le nom du membre.',
              'member.kind': 'Choisissez le type de membre.', 'referent.name': 'Indiquez le nom du référent.',
              'referent.email': 'Indiquez l\'adresse électronique du référent.' };
            Object.keys(required).forEach(function (f) { if (!value(f)) items.push({ field: f, message: required[f] }); });
            needs().forEach(function (n, i) {
              if (!n.school) items.push({ field: 'needs[' + i + '].school', message: 'Indiquez le nom de l\'école.' });
              if (!n.accounts) items.push({ field: 'needs[' + i + '].accounts', message: 'Indiquez un nombre de comptes (entier positif).' });
            });
            ['deliberation', 'convention'].forEach(function (f) {
              if (!form.querySelector('[data-field="' + f + '"]').files.length)
                items.push({ field: f, message: f === 'deliberation' ? 'Joignez la délibération (PDF).' : 'Joignez la convention signée (PDF).' });
            });
            return items;
          }
          function body() {
            var fd = new FormData();
            fd.append('member', JSON.stringify({ siren: value('member.siren'), name: value('member.name'), kind: value('member.kind'),
              inseeCode: value('member.inseeCode') || null }));
            fd.append('referent', JSON.stringify({ name: value('referent.name'), email: value('referent.email'), phone: value('referent.phone') || null }));
            fd.append('needs', JSON.stringify(needs()));
            ['deliberation', 'convention', 'annexes'].forEach(function (f) {
              Array.prototype.forEach.call(form.querySelector('[data-field="' + f + '"]').files, function (file) { fd.append(f, file, file.name); });
            });
            return fd;
          }
          function post(attempt) {
            var headers = { 'Idempotency-Key': idempotencyKey, 'Accept': 'application/json' };
            if (jeton) headers['Authorization'] = 'Bearer ' + jeton;
            return G.send('/api/groupements/' + encodeURIComponent(gid) + '/adhesions', { method: 'POST', headers: headers, body: body() })
              .then(function (r) {
                // The same key already in flight (a double tap on a slow line): wait for it, then get its answer.
                if (r.status === 409 && r.body && r.body.code === 'IDEMPOTENCY_KEY_IN_PROGRESS' && attempt < 10)
                  return new Promise(function (ok) { setTimeout(ok, 1500); }).then(function () { return post(attempt + 1); });
                return r;
              });
          }
          function confirm(result) {
            var link = location.origin + '/suivi/' + encodeURIComponent(result.adhesionId) + '#jeton=' + encodeURIComponent(result.accessToken || '');
            form.hidden = true;
            document.getElementById('intro-champs').hidden = true;
            summary.hidden = true;
            document.getElementById('confirmation-numero').textContent = result.adhesionId;
            var a = document.getElementById('lien-suivi');
            a.href = link;
            a.textContent = link;
            var section = document.getElementById('confirmation');
            section.hidden = false;
            section.focus();
            document.getElementById('copier-lien').addEventListener('click', function () {
              var done = document.getElementById('copie-etat');
              if (navigator.clipboard) navigator.clipboard.writeText(link).then(function () { done.textContent = 'Lien copié.'; },
                function () { done.textContent = 'Copie impossible : sélectionnez le lien et copiez-le.'; });
              else done.textContent = 'Copie impossible : sélectionnez le lien et copiez-le.';
            });
          }
          form.addEventListener('submit', function (ev) {
            ev.preventDefault();
            if (sending) return;
            var local = localErrors();
            if (local.length) { status.textContent = ''; G.showErrors(form, summary, local); return; }
            G.clearErrors(form, summary);
            sending = true;
            G.busy(submit, true);
            status.textContent = 'Envoi du dossier en cours… Ne fermez pas la page.';
            post(0).then(function (r) {
              sending = false;
              G.busy(submit, false);
              if (r.status === 202 && r.body) { status.textContent = ''; confirm(r.body); return; }
              status.textContent = 'Le dossier n\'a pas été déposé.';
              G.showErrors(form, summary, G.problemItems(r.status, r.body));
            });
          });
          G.clearOnEdit(form);
          renumber();
        })();
        """;
}
