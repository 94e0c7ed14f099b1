// A problem's verification on the admin problems page: start it, follow it until it is done, show each jury
// submission's expected and actual verdict.

import { api } from '../api.js';
import { errorBox, fill, fmtTime, h, verdictBadge } from '../dom.js';
import { table } from './common.js';

const POLL_MS = 1500;

/** Starts verifying the problem (or follows the run already going) and draws it into the element until done. */
export async function verify(slug, into, isGone) {
  fill(into, h('p', { class: 'muted', 'aria-busy': 'true' }, 'Starting the verification…'));
  try {
    await api(`/api/admin/problems/${encodeURIComponent(slug)}/verify`, { method: 'POST' });
  } catch (e) {
    if (e.status !== 409) { fill(into, errorBox(e)); return; }
  }
  for (;;) {
    let run;
    try {
      run = await api(`/api/admin/problems/${encodeURIComponent(slug)}/verify`);
    } catch (e) {
      fill(into, errorBox(e));
      return;
    }
    if (isGone()) return;
    draw(into, run);
    if (run.state !== 'running') return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function draw(into, run) {
  const done = run.rows.length;
  const headline = run.state === 'running'
    ? h('p', { class: 'notice', 'aria-busy': 'true' }, `Verifying… ${done}${run.total ? ` of ${run.total}` : ''} judged.`)
    : run.state === 'failed'
      ? h('p', { class: 'error', role: 'alert' }, `The verification failed: ${run.error}`)
      : run.passed
        ? h('p', { class: 'success', 'data-testid': 'verify-result' }, `Passed: every jury submission got what was expected (${done}).`)
        : h('p', { class: 'error', 'data-testid': 'verify-result' },
          `Failed: ${run.rows.filter((r) => r.status === 'mismatch').length} of ${done} did not get what was expected.`);
  fill(into, headline, done === 0 ? null : table('Jury submissions: expected and actual verdicts',
    ['Submission', 'Expected', 'Got', 'Time', 'Result'], run.rows.map((r) => h('tr', { class: `verify-${r.status}` },
      h('td', {}, h('code', {}, r.submission || '(package)'), r.note ? h('div', { class: 'hint' }, r.note) : null),
      h('td', {}, r.expected.length ? r.expected.map((v) => verdictBadge(v)) : '–'),
      h('td', {}, r.got ? verdictBadge(r.got) : '–'),
      h('td', { class: 'num' }, fmtTime(r.timeMs)),
      h('td', {}, h('span', { class: `verify-status ${r.status}` }, r.status === 'ok' ? 'as expected' : r.status)))),
    { numeric: [3] }));
}
