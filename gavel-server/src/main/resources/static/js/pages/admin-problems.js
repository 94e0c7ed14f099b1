// Admin problems: import a problem package (a zip), and per problem rejudge every submission or verify the
// package's jury submissions.

import { api } from '../api.js';
import { errorBox, fill, h, link, loading, pager } from '../dom.js';
import { adminOnly, adminTabs, table } from '../admin/common.js';
import { verify } from '../admin/verify.js';

export default async function render(ctx) {
  if (!adminOnly(ctx)) return;
  ctx.title('Admin · problems');
  let gone = false;
  ctx.onLeave(() => { gone = true; });
  const list = h('section', { 'aria-labelledby': 'problems-h' }, loading());
  const reload = () => drawList(list, () => gone);
  ctx.main.append(adminTabs('/admin/problems'), h('h1', {}, 'Problems'), importForm(reload), list);
  await reload();
}

function importForm(reload) {
  const file = h('input', { id: 'package-file', type: 'file', accept: '.zip,application/zip', required: true });
  const result = h('div', { 'aria-live': 'polite', 'data-testid': 'import-result' });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Import');
  const drop = h('div', { class: 'drop-zone' },
    h('label', { for: 'package-file' }, 'Problem package (.zip)'),
    h('p', { class: 'hint', id: 'package-hint' },
      'A Kattis problem package zipped: problem.yaml, data/, submissions/ … The problem\'s slug is the file\'s name; ',
      'importing the same name again replaces the problem. Or drop the zip here.'),
    file);
  file.setAttribute('aria-describedby', 'package-hint');
  const form = h('form', { class: 'card admin-card', 'aria-label': 'Import a problem package' },
    h('h2', {}, 'Import a package'), drop, h('div', { class: 'actions' }, button), result);

  const send = async (zip) => {
    button.disabled = true;
    fill(result, h('p', { class: 'muted', 'aria-busy': 'true' }, `Importing ${zip.name}…`));
    try {
      const page = await api(`/api/admin/problems?filename=${encodeURIComponent(zip.name)}`, {
        method: 'POST', body: zip, headers: { 'Content-Type': 'application/zip' },
      });
      fill(result, h('div', { class: 'success', role: 'status' },
        h('strong', {}, `Imported “${page.name}”`), ' as ',
        link(`/problems/${encodeURIComponent(page.slug)}`, `/problems/${page.slug}`), '.'));
      await reload();
    } catch (e) {
      fill(result, errorBox(e));
    } finally {
      button.disabled = false;
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (file.files.length) send(file.files[0]);
  });
  drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('dragging'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('dragging');
    const zip = event.dataTransfer.files[0];
    if (zip) send(zip);
  });
  return form;
}

const PAGE_SIZE = 50;

async function drawList(into, isGone, page = 1) {
  let answer;
  try {
    answer = await api(`/api/problems?page=${page}&limit=${PAGE_SIZE}`);
  } catch (e) {
    fill(into, errorBox(e));
    return;
  }
  const problems = answer.items;
  fill(into, h('h2', { id: 'problems-h' }, 'All problems'),
    h('p', { class: 'hint' }, 'Verify judges the package\'s jury submissions (submissions/accepted, wrong_answer …) '
      + 'and compares each verdict with the expected one; the latest result is kept until the server restarts.'),
    problems.length === 0 ? h('p', { class: 'muted' }, 'No problems yet: import one above.')
      : table('Problems', ['Problem', 'Actions'], problems.map((p) => problemRow(p, isGone))),
    answer.total > PAGE_SIZE ? pager(page, PAGE_SIZE, answer.total, (n) => drawList(into, isGone, n)) : null);
}

function problemRow(p, isGone) {
  const said = h('div', { 'aria-live': 'polite', class: 'admin-said' });
  const rejudge = h('button', {
    type: 'button', class: 'small', 'aria-label': `Rejudge ${p.slug}`,
    onclick: async () => {
      if (!confirm(`Rejudge every submission to ${p.slug}? Verdicts may change, contest boards too.`)) return;
      rejudge.disabled = true;
      try {
        const answer = await api(`/api/admin/problems/${encodeURIComponent(p.slug)}/rejudge`, { method: 'POST' });
        fill(said, h('p', { class: 'notice', role: 'status' }, `${answer.queued} submission(s) queued for rejudging.`));
      } catch (e) {
        fill(said, errorBox(e));
      } finally {
        rejudge.disabled = false;
      }
    },
  }, 'Rejudge');
  const check = h('button', {
    type: 'button', class: 'small', 'aria-label': `Verify ${p.slug}`,
    onclick: async () => {
      check.disabled = true;
      try {
        await verify(p.slug, said, isGone);
      } finally {
        check.disabled = false;
      }
    },
  }, 'Verify');
  // what the actions say goes in a full-width row under the problem's
  return [h('tr', { 'data-problem': p.slug },
    h('td', {}, link(`/problems/${encodeURIComponent(p.slug)}`, p.name), h('div', { class: 'hint' }, p.slug)),
    h('td', {}, h('div', { class: 'row' }, rejudge, check))),
  h('tr', { class: 'admin-detail', 'data-detail': p.slug }, h('td', { colspan: '2' }, said))];
}
