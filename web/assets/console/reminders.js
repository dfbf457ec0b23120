// Relances: the reminders sent (with their delivery status) and those due next, from GET /api/groupements/{gid}.
import { get } from '/assets/console/api.js';
import { el, table, day, instant, plural } from '/assets/console/dom.js';
import { label, emailKinds, emailStatus } from '/assets/console/labels.js';

const recipients = { referent: 'Référent', reviewer: 'Instructeurs', reviewers: 'Instructeurs', coordinator: 'Coordonnateur', member: 'Membre' };

export async function render(root, ctx) {
  const title = 'Relances';
  root.append(el('h1', null, title));
  const r = await get('/api/groupements/' + encodeURIComponent(ctx.gid));
  if (!r.ok) { root.append(el('p', { class: 'message erreur', role: 'alert' }, r.message)); return title; }
  const reminders = r.body.reminders || { sent: [], upcoming: [] };
  const who = x => [x.recipientLabel || recipients[x.recipient] || x.recipient, x.to].filter(Boolean).join(' · ');
  const dossier = x => x.adhesionId ? el('a', { href: ctx.path('dossiers', x.adhesionId) }, x.reference || x.siren || 'Voir le dossier') : (x.siren || '—');
  const upcoming = reminders.upcoming || [];
  const sent = (reminders.sent || []).slice().sort((a, b) => String(b.sentAt || b.dueOn).localeCompare(String(a.sentAt || a.dueOn)));
  root.append(
    el('section', { class: 'bloc', 'aria-labelledby': 'titre-a-venir' }, el('h2', { id: 'titre-a-venir' }, 'À venir (' + upcoming.length + ')'),
      upcoming.length ? el('div', { class: 'defilement' }, table('Relances prévues si rien ne change', ['Prévue le', 'Relance', 'Destinataire', 'Dossier', 'Échéance'],
        upcoming.map(u => [day(u.dueOn), u.label || label(emailKinds, u.kind), who(u), dossier(u), u.milestoneLabel || u.milestone || '']), { captionHidden: true }))
        : el('p', { class: 'vide' }, 'Aucune relance prévue dans les prochaines semaines.')),
    el('section', { class: 'bloc', 'aria-labelledby': 'titre-envoyees' }, el('h2', { id: 'titre-envoyees' }, 'Envoyées (' + sent.length + ')'),
      sent.length ? el('div', { class: 'defilement' }, table('Relances envoyées, la plus récente en premier', ['Envoyée le', 'Relance', 'Destinataire', 'Dossier', 'Remise'],
        sent.map(s => [instant(s.sentAt) || day(s.dueOn), s.label || label(emailKinds, s.kind), who(s), dossier(s), label(emailStatus, s.status)]), { captionHidden: true }))
        : el('p', { class: 'vide' }, 'Aucune relance envoyée pour l\'instant.')),
    el('p', { class: 'aide' }, plural(upcoming.length + sent.length, 'relance', 'relances') + ' au total. Les relances partent chaque matin ; le calendrier des échéances est sur le tableau de bord.'));
  return title;
}
