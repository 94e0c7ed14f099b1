// Create a contest (/admin/contests/new) or edit one (/admin/contests/:contest), and act on it: participants,
// rejudging, and unfreezing or revealing the board after the end.

import { api } from '../api.js';
import { errorBox, fill, h, link, loading } from '../dom.js';
import { adminOnly, adminTabs } from '../admin/common.js';
import { contestForm } from '../admin/contest-form.js';
import { contestActions } from '../admin/contest-actions.js';

export default async function render(ctx) {
  if (!adminOnly(ctx)) return;
  const slug = ctx.params.contest;
  ctx.title(slug ? `Admin · ${slug}` : 'Admin · new contest');
  const body = h('div', {}, loading());
  ctx.main.append(adminTabs(slug ? null : '/admin/contests/new'), body);
  let contest = null;
  let problems = [];
  try {
    [contest, problems] = await Promise.all([
      slug ? api(`/api/contests/${encodeURIComponent(slug)}`) : null,
      api('/api/problems?limit=100').then((r) => r.items.map((p) => p.slug)),
    ]);
  } catch (e) {
    fill(body, h('h1', {}, slug ? `Contest ${slug}` : 'New contest'), errorBox(e));
    return;
  }
  draw(ctx, body, contest, problems);
}

function draw(ctx, body, contest, problems) {
  const { form, read, showErrors } = contestForm(contest, problems);
  const said = h('div', { 'aria-live': 'polite', 'data-testid': 'contest-said' });
  const save = h('button', { type: 'submit', class: 'primary' }, contest ? 'Save changes' : 'Create contest');
  form.append(said, h('div', { class: 'actions' }, save));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    fill(said);
    showErrors([]);
    try {
      const saved = contest
        ? await api(`/api/admin/contests/${encodeURIComponent(contest.id)}`, { method: 'PUT', body: read() })
        : await api('/api/admin/contests', { method: 'POST', body: read() });
      ctx.navigate(`/admin/contests/${encodeURIComponent(saved.id)}?saved=${contest ? 'updated' : 'created'}`, { replace: !!contest });
    } catch (e) {
      fill(said, errorBox(e));
      showErrors(e.errors || []);
      said.querySelector('[role=alert]')?.setAttribute('tabindex', '-1');
      said.querySelector('[role=alert]')?.focus();
      save.disabled = false;
    }
  });
  const saved = ctx.query.get('saved');
  fill(body,
    h('div', { class: 'spread' }, h('h1', {}, contest ? `Edit “${contest.title}”` : 'New contest'),
      contest ? link(`/contests/${encodeURIComponent(contest.id)}/leaderboard`, 'Leaderboard') : null),
    saved ? h('p', { class: 'success', role: 'status' }, `The contest is ${saved}.`) : null,
    form,
    contest ? contestActions(contest) : null);
}
