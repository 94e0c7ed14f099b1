// My submissions: newest first, filtered by problem, verdict and language (in the address, so a reload keeps them),
// a page at a time. Each row opens the submission.

import { api } from '../api.js';
import { errorBox, fill, fmtDate, fmtMemory, fmtTime, h, link, loading, pager, verdictBadge } from '../dom.js';
import { statusText } from '../practice/verdict.js';

const LIMIT = 20;
const VERDICTS = ['AC', 'WA', 'TLE', 'MLE', 'OLE', 'RE', 'CE', 'SE'];
const NAMES = { AC: 'Accepted', WA: 'Wrong answer', TLE: 'Time limit exceeded', MLE: 'Memory limit exceeded',
  OLE: 'Output limit exceeded', RE: 'Run-time error', CE: 'Compile error', SE: 'System error' };

export default async function render(ctx) {
  if (!ctx.requireUser()) return;
  ctx.title('My submissions');
  const problem = ctx.query.get('problem') || '';
  const verdict = ctx.query.get('verdict') || '';
  const language = ctx.query.get('language') || '';
  const page = Math.max(1, Number(ctx.query.get('page')) || 1);

  const go = (changes) => {
    const next = new URLSearchParams({ problem, verdict, language, page: 1, ...changes });
    for (const [key, value] of [...next]) if (!value || (key === 'page' && value === '1')) next.delete(key);
    const query = next.toString();
    ctx.navigate(`/submissions${query ? `?${query}` : ''}`, { replace: true });
  };

  const problemSelect = h('select', { id: 'filter-problem', name: 'problem' }, h('option', { value: '' }, 'Any problem'));
  const verdictSelect = h('select', { id: 'filter-verdict', name: 'verdict' }, h('option', { value: '' }, 'Any verdict'),
    VERDICTS.map((v) => h('option', { value: v }, `${v} – ${NAMES[v]}`)));
  const languageInput = h('input', { id: 'filter-language', name: 'language', value: language, placeholder: 'e.g. python3',
    list: 'language-ids', autocomplete: 'off' });
  const languageIds = h('datalist', { id: 'language-ids' });
  verdictSelect.value = verdict;
  const form = h('form', {
    class: 'filters', role: 'search', 'aria-label': 'Filter submissions',
    onsubmit: (e) => {
      e.preventDefault();
      go({ problem: problemSelect.value, verdict: verdictSelect.value, language: languageInput.value.trim() });
    },
  },
  h('div', {}, h('label', { for: 'filter-problem' }, 'Problem'), problemSelect),
  h('div', {}, h('label', { for: 'filter-verdict' }, 'Verdict'), verdictSelect),
  h('div', {}, h('label', { for: 'filter-language' }, 'Language'), languageInput, languageIds),
  h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Filter'),
    problem || verdict || language
      ? h('button', { type: 'button', onclick: () => go({ problem: '', verdict: '', language: '' }) }, 'Clear') : null));
  problemSelect.addEventListener('change', () => form.requestSubmit());
  verdictSelect.addEventListener('change', () => form.requestSubmit());

  const results = h('div', { 'data-testid': 'submissions' }, loading());
  fill(ctx.main, h('h1', {}, 'My submissions'), form, results);

  api('/api/problems?limit=100').then((list) => {
    for (const p of list.items) problemSelect.append(h('option', { value: p.slug }, p.name));
    if (problem && !list.items.some((p) => p.slug === problem)) problemSelect.append(h('option', { value: problem }, problem));
    problemSelect.value = problem;
  }, (e) => console.warn('problems', e));

  const params = new URLSearchParams({ page, limit: LIMIT });
  if (problem) params.set('problem', problem);
  if (verdict) params.set('verdict', verdict);
  if (language) params.set('language', language);
  let items;
  try {
    items = await api(`/api/users/me/submissions?${params}`);
  } catch (e) {
    fill(results, errorBox(e));
    return;
  }
  for (const id of new Set(items.map((s) => s.language))) languageIds.append(h('option', { value: id }));
  if (!items.length) {
    fill(results, h('p', { class: 'notice' }, page > 1 ? 'No more submissions.'
      : problem || verdict || language ? 'No submission matches these filters.' : 'You have not submitted anything yet. ',
    page === 1 && !(problem || verdict || language) ? link('/problems', 'Pick a problem') : null),
    page > 1 ? pager(page, LIMIT, page * LIMIT, (n) => go({ page: n })) : null);
    return;
  }
  // the history has no total: a full page means there may be another
  const total = items.length === LIMIT ? page * LIMIT + 1 : (page - 1) * LIMIT + items.length;
  fill(results,
    h('div', { class: 'table-wrap' }, h('table', { class: 'history' },
      h('thead', {}, h('tr', {}, h('th', { class: 'num' }, '#'), h('th', {}, 'Problem'), h('th', {}, 'Language'),
        h('th', {}, 'Verdict'), h('th', { class: 'num' }, 'Time'), h('th', { class: 'num' }, 'Memory'), h('th', {}, 'Submitted'))),
      h('tbody', {}, items.map((s) => h('tr', { 'data-id': s.id },
        h('td', { class: 'num' }, link(`/submissions/${s.id}`, `#${s.id}`)),
        h('td', {}, link(`/problems/${encodeURIComponent(s.problem)}`, s.problem)),
        h('td', {}, s.language),
        h('td', {}, s.status === 'done' ? verdictBadge(s.verdict, s.verdictTitle) : h('span', { class: 'badge pending' }, statusText(s))),
        h('td', { class: 'num' }, fmtTime(s.timeMs)),
        h('td', { class: 'num' }, fmtMemory(s.memoryKib)),
        h('td', {}, fmtDate(s.createdAt))))))),
    total > LIMIT ? pager(page, LIMIT, total, (n) => go({ page: n })) : null);
}
