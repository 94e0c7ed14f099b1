// Follows a leaderboard's changes over Server-Sent Events. EventSource reconnects by itself and resumes with
// Last-Event-ID; when the server refuses the stream outright we try again a little later. The status element says
// whether the board is live.

import { events } from '../api.js';
import { h } from '../dom.js';

const STATES = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline: retrying',
};

export function liveStatus() {
  const text = h('span', { class: 'live-text' });
  const el = h('span', { class: 'live-status', role: 'status', 'data-testid': 'live-status' }, h('span', { class: 'dot', 'aria-hidden': 'true' }), text);
  return {
    el,
    set(state) {
      el.dataset.state = state;
      text.textContent = STATES[state];
    },
  };
}

/**
 * Opens the stream. handlers: row(data), me(data), reload(), reopened() (called when the stream comes back after a
 * break: changes may have been missed), status(state).
 */
export function follow(path, handlers) {
  let source = null;
  let retry = null;
  let broken = false;
  let closed = false;

  const parse = (fn) => (event) => {
    try { fn(JSON.parse(event.data)); } catch (e) { console.warn('leaderboard event', e); }
  };

  const open = () => {
    handlers.status(broken ? 'reconnecting' : 'connecting');
    source = events(path);
    source.addEventListener('open', () => {
      handlers.status('live');
      if (broken) handlers.reopened();
      broken = false;
    });
    source.addEventListener('row', parse(handlers.row));
    source.addEventListener('me', parse(handlers.me));
    source.addEventListener('reload', () => handlers.reload());
    source.addEventListener('error', () => {
      if (closed) return;
      broken = true;
      if (source.readyState === EventSource.CLOSED) {
        handlers.status('offline');
        retry = setTimeout(open, 5000);
      } else {
        handlers.status('reconnecting');
      }
    });
  };
  open();
  return () => {
    closed = true;
    clearTimeout(retry);
    source?.close();
  };
}
