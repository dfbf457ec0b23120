namespace Groupement.Functions.Web.Assets;

/// <summary>The follow-up page: token from the fragment, the adhésion read through the API, shown in French.</summary>
internal static class SuiviJs
{
    public const string Text = """
        'use strict';
        window.S = (function () {
          var root = document.getElementById('suivi');
          if (!root) return null;
          var aid = root.getAttribute('data-adhesion');
          var loading = document.getElementById('chargement');
          var statuses = {
            Submitted: ['Dossier déposé', 'Votre dossier est enregistré ; l\'analyse des pièces est en cours.'],
            UnderReview: ['En cours d\'examen', 'Le coordonnateur examine votre dossier. Vous pouvez encore ajouter une pièce ou déclarer la transmission en préfecture et la publication.'],
            ChangesRequested: ['Compléments demandés', 'Le coordonnateur demande des corrections : déposez de nouvelles pièces ci-dessous.'],
            AwaitingPrefecture: ['Approuvé, en attente du caractère exécutoire', 'Déclarez la réception de la délibération en préfecture et sa publication ou son affichage.'],
            Enrolled: ['Adhésion enregistrée', 'Le membre fait partie du groupement. L\'attestation a été envoyée au référent.'],
            Rejected: ['Adhésion refusée', 'Le coordonnateur a refusé l\'adhésion ; le motif figure dans l\'historique.'],
            Withdrawn: ['Retrait enregistré', 'Le retrait du membre est enregistré.'],
            Closed: ['Dossier clos', 'Ce dossier est clos.']
          };
          var severities = { error: ['X', 'Bloquant'], warning: ['!', 'À vérifier'], info: ['i', 'Information'] };
          var kinds = { deliberation: 'Délibération', convention: 'Convention signée', annexes: 'Annexe', 'ar-acte': 'Accusé de réception ACTES', 'anomalie-acte': 'Anomalie ACTES' };
          var events = { submitted: 'Dossier déposé', 'analysis-completed': 'Analyse des pièces terminée', approved: 'Dossier approuvé',
            rejected: 'Adhésion refusée', 'changes-requested': 'Compléments demandés', 'documents-resubmitted': 'Nouvelles pièces déposées',
            'prefecture-receipt-recorded': 'Réception en préfecture déclarée', 'publication-recorded': 'Publication déclarée',
            enrolled: 'Adhésion enregistrée', withdrawn: 'Retrait enregistré', closed: 'Dossier clos' };
          var mails = { invitation: 'Invitation', 'submission-received': 'Accusé de réception du dépôt', 'changes-requested': 'Demande de compléments',
            'review-needed': 'Dossier à examiner', 'review-reminder': 'Relance d\'examen', 'prefecture-reminder': 'Relance préfecture',
            enrolled: 'Confirmation d\'adhésion', rejected: 'Refus d\'adhésion', 'deadline-reminder': 'Rappel de date limite',
            'withdrawal-window-open': 'Ouverture de la fenêtre de retrait', 'market-end': 'Fin du marché' };
          var mailStatus = { pending: 'en attente', sent: 'envoyé', delivered: 'remis', bounce: 'rejeté par le destinataire', dropped: 'non remis', failed: 'échec' };
          var actors = { member: 'par le membre', coordinator: 'par le coordonnateur', admin: 'par l\'administrateur', system: 'automatiquement', prefecture: 'par la préfecture' };
          var modes = { affichage: 'Affichage', 'publication-electronique': 'Publication électronique' };
          var memberKinds = { commune: 'Commune', epci: 'EPCI', departement: 'Département', region: 'Région', 'ecole-privee': 'École privée sous contrat', autre: 'Autre' };

          var watching = 0, watch = null;
          function token() { return new URLSearchParams(location.hash.slice(1)).get('jeton'); }
          function fill(id, nodes) {
            var c = document.getElementById(id);
            c.textContent = '';
            nodes.forEach(function (n) { c.appendChild(n); });
          }
          function facts(id, pairs) {
            var nodes = [];
            pairs.forEach(function (p) {
              if (p[1] === null || p[1] === undefined || p[1] === '') return;
              nodes.push(G.el('dt', null, p[0]));
              nodes.push(G.el('dd', null, p[1]));
            });
            if (!nodes.length) nodes.push(G.el('dd', null, 'Rien n\'est encore déclaré.'));
            fill(id, nodes);
          }
          function item(main, meta) {
            var li = G.el('li', null, main);
            if (meta) li.appendChild(G.el('span', 'meta', meta));
            return li;
          }
          function render(v) {
            var s = statuses[v.status] || [v.status, ''];
            document.getElementById('statut').textContent = s[0];
            document.getElementById('statut-explication').textContent = s[1];
            var findings = (v.findings || []).map(function (f) {
              var sev = severities[f.severity] || severities.info;
              var li = G.el('li');
              var icon = G.el('span', 'sev sev-' + (severities[f.severity] ? f.severity : 'info'), sev[0]);
              icon.setAttribute('aria-hidden', 'true');
              var text = G.el('span');
              text.appendChild(G.el('span', 'sev-label', sev[1] + ' : '));
              text.appendChild(document.createTextNode(f.message));
              li.appendChild(icon);
              li.appendChild(text);
              return li;
            });
            if (!findings.length) findings.push(item(v.status === 'Submitted' ? 'L\'analyse est en cours.' : 'Aucune remarque sur les pièces.'));
            fill('constats', findings);
            var m = v.member || {}, r = v.referent || {};
            facts('membre', [['Nom', m.name], ['SIREN', m.siren], ['Type', memberKinds[m.kind] || m.kind], ['Code INSEE', m.inseeCode],
              ['Référent', [r.name, r.email, r.phone].filter(Boolean).join(' · ')]]);
            fill('besoins', (v.needs || []).map(function (n) {
              return item(n.school + (n.uai ? ' (UAI ' + n.uai + ')' : ''), n.accounts + ' compte' + (n.accounts > 1 ? 's' : ''));
            }));
            var p = v.prefecture || {}, pub = v.publication || {};
            facts('prefecture', [['Identifiant de l\'acte', p.actId], ['Envoyée en préfecture le', G.formatDay(p.sentOn)],
              ['Reçue en préfecture le', G.formatDay(p.receivedOn)], ['Publiée ou affichée le', G.formatDay(pub.publishedOn)],
              ['Mode', modes[pub.mode] || pub.mode], ['Exécutoire le', G.formatDay(v.executoryOn)]]);
            fill('documents', (v.documents || []).map(function (d) {
              return item((kinds[d.kind] || d.kind) + ' : ' + d.fileName, Math.max(1, Math.round(d.size / 1024)) + ' Ko, déposé le ' + G.formatInstant(d.uploadedAt));
            }));
            fill('historique', (v.history || []).map(function (h) {
              return item(events[h.event] || h.event, G.formatInstant(h.at) + (h.by ? ' · ' + (actors[h.by] || h.by) : '') + (h.comment ? ' · « ' + h.comment + ' »' : ''));
            }));
            var sent = (v.notifications || []).map(function (n) {
              return item(mails[n.kind] || n.kind, n.to + ' · ' + (mailStatus[n.status] || n.status) + (n.sentAt ? ' · ' + G.formatInstant(n.sentAt) : ''));
            });
            fill('courriels', sent.length ? sent : [item('Aucun courriel pour l\'instant.')]);
            var st = v.status;
            var open = ['Submitted', 'UnderReview', 'ChangesRequested', 'AwaitingPrefecture'].indexOf(st) >= 0;
            document.getElementById('action-documents').hidden = !(st === 'ChangesRequested' || st === 'UnderReview');
            document.getElementById('action-prefecture').hidden = !open;
            document.getElementById('action-publication').hidden = !open;
            document.getElementById('action-retrait').hidden = st !== 'Enrolled';
          }
          function load() {
            var t = token();
            if (!t) { loading.textContent = ''; document.getElementById('formulaire-jeton').hidden = false; return Promise.resolve(null); }
            return G.send('/api/adhesions/' + encodeURIComponent(aid), { headers: { 'Authorization': 'Bearer ' + t, 'Accept': 'application/json' } })
              .then(function (r) {
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
                  : G.problemItems(r.status, r.body)[0].message;
                document.getElementById('formulaire-jeton').hidden = false;
                return null;
              });
          }
          document.getElementById('formulaire-jeton').addEventListener('submit', function (ev) {
            ev.preventDefault();
            var t = document.getElementById('champ-jeton').value.trim();
            if (!t) return;
            location.hash = 'jeton=' + encodeURIComponent(t);
          });
          window.addEventListener('hashchange', function () { document.getElementById('formulaire-jeton').hidden = true; loading.textContent = 'Chargement du dossier…'; load(); });
          load();
          return { aid: aid, token: token, load: load };
        })();
        """;
}
