// A submission's judging as it happens and its result: the status line (queued → compiling → running test k of n →
// verdict), the per-test table, the compiler's output and, for a failed sample, input / expected / actual side by side.

import { events } from '../api.js';
import { fill, fmtMemory, fmtTime, h, verdictBadge } from '../dom.js';

/** What is happening to the submission, in words. */
export function statusText(view) {
  switch (view.status) {
    case 'queued': return 'Queued: waiting for a free judge…';
    case 'compiling': return 'Compiling…';
    case 'running': return view.test ? `Running test ${view.test} of ${view.tests}…` : 'Running…';
    case 'done': return view.verdictTitle || view.verdict;
    default: return view.status;
  }
}

/**
 * Follows a submission pushed by the server (SSE): onView(view) for each state, the last one done. Returns a function
 * that stops watching. onError(message) when the stream breaks before the verdict (the browser would retry forever).
 */
export function watchSubmission(id, onView, onError) {
  const source = events(`/api/submissions/${id}/events`);
  let done = false;
  const take = (e) => {
    const view = JSON.parse(e.data);
    if (view.status === 'done') { done = true; source.close(); }
    onView(view);
  };
  source.addEventListener('progress', take);
  source.addEventListener('verdict', take);
  source.onerror = () => {
    if (done) return;
    if (source.readyState === EventSource.CLOSED) onError?.('the live connection to the server was lost; reload the page to see the verdict');
  };
  return () => source.close();
}

/**
 * Draws a submission into el. options.samples: the problem's samples (to show a failed sample's input and expected
 * output); options.actualOutput(sampleName) → Promise<string|null>: the program's output on that sample.
 */
export function drawSubmission(el, view, { samples = [], actualOutput } = {}) {
  const done = view.status === 'done';
  const head = h('div', { class: 'verdict-head' },
    done ? verdictBadge(view.verdict, view.verdictTitle) : h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    h('strong', { 'data-testid': 'status' }, statusText(view)),
    done && view.score !== null && view.score !== undefined ? h('span', { class: 'muted' }, `score ${view.score}`) : null,
    done ? h('span', { class: 'muted' }, `${fmtTime(view.timeMs)} · ${fmtMemory(view.memoryKib)}`) : null);
  if (view.status === 'running' && view.tests) {
    head.append(h('progress', { max: view.tests, value: Math.max(0, view.test - 1), 'aria-hidden': 'true' }));
  }
  const parts = [head];
  if (done && view.reason && view.verdict !== 'AC') parts.push(h('p', { class: 'reason' }, view.reason));
  if (done && view.compileOutput) {
    parts.push(h('details', { open: view.verdict === 'CE' },
      h('summary', {}, 'Compiler output'), h('pre', { class: 'compile-output' }, view.compileOutput)));
  }
  const failed = done ? (view.results || []).find((t) => t.sample && t.verdict !== 'AC') : null;
  if (failed) parts.push(sampleDiff(failed, samples, actualOutput, view.reason));
  if (done && view.subtasks?.length) parts.push(subtaskTable(view.subtasks));
  if (done && view.results?.length) parts.push(resultsTable(view.results));
  fill(el, parts);
}

function sampleDiff(test, samples, actualOutput, reason) {
  const sample = samples.find((s) => s.name === test.name);
  // the judge keeps the start of a wrong answer's output; only older results (and crashes) lack it
  const kept = typeof test.output === 'string';
  const rerun = !kept && actualOutput;
  const actual = h('pre', { 'data-testid': 'actual-output' },
    kept ? (test.output === '' ? '(no output)' : test.output) : rerun ? 'Running your program on this sample…' : '–');
  if (rerun) {
    actualOutput(test.name).then((text) => { actual.textContent = text ?? '(no output)'; },
      (e) => { actual.textContent = `(could not run it again: ${e.message})`; });
  }
  return h('section', { class: 'sample-diff', 'aria-label': `Failed sample ${test.name}` },
    h('h3', {}, `Failed on ${test.name} `, verdictBadge(test.verdict)),
    test.message && !(reason || '').includes(test.message) ? h('p', {}, h('strong', {}, 'Checker: '), test.message) : null,
    h('div', { class: 'three' },
      column('Input', shown(sample?.input)),
      column('Expected output', shown(sample?.output, 'expected-output')),
      column('Your output', actual)),
    rerun ? h('p', { class: 'hint' }, 'Your output is from running your program on this sample again.') : null,
    kept && test.output.length >= 4096 ? h('p', { class: 'hint' }, 'Only the first 4 KiB of your output is kept.') : null);
}

function shown(text, testid) {
  if (text === undefined || text === null) return h('p', { class: 'muted' }, '(not available)');
  return text === '' ? h('p', { class: 'muted' }, '(empty)') : h('pre', { 'data-testid': testid }, text);
}

function column(title, body) {
  return h('div', {}, h('h4', {}, title), body);
}

function resultsTable(results) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'results' },
    h('caption', { class: 'muted' }, 'Tests (hidden tests show only verdict, time and memory)'),
    h('thead', {}, h('tr', {}, h('th', { class: 'num' }, '#'), h('th', {}, 'Test'), h('th', {}, 'Verdict'),
      h('th', { class: 'num' }, 'Time'), h('th', { class: 'num' }, 'Memory'))),
    h('tbody', {}, results.map((t) => h('tr', {},
      h('td', { class: 'num' }, t.index), h('td', {}, t.sample ? t.name : 'hidden'), h('td', {}, verdictBadge(t.verdict)),
      h('td', { class: 'num' }, fmtTime(t.timeMs)), h('td', { class: 'num' }, fmtMemory(t.memoryKib)))))));
}

function subtaskTable(subtasks) {
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, h('th', {}, 'Subtask'), h('th', { class: 'num' }, 'Score'))),
    h('tbody', {}, subtasks.map((s) => h('tr', {}, h('td', {}, s.name), h('td', { class: 'num' }, s.score))))));
}
