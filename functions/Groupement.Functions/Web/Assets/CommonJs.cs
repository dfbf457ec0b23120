namespace Groupement.Functions.Web.Assets;

/// <summary>Shared helpers of the pages: DOM building (text only, never HTML), problem+json display, requests.</summary>
internal static class CommonJs
{
    public const string Text = """
        'use strict';
        window.G = (function () {
          function el(tag, cls, text) {
            var e = document.createElement(tag);
            if (cls) e.className = cls;
            if (text !== undefined && text !== null) e.textContent = String(text);
            return e;
          }
          function randomKey() {
            var b = new Uint8Array(16);
            crypto.getRandomValues(b);
            return Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
          }
          var partNames = { member: 'Le membre', referent: 'Le référent', needs: 'Les besoins', deliberation: 'La délibération',
            convention: 'La convention', annexes: 'Les annexes', 'Idempotency-Key': 'Envoi' };
          function fieldOf(form, name) {
            return form.querySelector('[data-field="' + CSS.escape(name) + '"]');
          }
          function clearErrors(form, summary) {
            form.querySelectorAll('[data-error-for]').forEach(function (p) { p.textContent = ''; });
            form.querySelectorAll('.has-error').forEach(function (w) { w.classList.remove('has-error'); });
            form.querySelectorAll('[aria-invalid]').forEach(function (i) { i.removeAttribute('aria-invalid'); });
            summary.hidden = true;
            summary.textContent = '';
          }
          // items: [{field, message}]; shows each next to its field and all of them in the summary, which takes the focus.
          function showErrors(form, summary, items, title) {
            clearErrors(form, summary);
            var list = el('ul');
            items.forEach(function (it) {
              var input = it.field ? fieldOf(form, it.field) : null;
              var slot = it.field ? form.querySelector('[data-error-for="' + CSS.escape(it.field) + '"]') : null;
              if (slot) {
                slot.textContent = (slot.textContent ? slot.textContent + ' ' : 'Erreur : ') + it.message;
                var wrapper = slot.closest('[data-field-wrapper]');
                if (wrapper) wrapper.classList.add('has-error');
              }
              if (input) input.setAttribute('aria-invalid', 'true');
              var li = el('li');
              var label = it.field && !input && partNames[it.field] ? partNames[it.field] + ' : ' : '';
              if (input && input.id) {
                var a = el('a', null, it.message);
                a.href = '#' + input.id;
                a.addEventListener('click', function (ev) { ev.preventDefault(); input.focus(); input.scrollIntoView({ block: 'center' }); });
                li.appendChild(a);
              } else {
                li.textContent = label + it.message;
              }
              list.appendChild(li);
            });
            var n = items.length;
            summary.appendChild(el('h2', null, title || (n > 1 ? 'Le formulaire contient ' + n + ' erreurs' : 'Le formulaire contient une erreur')));
            summary.appendChild(list);
            summary.hidden = false;
            summary.focus();
          }
          // Once the person edits a field, its old error goes (the summary stays until the next submission).
          function clearOnEdit(form) {
            ['input', 'change'].forEach(function (type) {
              form.addEventListener(type, function (ev) {
                var name = ev.target.getAttribute && ev.target.getAttribute('data-field');
                var wrapper = ev.target.closest && ev.target.closest('[data-field-wrapper]');
                if (!name || !wrapper || !wrapper.classList.contains('has-error')) return;
                wrapper.classList.remove('has-error');
                ev.target.removeAttribute('aria-invalid');
                var slot = wrapper.querySelector('[data-error-for]');
                if (slot) slot.textContent = '';
              });
            });
          }
          function problemItems(status, problem) {
            var items = [];
            if (problem && problem.errors && typeof problem.errors === 'object') {
              Object.keys(problem.errors).forEach(function (k) {
                [].concat(problem.errors[k]).forEach(function (m) { items.push({ field: k, message: String(m) }); });
              });
            }
            if (items.length === 0) {
              var msg = problem && (problem.detail || problem.title);
              if (status === 0) msg = 'Connexion impossible. Vérifiez votre réseau puis réessayez : vos saisies sont conservées.';
              else if (status === 401 || status === 404) msg = msg || 'Lien non valide ou expiré.';
              else if (status === 429) msg = msg || 'Trop de demandes : réessayez dans une minute.';
              else if (status === 413) msg = msg || 'Les fichiers sont trop volumineux.';
              items.push({ field: null, message: msg || 'La demande n\'a pas abouti (erreur ' + status + '). Réessayez plus tard.' });
            }
            return items;
          }
          // fetch that never throws: {status, body} (status 0 when the network failed).
          function send(url, options) {
            return fetch(url, Object.assign({ credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' }, options))
              .then(function (r) {
                var type = r.headers.get('Content-Type') || '';
                var body = type.indexOf('json') >= 0 ? r.json().catch(function () { return null; }) : Promise.resolve(null);
                return body.then(function (b) { return { status: r.status, body: b }; });
              }, function () { return { status: 0, body: null }; });
          }
          function formatDay(iso) {
            if (!iso) return '';
            var d = new Date(iso + 'T00:00:00Z');
            return isNaN(d) ? String(iso) : d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
          }
          function formatInstant(iso) {
            if (!iso) return '';
            var d = new Date(iso);
            return isNaN(d) ? String(iso) : d.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
          }
          function busy(button, on) {
            button.disabled = on;
            if (on) button.setAttribute('aria-disabled', 'true'); else button.removeAttribute('aria-disabled');
          }
          return { el: el, randomKey: randomKey, clearErrors: clearErrors, showErrors: showErrors, problemItems: problemItems,
            clearOnEdit: clearOnEdit, send: send, formatDay: formatDay, formatInstant: formatInstant, busy: busy };
        })();
        """;
}
