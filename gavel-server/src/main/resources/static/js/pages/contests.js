// The contests: running ones first (time left), then upcoming (start and countdown), then past. The API decides
// which contests this user may see (private ones only for their participants and administrators).

import { api } from '../api.js';
import { fill, fmtDate, h, link } from '../dom.js';
import { clockText, fmtDuration, phaseAt } from '../contest/clock.js';
import { registration } from '../contest/register.js';

const SECTIONS = [
  ['running', 'Running now', 'No contest is running.'],
  ['upcoming', 'Upcoming', 'No contest is planned.'],
  ['ended', 'Past', 'No contest has ended yet.'],
];

export default async function render(ctx) {
  ctx.title('Contests');
  const list = await api('/api/contests');
  const body = h('div', { class: 'contests' });
  ctx.main.append(h('h1', {}, 'Contests'), body);

  let shown = '';
  const draw = () => {
    const groups = { running: [], upcoming: [], ended: [] };
    for (const c of list.items) groups[phaseAt(c)].push(c);
    groups.running.sort(byEnd);
    groups.upcoming.sort(byStart);
    groups.ended.sort((a, b) => byStart(b, a));
    const layout = SECTIONS.map(([key]) => groups[key].map((c) => c.id).join()).join('|');
    if (layout !== shown) {
      shown = layout;
      fill(body, SECTIONS.map(([key, heading, none]) => section(key, heading, none, groups[key])));
    }
    for (const c of list.items) {
      const clock = body.querySelector(`[data-clock="${CSS.escape(c.id)}"]`);
      if (clock) clock.textContent = clockText(c).text;
    }
  };
  draw();
  // the countdowns tick, and a contest that starts or ends moves to its new section
  const timer = setInterval(draw, 1000);
  ctx.onLeave(() => clearInterval(timer));
}

const byStart = (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt);
const byEnd = (a, b) => Date.parse(a.endsAt) - Date.parse(b.endsAt);

function section(key, heading, none, contests) {
  const id = `contests-${key}`;
  return h('section', { class: `contest-section ${key}`, 'aria-labelledby': id, 'data-testid': id },
    h('h2', { id }, heading, ' ', h('span', { class: 'count' }, `(${contests.length})`)),
    contests.length ? h('ul', { class: 'contest-list' }, contests.map((c) => item(c, key))) : h('p', { class: 'muted' }, none));
}

function item(c, phase) {
  const when = phase === 'ended'
    ? `${fmtDate(c.startsAt)} · ${fmtDuration(c.duration)}`
    : phase === 'upcoming' ? `Starts ${fmtDate(c.startsAt)} · ${fmtDuration(c.duration)}` : `Ends ${fmtDate(c.endsAt)}`;
  return h('li', { class: 'contest-item card', 'data-contest': c.id },
    h('div', { class: 'contest-main' },
      h('h3', {}, link(`/contests/${encodeURIComponent(c.id)}`, c.title)),
      h('div', { class: 'tags' },
        h('span', { class: 'tag format' }, c.format.toUpperCase()),
        c.public ? null : h('span', { class: 'tag private' }, 'Private'),
        c.frozen && phase === 'running' ? h('span', { class: 'tag frozen' }, 'Frozen') : null),
      h('p', { class: 'muted when' }, when)),
    h('div', { class: 'contest-side' },
      phase === 'ended' ? null : h('span', { class: `clock ${phase}`, role: 'timer', 'data-clock': c.id }, clockText(c).text),
      registration(c),
      phase === 'upcoming' ? null : link(`/contests/${encodeURIComponent(c.id)}/leaderboard`, 'Leaderboard')));
}
