// Building the DOM with text only (textContent, createElement): no markup is ever parsed from data.

/** An element with an optional class and text. */
export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

/** Replaces the children of the element with the given id. */
export function fill(id, nodes) {
  const container = document.getElementById(id);
  container.replaceChildren(...nodes);
}

/** A list item: a main line and an optional second, quieter line. */
export function item(main, meta) {
  const li = el('li', null, main);
  if (meta) li.appendChild(el('span', 'meta', meta));
  return li;
}

/** A description list from [term, value] pairs, skipping empty values. */
export function facts(id, pairs, empty) {
  const nodes = [];
  for (const [term, value] of pairs) {
    if (value === null || value === undefined || value === '') continue;
    nodes.push(el('dt', null, term), el('dd', null, value));
  }
  if (!nodes.length) nodes.push(el('dt', null, 'État'), el('dd', null, empty || 'Rien n\'est encore déclaré.'));
  fill(id, nodes);
}

/** "1 juillet 2026" as French writes it: "1er juillet 2026" (Intl gives the bare number). */
export function firstOfMonth(text) {
  return text.replace(/^1(?=\s)/, '1er');
}

/** An ISO day (yyyy-MM-dd) as "2 février 2026", "1er juillet 2026". */
export function formatDay(iso) {
  if (!iso) return '';
  const d = new Date(iso + 'T00:00:00Z');
  return isNaN(d) ? String(iso) : firstOfMonth(d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
}

/** An ISO instant in Paris time, as "2 février 2026 à 14:05". */
export function formatInstant(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return isNaN(d) ? String(iso) : firstOfMonth(d.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }));
}
