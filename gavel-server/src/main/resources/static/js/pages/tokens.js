// API tokens: the signed-in user's bearer tokens for scripts and tools. A new token's secret is shown once, here;
// the list never shows secrets again.

import { api } from '../api.js';
import { copyButton, errorBox, fill, fmtDate, h, loading } from '../dom.js';
import { table } from '../admin/common.js';

export default async function render(ctx) {
  if (!ctx.requireUser()) return;
  ctx.title('API tokens');
  const created = h('div', { 'aria-live': 'polite' });
  const list = h('section', { 'aria-labelledby': 'tokens-h' }, loading());
  const label = h('input', { id: 'token-label', name: 'label', required: true, maxlength: '100', placeholder: 'e.g. laptop script' });
  const status = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Create token');
  const form = h('form', { class: 'card admin-card', 'aria-label': 'Create a token' },
    h('h2', {}, 'New token'),
    h('label', { for: 'token-label' }, 'Label'),
    h('p', { class: 'hint', id: 'token-label-hint' }, 'What it is for, so you know which one to revoke later.'),
    h('div', { class: 'row tokens-new' }, label, button), status);
  label.setAttribute('aria-describedby', 'token-label-hint');

  const reload = async () => {
    try {
      drawList(list, (await api('/api/users/me/tokens')).items, reload, created);
    } catch (e) {
      fill(list, errorBox(e));
    }
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    status.replaceChildren();
    try {
      const token = await api('/api/users/me/tokens', { method: 'POST', body: { label: label.value } });
      label.value = '';
      fill(created, secretBox(token));
      await reload();
    } catch (e) {
      status.replaceChildren(errorBox(e));
    } finally {
      button.disabled = false;
    }
  });

  ctx.main.append(h('h1', {}, 'API tokens'),
    h('p', { class: 'muted' }, 'A token lets a script act as you: send it as ',
      h('code', {}, 'Authorization: Bearer <token>'), '. Revoke a token you no longer use.'),
    created, form, list);
  await reload();
}

function secretBox(token) {
  const secret = h('code', { class: 'token-secret', 'data-testid': 'new-token' }, token.token);
  return h('div', { class: 'success', role: 'status' },
    h('p', {}, h('strong', {}, `Token “${token.label}” created.`), ' Copy it now: it is not shown again.'),
    h('div', { class: 'row' }, secret, copyButton(token.token, 'Copy token')));
}

function drawList(into, tokens, reload, created) {
  fill(into, h('h2', { id: 'tokens-h' }, 'Your tokens'),
    tokens.length === 0 ? h('p', { class: 'muted' }, 'You have no tokens.')
      : table('Your API tokens', ['Label', 'Created', 'Last used', ''], tokens.map((t) => h('tr', { 'data-token': t.id },
        h('td', {}, t.label || '(no label)', t.current ? h('span', { class: 'tag tokens-current' }, 'this browser') : null),
        h('td', {}, fmtDate(t.createdAt)),
        h('td', { class: t.lastUsedAt ? null : 'muted' }, t.lastUsedAt ? fmtDate(t.lastUsedAt) : 'never'),
        h('td', {}, revokeButton(t, reload, created))))));
}

function revokeButton(token, reload, created) {
  const name = token.label || token.id;
  return h('button', {
    type: 'button', class: 'small danger', 'aria-label': `Revoke token ${name}`,
    onclick: async (event) => {
      const warning = token.current ? ' This is the token this browser is signed in with: you will be logged out.' : '';
      if (!confirm(`Revoke the token “${name}”? Scripts using it stop working.${warning}`)) return;
      event.target.disabled = true;
      try {
        await api(`/api/users/me/tokens/${encodeURIComponent(token.id)}`, { method: 'DELETE' });
        if (token.current) { location.assign('/login'); return; }
        fill(created, h('p', { class: 'notice', role: 'status' }, `Token “${name}” revoked.`));
        await reload();
      } catch (e) {
        fill(created, errorBox(e));
        event.target.disabled = false;
      }
    },
  }, 'Revoke');
}
