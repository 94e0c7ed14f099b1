// "Run on samples": each sample through the server's Judge0-compatible API (one execution per sample, answered when
// done), to see the program's own output next to the expected one before submitting. It compares output the way
// Judge0 does (trailing white space ignored); the problem's checker decides on submit.

import { api } from '../api.js';
import { fill, fmtTime, h } from '../dom.js';

/** Runs source on stdin; returns Judge0's answer (status, stdout, stderr, compile_output, time in s, memory in KiB). */
export async function runOnce(judge0Id, source, stdin, expected) {
  try {
    return await api('/judge0/submissions?base64_encoded=false&wait=true', {
      method: 'POST',
      body: { language_id: judge0Id, source_code: source, stdin, expected_output: expected ?? null },
    });
  } catch (e) {
    // Judge0 answers with its own error bodies, not problem details: say what it said
    if (e.problem && !e.problem.detail) {
      const said = Object.entries(e.problem).map(([k, v]) => `${k}: ${[].concat(v).join(', ')}`).join('; ');
      if (said) e.message = `the run was refused (${said})`;
    }
    throw e;
  }
}

/** Runs source on every sample and draws the outcome into el, sample by sample as the answers come in. */
export async function runOnSamples(el, { judge0Id, source, samples }) {
  const rows = samples.map((s) => {
    const row = h('section', { class: 'run-sample', 'aria-label': `Sample ${s.name}` },
      h('h4', {}, `Sample ${s.name} `, h('span', { class: 'badge pending' }, 'running…')));
    return { sample: s, row };
  });
  fill(el, h('p', { class: 'hint' },
    'Compared as Judge0 does (exact text, trailing white space ignored). On submit, the problem\'s own checker decides.'),
  rows.map((r) => r.row));
  for (const { sample, row } of rows) {
    try {
      const answer = await runOnce(judge0Id, source, sample.input, sample.output);
      drawRun(row, sample, answer);
    } catch (e) {
      fill(row, h('h4', {}, `Sample ${sample.name}`), h('p', { class: 'error', role: 'alert' }, e.message));
    }
  }
}

function drawRun(row, sample, answer) {
  const status = answer.status || {};
  const ok = status.id === 3;
  const label = ok ? 'matches' : (status.id === 4 ? 'differs' : status.description || 'failed');
  const badge = h('span', { class: `badge ${ok ? 'v-AC' : status.id === 4 ? 'v-WA' : 'v-RE'}`, title: status.description },
    label);
  const actual = answer.compile_output && status.id === 6 ? answer.compile_output : (answer.stdout ?? '');
  fill(row,
    h('h4', {}, `Sample ${sample.name} `, badge, h('span', { class: 'muted' }, ` ${status.description || ''}`),
      answer.time ? h('span', { class: 'muted' }, ` · ${fmtTime(Math.round(Number(answer.time) * 1000))}`) : null),
    h('div', { class: 'three' },
      h('div', {}, h('h5', {}, 'Input'), h('pre', {}, sample.input)),
      h('div', {}, h('h5', {}, 'Expected output'), h('pre', {}, sample.output)),
      h('div', {}, h('h5', {}, status.id === 6 ? 'Compiler output' : 'Your output'),
        h('pre', { class: ok ? '' : 'differs', 'data-testid': 'run-actual' }, actual || '(no output)'))),
    answer.stderr ? h('details', {}, h('summary', {}, 'Standard error'), h('pre', {}, answer.stderr)) : null);
}
