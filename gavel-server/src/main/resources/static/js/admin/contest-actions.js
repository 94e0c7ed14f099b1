// What an administrator does with a contest once it exists: add participants, rejudge a problem, and after the
// end unfreeze the board at once or reveal it step by step.

import { api } from '../api.js';
import { errorBox, fill, h, link } from '../dom.js';

export function contestActions(contest) {
  const base = `/api/admin/contests/${encodeURIComponent(contest.id)}`;
  return h('div', { class: 'contest-actions' },
    participants(base),
    rejudge(base, contest),
    resolver(base, contest),
    h('p', {}, link(`/contests/${encodeURIComponent(contest.id)}/leaderboard`, 'Open the leaderboard'), ' · ',
      link(`/contests/${encodeURIComponent(contest.id)}`, 'Open the contest page')));
}

function participants(base) {
  const names = h('textarea', { id: 'participants', rows: 3, placeholder: 'alice bob carol', 'aria-describedby': 'participants-hint' });
  const said = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card admin-card', 'aria-label': 'Add participants' },
    h('h2', {}, 'Participants'),
    h('label', { for: 'participants' }, 'Usernames to add'),
    h('p', { class: 'hint', id: 'participants-hint' }, 'Separated by spaces, commas or new lines. A private contest is seen only by its participants.'),
    names, h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Add participants')), said);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const usernames = names.value.split(/[\s,]+/).filter(Boolean);
    try {
      const answer = await api(`${base}/participants`, { method: 'POST', body: { usernames } });
      fill(said, h('p', { class: 'success', role: 'status' }, answer.added.length
        ? `Added: ${answer.added.join(', ')}.` : 'Nobody new: they all take part already.'));
      names.value = '';
    } catch (e) {
      fill(said, errorBox(e));
    }
  });
  return form;
}

function rejudge(base, contest) {
  const label = h('select', { id: 'rejudge-label' }, contest.problems.map((p) => h('option', { value: p.label }, `${p.label} · ${p.name || p.problem}`)));
  const said = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card admin-card', 'aria-label': 'Rejudge a contest problem' },
    h('h2', {}, 'Rejudge'),
    h('label', { for: 'rejudge-label' }, 'Problem'),
    h('div', { class: 'row' }, label, h('button', { type: 'submit' }, 'Rejudge its submissions')), said);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!confirm(`Rejudge every submission to problem ${label.value} of this contest? The board may change.`)) return;
    try {
      const answer = await api(`${base}/problems/${encodeURIComponent(label.value)}/rejudge`, { method: 'POST' });
      fill(said, h('p', { class: 'notice', role: 'status' }, `${answer.queued} submission(s) queued for rejudging.`));
    } catch (e) {
      fill(said, errorBox(e));
    }
  });
  return form;
}

function resolver(base, contest) {
  const log = h('ol', { class: 'reveal-log', 'aria-live': 'polite' });
  const said = h('div', { 'aria-live': 'polite' });
  const over = contest.phase === 'ended' || new Date(contest.endsAt) <= new Date();
  const unfreeze = h('button', {
    type: 'button', class: 'danger',
    onclick: async () => {
      if (!confirm('Unfreeze the board now? Every hidden result is shown at once.')) return;
      try {
        await api(`${base}/unfreeze`, { method: 'POST' });
        fill(said, h('p', { class: 'success', role: 'status' }, 'The board is unfrozen: everyone sees the final results.'));
      } catch (e) {
        fill(said, errorBox(e));
      }
    },
  }, 'Unfreeze');
  const next = h('button', {
    type: 'button', class: 'primary',
    onclick: async () => {
      next.disabled = true;
      try {
        const step = await api(`${base}/reveal`, { method: 'POST' });
        if (step === null) {
          fill(said, h('p', { class: 'success', role: 'status' }, 'Done: every frozen result is revealed.'));
          return;
        }
        log.append(h('li', {}, revealText(step)));
        next.disabled = false;
      } catch (e) {
        fill(said, errorBox(e));
        next.disabled = false;
      }
    },
  }, 'Reveal next');
  return h('section', { class: 'card admin-card', 'aria-labelledby': 'resolver-h' },
    h('h2', { id: 'resolver-h' }, 'After the end'),
    h('p', { class: 'hint' }, over
      ? 'Unfreeze shows every result at once; Reveal next shows the frozen results one at a time, from the bottom of the board up.'
      : `These work once the contest is over (${new Date(contest.endsAt).toLocaleString()}).`),
    h('div', { class: 'row' }, next, unfreeze), said, log);
}

function revealText(step) {
  const cell = step.after?.cells?.find((c) => c.label === step.problem);
  const result = cell ? (cell.solved ? `solved${cell.minute != null ? ` at minute ${cell.minute}` : ''}` : `not solved (${cell.tries ?? 0} tries)`) : 'revealed';
  const moved = step.before && step.after && step.before.rank !== step.after.rank
    ? `, rank ${step.before.rank} → ${step.after.rank}` : step.after ? `, rank ${step.after.rank}` : '';
  return `${step.participant}: problem ${step.problem} ${result}${moved}`;
}
