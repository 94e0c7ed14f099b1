// The leaderboard table. Rows are kept by participant, so a change redraws only the cells that changed (they flash)
// and a row that changes rank slides to its new place. With reduced motion nothing moves or flashes.

import { h } from '../dom.js';
import { cellContent, cellView, summary } from './cells.js';

/** A column heading, with a short form for narrow screens. */
const heading = (long, short) => [h('span', { class: 'long' }, long), h('span', { class: 'short', 'aria-hidden': 'true' }, short)];

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export class BoardTable {
  /** format: 'icpc' | 'ioi'; problems: the labels; me: the user id of the viewer if they take part. */
  constructor(format, problems, meId) {
    this.format = format;
    this.problems = problems;
    this.meId = meId;
    this.rows = new Map(); // user id → {tr, row, keys}
    this.body = h('tbody', { class: 'board-rows' });
    this.pinned = h('tbody', { class: 'board-me', hidden: true });
    const numbers = format === 'ioi'
      ? [h('th', { scope: 'col', class: 'num' }, 'Total')]
      : [h('th', { scope: 'col', class: 'num' }, heading('Solved', 'Sol.')),
        h('th', { scope: 'col', class: 'num', title: 'Penalty minutes' }, heading('Penalty', 'Pen.'))];
    this.el = h('table', { class: `board ${format}`, 'data-testid': 'leaderboard' },
      h('caption', { class: 'visually-hidden' }, 'Leaderboard'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', class: 'num rank' }, heading('Rank', '#')),
        h('th', { scope: 'col', class: 'who' }, heading('Participant', 'Name')),
        numbers,
        problems.map((label) => h('th', { scope: 'col', class: 'cell-h' }, label)))),
      this.pinned, this.body);
  }

  /** Shows these rows, in this order; changed cells flash and moved rows slide when animate is set. */
  show(rows, { animate = true } = {}) {
    const before = animate ? this.positions() : null;
    const seen = new Set();
    const order = rows.map((row) => {
      seen.add(row.userId);
      const known = this.rows.get(row.userId);
      if (known) {
        this.update(known, row, animate);
        return known.tr;
      }
      const made = this.make(row);
      this.rows.set(row.userId, made);
      return made.tr;
    });
    for (const [id, kept] of this.rows) {
      if (!seen.has(id)) { kept.tr.remove(); this.rows.delete(id); }
    }
    // move only what is out of place, so unchanged rows keep their DOM position
    order.forEach((tr, i) => { if (this.body.children[i] !== tr) this.body.insertBefore(tr, this.body.children[i] || null); });
    if (before && !reducedMotion()) this.slide(before);
  }

  /** The viewer's own true row, pinned above the others under a heading (null hides it). */
  showMe(row, heading = 'Your row') {
    if (!row) { this.pinned.hidden = true; return; }
    this.pinned.hidden = false;
    if (!this.me || this.me.row.userId !== row.userId) {
      this.me = this.make(row);
      this.me.tr.classList.add('pinned');
      this.me.tr.setAttribute('data-testid', 'me-row');
      this.meHeading = h('th', { scope: 'rowgroup', colspan: this.me.tr.children.length });
      this.pinned.replaceChildren(h('tr', { class: 'me-heading' }, this.meHeading), this.me.tr);
    } else {
      this.update(this.me, row, true);
    }
    this.meHeading.textContent = heading;
  }

  current() {
    return [...this.rows.values()].map((kept) => kept.row);
  }

  make(row) {
    const cells = [
      h('td', { class: 'num rank' }),
      h('td', { class: 'who' }),
      ...summary(row, this.format).map(() => h('td', { class: 'num total' })),
      ...this.problems.map((label) => h('td', { class: 'cell', 'data-label': label })),
    ];
    const tr = h('tr', { 'data-user': row.name }, cells);
    const kept = { tr, row: null, keys: [] };
    this.update(kept, row, false);
    return kept;
  }

  update(kept, row, flash) {
    const { tr } = kept;
    const mine = row.userId === this.meId;
    tr.classList.toggle('is-me', mine);
    tr.dataset.rank = row.rank;
    const texts = [String(row.rank), null, ...summary(row, this.format)];
    const tds = tr.children;
    texts.forEach((text, i) => {
      if (i === 1) {
        if (kept.row?.name !== row.name) {
          tds[1].replaceChildren(h('span', { class: 'name' }, row.name));
          if (mine) tds[1].append(h('span', { class: 'you' }, ' (you)'));
        }
        return;
      }
      if (tds[i].textContent !== text) {
        tds[i].textContent = text;
        if (flash && i > 1) this.flash(tds[i]);
      }
    });
    const first = texts.length;
    this.problems.forEach((label, j) => {
      const cell = row.cells.find((c) => c.label === label) || { label, tries: 0, pending: 0, solved: false };
      const key = JSON.stringify(cell);
      if (kept.keys[j] === key) return;
      kept.keys[j] = key;
      const view = cellView(cell, this.format);
      const td = tds[first + j];
      td.className = `cell ${view.state}`;
      td.dataset.state = view.state;
      td.title = view.says;
      td.setAttribute('aria-label', view.says);
      td.replaceChildren(...cellContent(view).filter(Boolean));
      if (flash) this.flash(td);
    });
    if (flash && kept.row && kept.row.rank !== row.rank) this.flash(tds[0]);
    kept.row = row;
  }

  flash(td) {
    if (reducedMotion()) return;
    td.classList.remove('flash');
    void td.offsetWidth; // restart the animation
    td.classList.add('flash');
  }

  positions() {
    const at = new Map();
    for (const [id, kept] of this.rows) at.set(id, kept.tr.getBoundingClientRect().top);
    return at;
  }

  /** FLIP: each row that moved starts where it was and slides to where it is now. */
  slide(before) {
    for (const [id, kept] of this.rows) {
      const was = before.get(id);
      if (was === undefined) continue;
      const dy = was - kept.tr.getBoundingClientRect().top;
      if (Math.abs(dy) < 1) continue;
      kept.tr.animate([{ transform: `translateY(${dy}px)` }, { transform: 'translateY(0)' }],
        { duration: 450, easing: 'ease-out' });
    }
  }
}
