// A contest's leaderboard, a page of rows at a time (the board may hold 100,000), kept live by the board's event
// stream: changed rows move and flash without a reload. A participant's own true row is pinned on top;
// administrators may switch to the full view during a freeze.

import { api, session } from '../api.js';
import { errorBox, fill, h, link } from '../dom.js';
import { contestClock } from '../contest/clock.js';
import { BoardTable } from '../contest/board.js';
import { BoardPage } from '../contest/page.js';
import { follow, liveStatus } from '../contest/live.js';

const SIZES = [25, 50, 100];

export default async function render(ctx) {
  const slug = ctx.params.contest;
  const base = `/contests/${encodeURIComponent(slug)}`;
  const contest = await api(`/api/contests/${encodeURIComponent(slug)}`);
  ctx.title(`${contest.title}: leaderboard`);

  let view = session.admin && ctx.query.get('view') === 'full' ? 'full' : 'public';
  let limit = SIZES.includes(Number(ctx.query.get('limit'))) ? Number(ctx.query.get('limit')) : 100;
  const status = liveStatus();
  const banner = h('div', { class: 'board-banner' });
  const range = h('p', { class: 'muted board-range', 'aria-live': 'polite' });
  const problemsHint = h('p', { class: 'hint' });
  const failure = h('div');
  const wrap = h('div', { class: 'table-wrap board-wrap' });
  const pagerNav = h('nav', { class: 'pager board-pager', 'aria-label': 'Leaderboard pages' });

  const clock = contestClock(contest, () => page?.refetch());
  ctx.onLeave(clock.stop);

  const toggle = session.admin ? h('label', { class: 'inline-check' },
    h('input', { type: 'checkbox', checked: view === 'full', onchange: (e) => switchView(e.target.checked ? 'full' : 'public') }),
    ' Full view (admins: results hidden by the freeze)') : null;

  const sizes = h('label', { class: 'inline-check' }, 'Rows per page ',
    h('select', { onchange: (e) => { limit = Number(e.target.value); start(); } },
      SIZES.map((n) => h('option', { value: n, selected: n === limit }, String(n)))));

  ctx.main.append(
    h('div', { class: 'spread board-head' },
      h('div', {},
        h('p', { class: 'crumbs' }, link(base, contest.title)),
        h('h1', {}, 'Leaderboard'),
        h('div', { class: 'tags' }, h('span', { class: 'tag format' }, contest.format.toUpperCase()))),
      h('div', { class: 'board-status' }, clock.el, status.el)),
    h('div', { class: 'row board-tools' }, sizes, toggle), banner, failure, range, wrap, pagerNav, problemsHint);

  let table = null;
  let page = null;
  let stop = () => {};
  ctx.onLeave(() => stop());

  const draw = (board, { moved }) => {
    if (!table || table.format !== board.format || table.problems.join() !== board.problems.join()) {
      table = new BoardTable(board.format, board.problems, session.user?.id);
      fill(wrap, table.el);
    }
    table.show(board.rows, { animate: moved });
    table.showMe(board.me, board.frozen && view !== 'full'
      ? 'Your row: your own results, which the frozen board hides from others' : 'Your row');
    fill(banner, board.frozen ? h('p', { class: 'notice frozen-note', 'data-testid': 'frozen-note' },
      h('strong', {}, 'The board is frozen. '),
      view === 'full' ? 'You see the full board: every result, also those hidden from the public.'
        : 'Results of submissions made since the freeze are hidden: such a cell shows its pending tries as “+n ?”.') : null);
    const first = board.rows.length ? board.offset + 1 : 0;
    range.textContent = board.total === 0 ? 'Nobody has registered yet.'
      : `Rows ${first}–${board.offset + board.rows.length} of ${board.total.toLocaleString()}`;
    drawPager(board);
    remember();
    fill(failure);
  };

  // the pager's buttons are made once (a live change must not take the keyboard focus away from them)
  const held = () => page?.board || { offset: 0, rows: [], total: 0 };
  const button = (text, onclick) => h('button', { type: 'button', onclick }, text);
  const topButton = button('Top', () => page.goTo(0));
  const previous = button(`← Previous ${limit}`, () => page.goTo(Math.max(0, held().offset - limit)));
  const next = button(`Next ${limit} →`, () => page.goTo(held().offset + limit));
  const mine = button('Find my row', () => page.aroundMe());
  pagerNav.append(topButton, previous, next, mine);

  const drawPager = (board) => {
    topButton.disabled = board.offset === 0;
    previous.disabled = board.offset === 0;
    previous.textContent = `← Previous ${limit}`;
    next.disabled = board.offset + board.rows.length >= board.total;
    next.textContent = `Next ${limit} →`;
    mine.hidden = !board.me;
  };

  /** Keeps the page, view and page size in the address, so a reload or a shared link shows the same rows. */
  const remember = () => {
    const q = new URLSearchParams();
    if (page.offset > 0) q.set('offset', page.offset);
    if (view === 'full') q.set('view', 'full');
    if (limit !== 100) q.set('limit', limit);
    const address = location.pathname + (q.size ? `?${q}` : '');
    if (address !== location.pathname + location.search) history.replaceState(null, '', address);
  };

  const start = () => {
    stop();
    const path = `/api/contests/${encodeURIComponent(slug)}/leaderboard`;
    page = new BoardPage({
      path, view, limit, offset: page ? page.offset : Math.max(0, Number(ctx.query.get('offset')) || 0),
      draw, failed: (e) => fill(failure, errorBox(e)),
    });
    const unfollow = follow(`${path}/events?view=${view}`, {
      row: (data) => page.change(data),
      me: (data) => page.changeMe(data),
      reload: () => page.refetch(),
      reopened: () => page.refetch(),
      status: (state) => status.set(state),
    });
    page.refetch();
    stop = () => { unfollow(); page.close(); };
  };

  const switchView = (next) => {
    view = next;
    start();
  };

  start();
  problemsHint.textContent = contest.format === 'ioi'
    ? 'Each problem shows its score; the total ranks.'
    : 'A solved problem shows its rejected tries (+n) and the minute it was solved; ★ marks the first to solve it.';
}
