// French words for the API's codes, for display only: the API's own labels win when it sends them
// (statusLabel, label, allowedActions[].label). No rule lives here.

export const statusLabels = {
  Submitted: 'Déposé, en cours d\'analyse',
  UnderReview: 'En cours d\'examen par le coordonnateur',
  ChangesRequested: 'Compléments demandés',
  AwaitingPrefecture: 'Accepté, en attente de la préfecture et de la publication',
  Enrolled: 'Membre du groupement',
  Rejected: 'Refusé',
  Withdrawn: 'Retiré',
  Closed: 'Clos',
};

/** The order of the tabs (the workflow's order). */
export const statusOrder = ['Submitted', 'UnderReview', 'ChangesRequested', 'AwaitingPrefecture', 'Enrolled', 'Rejected', 'Withdrawn', 'Closed'];

export function statusLabel(status, fromApi) {
  return (fromApi && fromApi[status]) || statusLabels[status] || status;
}

export const memberKinds = {
  commune: 'Commune', epci: 'EPCI', departement: 'Département', region: 'Région', 'ecole-privee': 'École privée sous contrat', autre: 'Autre',
};

export const documentKinds = {
  deliberation: 'Délibération', convention: 'Convention signée', annexes: 'Annexe', annexe: 'Annexe',
  'ar-acte': 'Accusé de réception ACTES', 'anomalie-acte': 'Anomalie ACTES',
};

export const events = {
  submitted: 'Dossier déposé', 'analysis-completed': 'Analyse des pièces terminée', approved: 'Dossier approuvé',
  rejected: 'Adhésion refusée', 'changes-requested': 'Compléments demandés', 'documents-resubmitted': 'Nouvelles pièces déposées',
  'prefecture-receipt-recorded': 'Réception en préfecture déclarée', 'publication-recorded': 'Publication déclarée',
  enrolled: 'Adhésion enregistrée', withdrawn: 'Retrait enregistré', closed: 'Dossier clos', 'findings-overridden': 'Constats bloquants levés',
};

export const actors = {
  member: 'le membre', coordinator: 'le coordonnateur (clé)', admin: 'l\'administrateur', system: 'automatique', prefecture: 'la préfecture',
};

export const emailKinds = {
  invitation: 'Invitation', 'submission-received': 'Accusé de réception du dépôt', 'changes-requested': 'Demande de compléments',
  'review-needed': 'Dossier à examiner', 'review-reminder': 'Relance d\'examen', 'prefecture-reminder': 'Relance préfecture',
  enrolled: 'Confirmation d\'adhésion', rejected: 'Refus d\'adhésion', 'deadline-reminder': 'Rappel de date limite',
  'withdrawal-window-open': 'Ouverture de la fenêtre de retrait', 'market-end': 'Fin du marché', 'sign-in': 'Lien de connexion',
  'withdrawal-received': 'Retrait reçu', anomaly: 'Anomalie', closed: 'Dossier clos',
};

export const emailStatus = {
  pending: 'en attente', sent: 'envoyé', delivered: 'remis', bounce: 'rejeté par le destinataire', dropped: 'non remis', failed: 'échec',
  deferred: 'différé', open: 'ouvert',
};

export const severities = { error: 'Bloquant', warning: 'À vérifier', info: 'Information' };

export const publicationModes = { affichage: 'Affichage', 'publication-electronique': 'Publication électronique' };

export const roles = { manager: 'gestionnaire', reviewer: 'instructeur' };

export const factLabels = {
  body: 'Organe', authority: 'Collectivité', sessionDate: 'Date de la séance', convocationDate: 'Date de la convocation',
  membersInOffice: 'Membres en exercice', present: 'Présents', proxies: 'Pouvoirs', votesCast: 'Votants',
  votesFor: 'Pour', votesAgainst: 'Contre', abstentions: 'Abstentions', unanimous: 'Unanimité',
  authorizesSignature: 'Autorise la signature', concernsGroupement: 'Porte sur le groupement',
};

export const stampLabels = { sentOn: 'Envoyé en préfecture le', receivedOn: 'Reçu en préfecture le', publishedOn: 'Publié ou affiché le', actId: 'Identifiant de l\'acte' };

export function label(map, code) {
  return (code && map[code]) || code || '';
}
