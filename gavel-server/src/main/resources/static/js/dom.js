// Small helpers to build the page: h() makes elements, and the formatters say times, sizes and verdicts
// the same way on every page.

/**
 * h('a', {href: '/x', class: 'y', onclick: fn}, 'text', child, [more]) makes an element. Attributes starting with
 * "on" become listeners; null/false attributes and children are left out; strings become text (never HTML).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's content. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** An in-app link: the router follows it without reloading the page. */
export function link(href, ...children) {
  return h('a', { href, 'data-link': true }, ...children);
}

export const VERDICT_NAMES = {
  AC: 'Accepted', WA: 'Wrong answer', TLE: 'Time limit exceeded', MLE: 'Memory limit exceeded',
  OLE: 'Output limit exceeded', RE: 'Run-time error', CE: 'Compile error', SE: 'System error',
  PE: 'Presentation error', JE: 'Judge error',
};

/** A coloured verdict label with its full name as a tooltip and for screen readers. */
export function verdictBadge(verdict, title) {
  if (!verdict) return h('span', { class: 'badge pending' }, 'pending');
  const name = title || VERDICT_NAMES[verdict] || verdict;
  return h('span', { class: `badge v-${verdict}`, title: name, 'aria-label': name }, verdict);
}

export function fmtTime(ms) {
  if (ms === null || ms === undefined) return '–';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms} ms`;
}

export function fmtMemory(kib) {
  if (kib === null || kib === undefined) return '–';
  return kib >= 1024 ? `${(kib / 1024).toFixed(1)} MiB` : `${kib} KiB`;
}

export function fmtDate(iso) {
  if (!iso) return '–';
  const d = new Date(iso);
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** 3725 → "1:02:05"; negative values are shown as 0. */
export function fmtClock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const hh = Math.floor(s / 3600), mm = Math.floor((s % 3600) / 60), ss = s % 60;
  const two = (n) => String(n).padStart(2, '0');
  return hh > 0 ? `${hh}:${two(mm)}:${two(ss)}` : `${mm}:${two(ss)}`;
}

/** A box telling what went wrong, with every listed mistake (bad package, bad contest …). */
export function errorBox(error) {
  const box = h('div', { class: 'error', role: 'alert' }, h('strong', {}, error.message || String(error)));
  const list = error.errors || [];
  if (list.length) box.append(h('ul', {}, list.map((e) => h('li', {}, typeof e === 'string' ? e : JSON.stringify(e)))));
  if (error.retryAfter) box.append(h('p', {}, `Try again in ${error.retryAfter} s.`));
  return box;
}

/** A button that copies text to the clipboard and says so. */
export function copyButton(text, label = 'Copy') {
  const button = h('button', { type: 'button', class: 'small', 'aria-label': label }, label);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select and copy';
    }
    setTimeout(() => { button.textContent = label; }, 1500);
  });
  return button;
}

/** Previous / next paging: page is 1-based; onPage(n) is called with the page to show. */
export function pager(page, limit, total, onPage) {
  const pages = Math.max(1, Math.ceil(total / limit));
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', disabled: page <= 1, onclick: () => onPage(page - 1) }, '← Previous'),
    h('span', {}, `Page ${page} of ${pages}`),
    h('button', { type: 'button', disabled: page >= pages, onclick: () => onPage(page + 1) }, 'Next →'));
}

export function loading(text = 'Loading…') {
  return h('p', { class: 'muted', 'aria-busy': 'true' }, text);
}
