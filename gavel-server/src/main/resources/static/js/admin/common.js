// What the admin and token pages share: the admins-only gate, the links between the admin pages, a labelled table.

import { session } from '../api.js';
import { h, link } from '../dom.js';

/** True for an administrator; anyone else is sent to log in, or told the page is for admins only. */
export function adminOnly(ctx) {
  const user = ctx.requireUser();
  if (!user) return false;
  if (session.admin) return true;
  ctx.title('Admins only');
  ctx.main.append(h('div', { class: 'card narrow', role: 'alert', 'data-testid': 'admins-only' },
    h('h1', {}, 'Admins only'),
    h('p', {}, `This page is for administrators, and ${user.username} is not one.`),
    link('/problems', 'Back to the problems')));
  return false;
}

/** The admin pages' own navigation; here is the current one. */
export function adminTabs(here) {
  const tab = (href, text) => h('li', {}, h('a', { href, 'data-link': true, 'aria-current': href === here ? 'page' : null }, text));
  return h('nav', { class: 'admin-tabs', 'aria-label': 'Admin pages' }, h('ul', {},
    tab('/admin', 'Status'), tab('/admin/problems', 'Problems'), tab('/admin/contests/new', 'New contest')));
}

/** A table with a caption (for screen readers) in a scrolling frame: head is a list of column names. */
export function table(caption, head, rows, { numeric = [] } = {}) {
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('caption', { class: 'sr-only' }, caption),
    h('thead', {}, h('tr', {}, head.map((name, i) => h('th', { scope: 'col', class: numeric.includes(i) ? 'num' : null }, name)))),
    h('tbody', {}, rows)));
}
