// How a leaderboard row's numbers and cells are shown: ICPC (solved, penalty, tries and minute per problem) and IOI
// (total, score per problem). Frozen cells show their pending tries as "+n ?".

import { h } from '../dom.js';

/** 12 → "12", 33.333333 → "33.33". */
export function fmtScore(x) {
  if (x === null || x === undefined) return '–';
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(2)));
}

/**
 * A cell as shown: {state, main, sub, says}. state is one of solved, first, failed, frozen, judging, full, partial,
 * zero, empty (a CSS class and a test hook); says is the sentence for screen readers and the tooltip.
 */
export function cellView(cell, format) {
  const c = withDefaults(cell);
  return format === 'ioi' ? ioiCell(c) : icpcCell(c);
}

/** The server leaves out a cell's fields that are at their default. */
function withDefaults(cell) {
  return { tries: 0, pending: 0, solved: false, firstToSolve: false, frozen: false, minute: null, score: null, ...cell };
}

function icpcCell(c) {
  const rejected = c.solved ? c.tries - 1 : c.tries;
  const triesSaid = `${rejected} rejected ${rejected === 1 ? 'try' : 'tries'}`;
  if (c.solved) {
    return {
      state: c.firstToSolve ? 'first' : 'solved', main: rejected > 0 ? `+${rejected}` : '+', sub: `${c.minute}`,
      says: `${c.label}: solved at minute ${c.minute}, ${triesSaid}${c.firstToSolve ? ', first to solve' : ''}`,
    };
  }
  if (c.frozen && c.pending > 0) {
    return {
      state: 'frozen', main: `+${c.pending} ?`, sub: rejected > 0 ? `−${rejected}` : '',
      says: `${c.label}: ${c.pending} pending after the freeze, ${triesSaid} before`,
    };
  }
  if (c.pending > 0) {
    return { state: 'judging', main: rejected > 0 ? `−${rejected} ?` : '?', sub: '', says: `${c.label}: being judged, ${triesSaid}` };
  }
  if (rejected > 0) return { state: 'failed', main: `−${rejected}`, sub: '', says: `${c.label}: ${triesSaid}` };
  return { state: 'empty', main: '', sub: '', says: `${c.label}: not tried` };
}

function ioiCell(c) {
  const judging = c.pending > 0 ? ' (being judged)' : '';
  if (c.tries === 0 && c.pending === 0) return { state: 'empty', main: '', sub: '', says: `${c.label}: not tried` };
  if (c.tries === 0) return { state: 'judging', main: '?', sub: '', says: `${c.label}: being judged` };
  const score = c.score ?? 0;
  const state = c.solved ? 'full' : score > 0 ? 'partial' : 'zero';
  return {
    state, main: fmtScore(score), sub: c.pending > 0 ? '…' : '',
    says: `${c.label}: ${fmtScore(score)} points after ${c.tries} ${c.tries === 1 ? 'submission' : 'submissions'}${judging}`,
  };
}

/** The content of a cell's <td>. */
export function cellContent(view) {
  return [h('span', { class: 'main' }, view.main), view.sub ? h('span', { class: 'sub' }, view.sub) : null];
}

/** The row's summary numbers: ICPC solved and penalty, IOI the total. */
export function summary(row, format) {
  return format === 'ioi' ? [fmtScore(row.points)] : [String(row.solved), String(row.penalty ?? 0)];
}

/** A participant's own row as a small block: rank, numbers, a cell per problem. */
export function compactRow(row, format, total) {
  const [first, second] = summary(row, format);
  return h('div', { class: 'compact-row', 'data-testid': 'my-row' },
    h('div', { class: 'compact-stats' },
      stat('Rank', total ? `${row.rank} of ${total}` : String(row.rank)),
      format === 'ioi' ? stat('Total', first) : [stat('Solved', first), stat('Penalty', second)]),
    h('ol', { class: 'compact-cells', 'aria-label': 'Your problems' }, row.cells.map((c) => {
      const view = cellView(c, format);
      return h('li', { class: `cell ${view.state}`, title: view.says, 'aria-label': view.says, 'data-label': c.label },
        h('span', { class: 'cell-label' }, c.label), ...cellContent(view));
    })));
}

function stat(name, value) {
  return h('div', { class: 'stat' }, h('span', { class: 'stat-name' }, name), h('span', { class: 'stat-value' }, value));
}
