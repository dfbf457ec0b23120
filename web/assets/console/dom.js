// DOM helpers: every text goes through textContent, never through HTML parsing.

/** el('td', {class: 'n', colSpan: 2}, 'text', childNode, ...) */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else if (k in e && typeof v !== 'string') e[k] = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  append(e, children);
  return e;
}

function append(parent, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else parent.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function replace(node, ...children) {
  node.textContent = '';
  append(node, children);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';
export function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  append(e, children);
  return e;
}

/** A <dl> from [label, value] pairs; empty values are left out. */
export function facts(pairs, empty = 'Non renseigné.') {
  const dl = el('dl', { class: 'faits' });
  for (const [label, value] of pairs) {
    if (value === null || value === undefined || value === '') continue;
    dl.append(el('dt', null, label), el('dd', null, value));
  }
  if (!dl.childNodes.length) return el('p', { class: 'vide' }, empty);
  return dl;
}

/** A table with a caption and column headers; rows are arrays of cells (nodes or text). */
export function table(caption, headers, rows, { captionHidden = false, className = 'tableau' } = {}) {
  const t = el('table', { class: className });
  t.append(el('caption', { class: captionHidden ? 'sr-only' : null }, caption));
  t.append(el('thead', null, el('tr', null, headers.map(h => el('th', { scope: 'col' }, h)))));
  const body = el('tbody');
  for (const r of rows) body.append(row(r));
  t.append(body);
  return t;
}

export function row(cells) {
  return el('tr', null, cells.map((c, i) => i === 0 && c && c.rowHeader ? el('th', { scope: 'row' }, c.value) : el('td', null, c)));
}

/** "1 juillet 2026" as French writes it: "1er juillet 2026" (Intl gives the bare number). */
function firstOfMonth(text) {
  return text.replace(/^1(?=\s)/, '1er');
}

export function day(iso) {
  if (!iso) return '';
  const d = new Date(String(iso).slice(0, 10) + 'T00:00:00Z');
  return isNaN(d) ? String(iso) : firstOfMonth(d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
}

export function shortDay(iso) {
  if (!iso) return '';
  const d = new Date(String(iso).slice(0, 10) + 'T00:00:00Z');
  return isNaN(d) ? String(iso) : d.toLocaleDateString('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
}

export function instant(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return isNaN(d) ? String(iso) : firstOfMonth(d.toLocaleString('fr-FR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }));
}

export function number(n) {
  return Number(n || 0).toLocaleString('fr-FR');
}

export function plural(n, one, many) {
  return number(n) + ' ' + (Math.abs(n) > 1 ? many : one);
}

/** Busy state of a button while a request runs. */
export function busy(button, on) {
  button.disabled = on;
  button.setAttribute('aria-busy', on ? 'true' : 'false');
}
