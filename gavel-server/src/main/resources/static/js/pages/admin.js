// The admin home: how the judging queue and the workers are doing, and the latest System Errors, refreshed every
// few seconds.

import { api } from '../api.js';
import { errorBox, fill, fmtDate, h, link, loading } from '../dom.js';
import { adminOnly, adminTabs, table } from '../admin/common.js';

const REFRESH_MS = 3000;

export default async function render(ctx) {
  if (!adminOnly(ctx)) return;
  ctx.title('Admin');
  const body = h('div', { 'aria-live': 'polite' }, loading());
  const stamp = h('p', { class: 'hint', 'data-testid': 'refreshed' });
  const contestList = h('section', { 'aria-labelledby': 'contests-h' });
  ctx.main.append(adminTabs('/admin'),
    h('div', { class: 'spread' }, h('h1', {}, 'Judging status'), stamp), body, contestList);
  contests(contestList);

  let timer = null;
  let stopped = false;
  ctx.onLeave(() => { stopped = true; clearTimeout(timer); });
  const refresh = async () => {
    try {
      draw(body, await api('/api/admin/status'));
      stamp.textContent = `Updated ${new Date().toLocaleTimeString()}; refreshes every ${REFRESH_MS / 1000} s`;
    } catch (e) {
      fill(body, errorBox(e));
    }
    if (!stopped) timer = setTimeout(refresh, REFRESH_MS);
  };
  await refresh();
}

function draw(body, status) {
  const waiting = status.lanes.reduce((sum, l) => sum + l.depth, 0);
  fill(body,
    h('div', { class: 'admin-stats' },
      stat('Jobs waiting', waiting, 'in every lane'),
      stat('Workers busy', `${status.workers.busy} / ${status.workers.total}`,
        status.workers.total === 0 ? 'judging is off in this process' : 'judging now / in this process'),
      stat('System errors', status.systemErrorCount, 'submissions judged SE, ever')),
    h('section', { 'aria-labelledby': 'lanes-h' },
      h('h2', { id: 'lanes-h' }, 'Queue by lane'),
      h('p', { class: 'hint' }, 'Lanes are served most urgent first by weight (contest, practice, execution API, rejudge); none starves.'),
      table('Jobs waiting per lane', ['Lane', 'Waiting'],
        status.lanes.map((l) => h('tr', { 'data-lane': l.lane },
          h('td', {}, l.lane), h('td', { class: 'num', 'data-testid': `depth-${l.lane}` }, String(l.depth)))),
        { numeric: [1] })),
    h('section', { 'aria-labelledby': 'se-h' },
      h('h2', { id: 'se-h' }, 'Latest system errors'),
      status.systemErrors.length === 0
        ? h('p', { class: 'muted', 'data-testid': 'no-system-errors' }, 'No system errors: the judge has not failed.')
        : table('The latest submissions judged System Error', ['Submission', 'Problem', 'User', 'Reason', 'Judged'],
          status.systemErrors.map((e) => h('tr', {},
            h('td', {}, link(`/submissions/${e.submission}`, `#${e.submission}`)),
            h('td', {}, link(`/problems/${encodeURIComponent(e.problem)}`, e.problem)),
            h('td', {}, e.user || '–'),
            h('td', { class: 'admin-reason' }, e.reason || '(no reason given)'),
            h('td', {}, fmtDate(e.judgedAt)))))));
}

/** The contests, each with a link to edit it: drawn once, below the refreshing status. */
async function contests(into) {
  try {
    const list = (await api('/api/contests')).items;
    fill(into, h('h2', { id: 'contests-h' }, 'Contests'),
      h('p', {}, link('/admin/contests/new', 'Create a contest'), ' · ',
        link('/admin/problems', 'Import, rejudge or verify problems'), ' · ',
        h('a', { href: '/actuator/prometheus' }, 'Prometheus metrics')),
      list.length === 0 ? h('p', { class: 'muted' }, 'No contests yet.')
        : table('Contests', ['Contest', 'Phase', 'Starts', 'Board'], list.map((c) => h('tr', {},
          h('td', {}, link(`/admin/contests/${encodeURIComponent(c.id)}`, c.title), h('div', { class: 'hint' }, c.id)),
          h('td', {}, c.phase),
          h('td', {}, fmtDate(c.startsAt)),
          h('td', {}, link(`/contests/${encodeURIComponent(c.id)}/leaderboard`, 'Leaderboard'))))));
  } catch (e) {
    fill(into, errorBox(e));
  }
}

function stat(name, value, note) {
  return h('div', { class: 'card admin-stat' },
    h('div', { class: 'admin-stat-name' }, name),
    h('div', { class: 'admin-stat-value' }, String(value)),
    h('div', { class: 'hint' }, note));
}
