// A problem: its statement, limits and samples, an editor with the problem's languages, Submit with the verdict pushed
// live, and Run on samples. Serves /problems/:slug (practice) and /contests/:contest/problems/:label (a contest's).

import { api, session } from '../api.js';
import { copyButton, errorBox, fill, fmtMemory, fmtTime, h, link } from '../dom.js';
import { codeEditor } from '../practice/editor.js';
import { lastLanguage, loadDraft, rememberLanguage, saveDraft } from '../practice/drafts.js';
import { runOnce, runOnSamples } from '../practice/run.js';
import { renderStatement } from '../practice/statement.js';
import { drawSubmission, watchSubmission } from '../practice/verdict.js';

export default async function render(ctx) {
  const { contest, label, slug } = ctx.params;
  const base = contest ? `/api/contests/${encodeURIComponent(contest)}/problems/${encodeURIComponent(label)}`
    : `/api/problems/${encodeURIComponent(slug)}`;
  const scope = contest ? `contest:${contest}/${label}` : slug;
  const page = await api(base);
  ctx.title(contest ? `${label}. ${page.name}` : page.name);

  const statement = h('div', { class: 'statement', 'data-testid': 'statement' });
  const liveRegion = h('div', { class: 'verdict-panel', 'aria-live': 'polite', 'data-testid': 'verdict' });
  const runPanel = h('div', { class: 'run-panel', 'aria-live': 'polite', 'data-testid': 'run' });
  const editorHost = h('div', { class: 'editor-host' });

  fill(ctx.main, h('div', { class: 'problem-page' },
    h('div', { class: 'problem-text' },
      contest ? h('p', { class: 'crumbs' }, link(`/contests/${encodeURIComponent(contest)}`, `← Back to the contest`)) : null,
      h('h1', {}, contest ? `${label}. ${page.name}` : page.name),
      limits(page),
      h('button', { type: 'button', class: 'small to-editor', onclick: () => editorHost.scrollIntoView({ block: 'start' }) },
        'Go to the editor ↓'),
      h('article', { class: 'card' }, statement),
      samplesSection(page)),
    h('div', { class: 'problem-work' },
      h('section', { class: 'card editor-card', 'aria-label': 'Your solution' }, ...workArea(ctx, page, editorHost)),
      liveRegion, runPanel)));

  renderStatement(statement, page, `${base}/statement.pdf`).catch((e) => fill(statement, errorBox(e), h('pre', {}, page.statement)));
  setUpEditor(ctx, { page, base, scope, editorHost, liveRegion, runPanel });
}

function limits(page) {
  return h('p', { class: 'limits' },
    h('span', {}, h('strong', {}, 'Time limit: '), fmtTime(page.timeLimitMs)),
    h('span', {}, h('strong', {}, 'Memory limit: '), fmtMemory(page.memoryLimitMib * 1024)),
    page.difficulty ? h('span', {}, h('strong', {}, 'Difficulty: '), page.difficulty) : null,
    page.tags?.length ? h('span', { class: 'tags' }, page.tags.map((t) => h('span', { class: 'tag' }, t))) : null,
    page.scoring ? h('span', { class: 'tag' }, 'scored by subtasks') : null,
    page.interactive ? h('span', { class: 'tag' }, 'interactive') : null);
}

function samplesSection(page) {
  if (!page.samples?.length) return null;
  return h('section', { class: 'samples', 'aria-label': 'Samples' }, h('h2', {}, 'Samples'),
    page.samples.map((s) => h('div', { class: 'card sample' },
      h('h3', {}, s.name),
      s.interaction !== null && s.interaction !== undefined
        ? h('div', {}, h('h4', {}, 'Interaction'), h('pre', {}, s.interaction))
        : h('div', { class: 'split' }, sampleText('Input', s.input, s.name), sampleText('Output', s.output, s.name)))));
}

function sampleText(title, text, name) {
  const copy = copyButton(text, 'Copy');
  copy.setAttribute('aria-label', `Copy the ${title.toLowerCase()} of ${name}`);
  return h('div', {}, h('div', { class: 'spread' }, h('h4', {}, title), text ? copy : null),
    text ? h('pre', {}, text) : h('p', { class: 'muted' }, '(empty)'));
}

