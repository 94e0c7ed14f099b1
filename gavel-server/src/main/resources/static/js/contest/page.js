// One page of a leaderboard kept up to date: the rows fetched (offset, limit), then every pushed change applied to
// them at once. A change that moves a row into, out of or across the page makes us fetch the page again (at most
// every so often), since the ranks of the rows around it moved too. Changes that arrive while a fetch is on its way
// are applied again on top of its answer, so none is lost.

import { api } from '../api.js';

const REFETCH_GAP_MS = 700;

// the board's order (docs/contests.md), so a changed row takes its place at once; the page fetched again agrees
const bySolvedAndPenalty = (a, b) => b.solved - a.solved || a.penalty - b.penalty
  || (a.lastAcMinute ?? 0) - (b.lastAcMinute ?? 0) || a.rank - b.rank;
const byTotal = (a, b) => b.points - a.points || a.rank - b.rank;

export class BoardPage {
  /** draw(board, {moved}) shows the board; failed(error) says a fetch went wrong. */
  constructor({ path, view, limit, offset, draw, failed }) {
    Object.assign(this, { path, view, limit, offset, draw, failed });
    this.board = null;        // the last answer, with rows changed since
    this.fetching = false;
    this.since = [];          // changes received while a fetch is on its way
    this.queued = [];         // changes not drawn yet (drawn once per animation frame)
    this.timer = null;
    this.lastFetch = 0;
    this.closed = false;
    this.around = false;
  }

  close() {
    this.closed = true;
    clearTimeout(this.timer);
  }

  goTo(offset) {
    this.offset = offset;
    this.around = false;
    this.refetch();
  }

  /** Shows the rows around the viewer's own. */
  aroundMe() {
    this.around = true;
    this.refetch();
  }

  url() {
    const q = new URLSearchParams({ view: this.view });
    if (this.around) {
      q.set('around', 'me');
      q.set('radius', String(Math.floor(this.limit / 2)));
    } else {
      q.set('offset', String(this.offset));
      q.set('limit', String(this.limit));
    }
    return `${this.path}?${q}`;
  }

  async refetch() {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = null;
    if (this.fetching) { this.again = true; return; }
    this.fetching = true;
    this.lastFetch = Date.now();
    this.since = [];
    this.meSince = undefined;
    try {
      const board = await api(this.url());
      if (this.closed) return;
      this.offset = board.offset;
      this.around = false;
      this.board = board;
      // a me event has no id of this view to compare: the last one that came during the fetch wins (should the
      // answer be newer still, the event of that change is still on its way)
      if (this.meSince !== undefined) board.me = this.meSince;
      const missed = this.since.filter((c) => c.id > board.lastEventId);
      for (const c of missed) this.apply(c);
      this.draw(this.board, { moved: true });
    } catch (e) {
      if (!this.closed) this.failed(e);
    } finally {
      this.fetching = false;
      this.since = [];
      if (this.again) { this.again = false; this.soon(); }
    }
  }

  /** A pushed row event: {id, row}. */
  change(data) {
    if (this.fetching || !this.board) { this.since.push(data); if (!this.board) return; }
    this.queued.push(data);
    if (this.queued.length === 1) requestAnimationFrame(() => this.flush());
  }

  /** A pushed me event: the viewer's own true row. */
  changeMe(data) {
    if (this.fetching) this.meSince = data.row;
    if (!this.board) return;
    this.board.me = data.row;
    this.queued.push(null);
    if (this.queued.length === 1) requestAnimationFrame(() => this.flush());
  }

  flush() {
    if (this.closed || !this.board) return;
    const changes = this.queued.filter(Boolean);
    this.queued = [];
    for (const c of changes) this.apply(c);
    this.draw(this.board, { moved: true });
  }

  /** Applies a change to the rows held; asks for the page again if ranks around the page moved. */
  apply({ id, row }) {
    const board = this.board;
    if (id <= board.lastEventId) return; // the page already has it
    const last = board.offset + this.limit;
    const at = board.rows.findIndex((r) => r.userId === row.userId);
    if (at >= 0) board.rows[at] = row;
    else if (row.rank > board.offset && row.rank <= last) board.rows.push(row);
    // the event tells only this row's rank: the ranks of the rows it passed (or now ties) come with the page again
    if (at >= 0 || row.rank <= last) this.soon();
    board.rows.sort(board.format === 'ioi' ? byTotal : bySolvedAndPenalty);
    if (board.rows.length > this.limit) board.rows.length = this.limit;
  }

  /** Fetches the page again shortly, no more often than every REFETCH_GAP_MS. */
  soon() {
    if (this.timer || this.closed) return;
    if (this.fetching) { this.again = true; return; }
    const wait = Math.max(150, REFETCH_GAP_MS - (Date.now() - this.lastFetch));
    this.timer = setTimeout(() => this.refetch(), wait);
  }
}
