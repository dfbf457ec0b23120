// Exports: the enrolled members and their needs (CSV, XLSX), and a ZIP of their documents for the archives.
import { el } from '/assets/console/dom.js';

export async function render(root, ctx) {
  const title = 'Exports';
  const base = '/api/groupements/' + encodeURIComponent(ctx.gid) + '/';
  const item = (href, file, text, help) => el('li', null,
    el('a', { href: base + href, download: file, class: 'bouton secondaire' }, text), el('p', { class: 'aide' }, help));
  root.append(el('h1', null, title),
    el('section', { class: 'bloc', 'aria-labelledby': 'titre-membres' }, el('h2', { id: 'titre-membres' }, 'Membres du groupement'),
      el('ul', { class: 'exports' },
        item('members.csv', 'membres.csv', 'Télécharger les membres (CSV)', 'Membres enregistrés, numéro de dossier, référent et besoins ; séparateur point-virgule, lisible par un tableur.'),
        item('members.xlsx', 'membres.xlsx', 'Télécharger les membres (Excel, XLSX)', 'Le même contenu au format Excel.'))),
    el('section', { class: 'bloc', 'aria-labelledby': 'titre-archives' }, el('h2', { id: 'titre-archives' }, 'Archives'),
      el('ul', { class: 'exports' },
        item('documents.zip', 'pieces.zip', 'Télécharger les pièces des membres (ZIP)', 'Délibérations, conventions signées et annexes des membres enregistrés, un dossier par numéro de dossier. Le fichier peut être volumineux.'))));
  return title;
}