// the controls above the editor; the editor itself is set up once they are in the page
function workArea(ctx, page, editorHost) {
  const choose = h('select', { id: 'language', name: 'language' },
    page.languages.map((l) => h('option', { value: l.id }, l.name)));
  const submit = session.user
    ? h('button', { type: 'button', class: 'primary', id: 'submit' }, 'Submit')
    : h('p', { class: 'notice' }, link(`/login?next=${encodeURIComponent(ctx.path)}`, 'Log in'), ' or ',
      link('/signup', 'sign up'), ' to submit.');
  const run = page.interactive ? null : h('button', { type: 'button', id: 'run-samples' }, 'Run on samples');
  return [
    h('div', { class: 'spread' }, h('h2', {}, 'Your solution'),
      h('div', { class: 'row' }, h('label', { for: 'language' }, 'Language'), choose)),
    editorHost,
    h('p', { class: 'hint', id: 'editor-keys' },
      'Ctrl+Enter submits. In the editor Tab indents; press Ctrl+M to make Tab move the focus instead (again to switch back).'),
    h('div', { class: 'actions row' }, submit, run),
  ];
}

function setUpEditor(ctx, { page, base, scope, editorHost, liveRegion, runPanel }) {
  const choose = ctx.main.querySelector('#language');
  const offered = page.languages.map((l) => l.id);
  let language = [lastLanguage(), 'python3', offered[0]].find((id) => offered.includes(id));
  choose.value = language;
  const stub = (id) => page.stubs?.[id] || '';
  const start = (id) => loadDraft(scope, id) ?? stub(id);

  const submitButton = ctx.main.querySelector('#submit');
  const editor = codeEditor(editorHost, {
    value: start(language), language, label: `Source code in ${choose.selectedOptions[0]?.textContent}`,
    onChange: (text) => saveDraft(scope, language, text, stub(language)),
    onSubmit: () => submitButton?.click(),
  });
  ctx.onLeave(() => editor.dispose());

  choose.addEventListener('change', () => {
    saveDraft(scope, language, editor.value(), stub(language));
    language = choose.value;
    rememberLanguage(language);
    editor.setValue(start(language), language);
  });

  let stopWatching = () => {};
  ctx.onLeave(() => stopWatching());
  const judge0Id = () => page.languages.find((l) => l.id === language)?.judge0Id;

  submitButton?.addEventListener('click', async () => {
    const source = editor.value();
    const submittedLanguage = language;
    submitButton.disabled = true;
    stopWatching();
    fill(liveRegion, h('p', { class: 'muted' }, 'Sending…'));
    try {
      const accepted = await api(`${base}/submissions`, { method: 'POST', body: { language, source } });
      const seen = [];
      const header = h('p', { class: 'muted' }, `Submission #${accepted.id} · `,
        link(`/submissions/${accepted.id}`, 'details'));
      const body = h('div', { class: 'card verdict-card' });
      fill(liveRegion, header, body);
      liveRegion.scrollIntoView({ block: 'nearest' });
      const rerun = (name) => {
        const sample = page.samples.find((s) => s.name === name);
        const id = page.languages.find((l) => l.id === submittedLanguage)?.judge0Id;
        if (!sample || !id) return Promise.resolve(null);
        return runOnce(id, source, sample.input, sample.output).then((a) => a.stdout ?? a.compile_output ?? '');
      };
      const show = (view) => {
        if (!seen.includes(view.status)) seen.push(view.status);
        liveRegion.dataset.seen = seen.join(' ');
        drawSubmission(body, view, { samples: page.samples, actualOutput: rerun });
        if (view.status === 'done') {
          submitButton.disabled = false;
          body.scrollIntoView({ block: 'nearest' });
        }
      };
      show({ ...accepted, status: accepted.status || 'queued' });
      stopWatching = watchSubmission(accepted.id, show, (message) => {
        body.append(h('p', { class: 'error', role: 'alert' }, message));
        submitButton.disabled = false;
      });
    } catch (e) {
      submitButton.disabled = false;
      fill(liveRegion, submitError(e, ctx));
    }
  });

  ctx.main.querySelector('#run-samples')?.addEventListener('click', async (event) => {
    const button = event.currentTarget;
    button.disabled = true;
    try {
      await runOnSamples(runPanel, { judge0Id: judge0Id(), source: editor.value(), samples: page.samples });
    } finally {
      button.disabled = false;
    }
  });
}

function submitError(e, ctx) {
  if (e.status === 401) {
    return h('p', { class: 'error', role: 'alert' }, 'Your session has ended. ',
      link(`/login?next=${encodeURIComponent(ctx.path)}`, 'Log in again'), ' to submit; your code is kept.');
  }
  const box = errorBox(e);
  if (e.status === 429) box.prepend(h('strong', {}, 'Too many submissions. '));
  if (e.status === 409) box.prepend(h('strong', {}, 'Not accepted now. '));
  return box;
}
