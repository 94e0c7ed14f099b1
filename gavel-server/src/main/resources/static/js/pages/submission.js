// One submission: what it was (problem, language, when), its verdict with per-test results, compiler output and a
// failed sample's diff, and its source read-only. While it is being judged, the progress is pushed live.

import { api } from '../api.js';
import { copyButton, errorBox, fill, fmtDate, h, link } from '../dom.js';
import { codeEditor } from '../practice/editor.js';
import { runOnce } from '../practice/run.js';
import { drawSubmission, watchSubmission } from '../practice/verdict.js';

export default async function render(ctx) {
  if (!ctx.requireUser()) return;
  const id = ctx.params.id;
  if (!/^\d+$/.test(id)) {
    fill(ctx.main, h('h1', {}, 'Not found'), h('p', {}, `"${id}" is not a submission number.`));
    return;
  }
  ctx.title(`Submission #${id}`);
  const [view, source] = await Promise.all([api(`/api/submissions/${id}`), api(`/api/submissions/${id}/source`)]);
  // the problem's samples show what a failed sample expected (a contest's problem may not be open to practice yet)
  const problem = await api(`/api/problems/${encodeURIComponent(view.problem)}`).catch(() => null);

  const panel = h('div', { class: 'card verdict-card', 'aria-live': 'polite', 'data-testid': 'verdict' });
  const sourceHost = h('div', { class: 'editor-host read-only', 'data-testid': 'source' });
  fill(ctx.main,
    h('p', { class: 'crumbs' }, link('/submissions', '← My submissions')),
    h('h1', {}, `Submission #${view.id}`),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Problem'), h('dd', {}, link(`/problems/${encodeURIComponent(view.problem)}`, problem?.name || view.problem)),
      h('dt', {}, 'Language'), h('dd', {}, languageName(problem, view.language)),
      h('dt', {}, 'By'), h('dd', {}, view.user || '–'),
      h('dt', {}, 'Submitted'), h('dd', {}, fmtDate(view.createdAt)),
      view.judgedAt ? [h('dt', {}, 'Judged'), h('dd', {}, fmtDate(view.judgedAt))] : null),
    h('h2', {}, 'Verdict'), panel,
    h('div', { class: 'spread' }, h('h2', {}, 'Source'), copyButton(source, 'Copy source')),
    sourceHost);

  const judge0Id = problem?.languages.find((l) => l.id === view.language)?.judge0Id;
  const actualOutput = (name) => {
    const sample = problem?.samples.find((s) => s.name === name);
    if (!sample || !judge0Id) return Promise.resolve(null);
    return runOnce(judge0Id, source, sample.input, sample.output).then((a) => a.stdout ?? a.compile_output ?? '');
  };
  const show = (v) => drawSubmission(panel, v, { samples: problem?.samples || [], actualOutput });
  show(view);
  if (view.status !== 'done') {
    const stop = watchSubmission(view.id, show, (message) => panel.append(errorBox(new Error(message))));
    ctx.onLeave(stop);
  }

  sourceHost.style.setProperty('--lines', String(Math.max(3, source.split('\n').length)));
  const editor = codeEditor(sourceHost, { value: source, language: view.language, readOnly: true,
    label: `Source of submission ${view.id}` });
  ctx.onLeave(() => editor.dispose());
}

function languageName(problem, id) {
  return problem?.languages.find((l) => l.id === id)?.name || id;
}
