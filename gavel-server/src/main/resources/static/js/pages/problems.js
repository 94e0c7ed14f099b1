// The problems: search by name, filter by tag and difficulty, a ✓ on those the signed-in user has solved, paged.
// The filters live in the address (?q=&tag=&difficulty=&page=), so a filtered list can be shared and reloaded.

import { api, session } from '../api.js';
import { errorBox, fill, h, link, loading, pager } from '../dom.js';

const LIMIT = 20;

export default async function render(ctx) {
  ctx.title('Problems');
  const q = ctx.query.get('q') || '';
  const tag = ctx.query.get('tag') || '';
  const difficulty = ctx.query.get('difficulty') || '';
  const page = Math.max(1, Number(ctx.query.get('page')) || 1);

  const params = new URLSearchParams({ page, limit: LIMIT });
  if (q) params.set('q', q);
  if (tag) params.set('tag', tag);
  if (difficulty) params.set('difficulty', difficulty);

  const results = h('div', { 'data-testid': 'problems' }, loading());
  const go = (changes) => {
    const next = new URLSearchParams({ q, tag, difficulty, page: 1, ...changes });
    for (const [key, value] of [...next]) if (!value || (key === 'page' && value === '1')) next.delete(key);
    const query = next.toString();
    ctx.navigate(`/problems${query ? `?${query}` : ''}`, { replace: true });
  };

  const search = h('input', { id: 'problem-search', type: 'search', name: 'q', value: q, placeholder: 'Name…' });
  const tagSelect = h('select', { id: 'problem-tag', name: 'tag' }, h('option', { value: '' }, 'Any tag'));
  const difficultySelect = h('select', { id: 'problem-difficulty', name: 'difficulty' },
    h('option', { value: '' }, 'Any difficulty'));
  const form = h('form', {
    class: 'filters', role: 'search',
    onsubmit: (e) => { e.preventDefault(); go({ q: search.value.trim(), tag: tagSelect.value, difficulty: difficultySelect.value }); },
  },
  h('div', {}, h('label', { for: 'problem-search' }, 'Search'), search),
  h('div', {}, h('label', { for: 'problem-tag' }, 'Tag'), tagSelect),
  h('div', {}, h('label', { for: 'problem-difficulty' }, 'Difficulty'), difficultySelect),
  h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Search'),
    q || tag || difficulty ? h('button', { type: 'button', onclick: () => go({ q: '', tag: '', difficulty: '' }) }, 'Clear') : null));
  tagSelect.addEventListener('change', () => form.requestSubmit());
  difficultySelect.addEventListener('change', () => form.requestSubmit());

  fill(ctx.main, h('h1', {}, 'Problems'), form, results);

  let list;
  try {
    list = await api(`/api/problems?${params}`);
  } catch (e) {
    fill(results, errorBox(e));
    return;
  }
  options(tagSelect, list.tags, tag);
  options(difficultySelect, list.difficulties, difficulty);
  if (!list.items.length) {
    fill(results, h('p', { class: 'notice' }, q || tag || difficulty ? 'No problem matches these filters.' : 'There are no problems yet.'));
    return;
  }
  const signedIn = Boolean(session.user);
  fill(results,
    h('p', { class: 'muted', 'aria-live': 'polite' }, `${list.total} problem${list.total === 1 ? '' : 's'}`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'problems' },
      h('thead', {}, h('tr', {},
        signedIn ? h('th', { class: 'solved' }, h('span', { class: 'sr-only' }, 'Solved')) : null,
        h('th', {}, 'Problem'), h('th', {}, 'Difficulty'), h('th', {}, 'Tags'))),
      h('tbody', {}, list.items.map((p) => h('tr', { 'data-slug': p.slug },
        signedIn ? h('td', { class: 'solved' }, p.solved
          ? h('span', { class: 'solved-mark', title: 'Solved', 'aria-label': 'Solved' }, '✓') : '') : null,
        h('td', {}, link(`/problems/${encodeURIComponent(p.slug)}`, p.name), ' ', h('span', { class: 'muted slug' }, p.slug)),
        h('td', {}, p.difficulty || '–'),
        h('td', {}, h('span', { class: 'tags' }, (p.tags || []).map((t) => h('button', {
          type: 'button', class: 'tag', title: `Only problems tagged ${t}`, onclick: () => go({ tag: t, q, difficulty }),
        }, t))))))))),
    list.total > LIMIT ? pager(page, LIMIT, list.total, (n) => go({ page: n })) : null);
}

function options(select, values = [], chosen) {
  for (const value of values) select.append(h('option', { value }, value));
  // a filter from the address that no problem has any more still shows as chosen
  if (chosen && !values.includes(chosen)) select.append(h('option', { value: chosen }, chosen));
  select.value = chosen;
}
