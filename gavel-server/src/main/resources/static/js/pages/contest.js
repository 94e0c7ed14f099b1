// A contest's page: title, format, the clock, its problems once it has started, registration, the leaderboard link
// and, for a participant, their own row.

import { api, session } from '../api.js';
import { errorBox, fill, fmtDate, h, link } from '../dom.js';
import { contestClock, fmtDuration } from '../contest/clock.js';
import { registration } from '../contest/register.js';
import { compactRow } from '../contest/cells.js';

export default async function render(ctx) {
  const slug = ctx.params.contest;
  const base = `/contests/${encodeURIComponent(slug)}`;
  const contest = await api(`/api/contests/${encodeURIComponent(slug)}`);
  ctx.title(contest.title);
  ctx.main.classList.add('contest-page');

  // when the contest starts (its problems appear), freezes or ends: draw the page again from the server's answer
  const clock = contestClock(contest, () => { if (ctx.main.isConnected) ctx.navigate(location.pathname, { replace: true }); });
  ctx.onLeave(clock.stop);

  const problems = h('section', { class: 'card', 'aria-labelledby': 'problems-h' }, h('h2', { id: 'problems-h' }, 'Problems'));
  const mine = h('section', { class: 'my-row', 'aria-live': 'polite' });

  ctx.main.append(
    h('div', { class: 'contest-head spread' },
      h('div', {},
        h('h1', {}, contest.title),
        h('div', { class: 'tags' },
          h('span', { class: 'tag format', title: formatName(contest) }, contest.format.toUpperCase()),
          contest.ioiMode ? h('span', { class: 'tag' }, contest.ioiMode) : null,
          contest.public ? null : h('span', { class: 'tag private' }, 'Private'))),
      h('div', { class: 'contest-clock' }, clock.el)),
    h('div', { class: 'card contest-facts' },
      h('dl', { class: 'facts' },
        fact('Starts', fmtDate(contest.startsAt)),
        fact('Ends', fmtDate(contest.endsAt)),
        fact('Duration', fmtDuration(contest.duration)),
        contest.freezesAt ? fact('Board freezes', fmtDate(contest.freezesAt)) : null,
        contest.penaltyMinutes != null ? fact('Penalty', `${contest.penaltyMinutes} min per rejected try`) : null),
      h('div', { class: 'row' },
        registration(contest, () => drawMine(contest, mine)),
        h('a', { href: `${base}/leaderboard`, 'data-link': true, class: 'button' }, 'Leaderboard'),
        session.admin ? link(`/admin/contests/${encodeURIComponent(slug)}`, 'Edit (admin)') : null)),
    mine,
    problems);

  drawProblems(contest, problems, base);
  await drawMine(contest, mine);
}

function formatName(contest) {
  return contest.format === 'ioi' ? 'IOI: scores per problem, the total ranks' : 'ICPC: problems solved, then penalty time';
}

function fact(name, value) {
  return h('div', {}, h('dt', {}, name), h('dd', {}, value));
}

function drawProblems(contest, section, base) {
  if (!contest.problems.length) {
    section.append(h('p', { class: 'muted' }, contest.phase === 'upcoming'
      ? 'The problems are shown when the contest starts.' : 'This contest has no problems.'));
    return;
  }
  const ioi = contest.format === 'ioi';
  section.append(h('div', { class: 'table-wrap' }, h('table', { class: 'contest-problems' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Label'), h('th', { scope: 'col' }, 'Problem'),
      ioi ? h('th', { scope: 'col', class: 'num' }, 'Points') : null)),
    h('tbody', {}, contest.problems.map((p) => h('tr', {},
      h('td', { class: 'label' }, link(`${base}/problems/${encodeURIComponent(p.label)}`, p.label)),
      h('td', {}, link(`${base}/problems/${encodeURIComponent(p.label)}`, p.name || p.problem)),
      ioi ? h('td', { class: 'num' }, p.points ?? '–') : null))))));
}

/** The participant's own row, compact: rank, solved/penalty or total, and a cell per problem. */
async function drawMine(contest, section) {
  if (!contest.registered || contest.phase === 'upcoming') return;
  try {
    const board = await api(`/api/contests/${encodeURIComponent(contest.id)}/leaderboard?around=me&radius=0`);
    if (!board.me) return;
    fill(section, h('div', { class: 'card' }, h('h2', {}, 'Your standing'),
      compactRow(board.me, contest.format, board.total)));
  } catch (e) {
    fill(section, errorBox(e));
  }
}
