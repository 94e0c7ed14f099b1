// Log in and sign up: one form, two addresses.

import { api } from '../api.js';
import { signedIn } from '../app.js';
import { errorBox, h, link } from '../dom.js';

export default async function render(ctx) {
  const signup = ctx.path.startsWith('/signup');
  const next = ctx.query.get('next') || '/problems';
  ctx.title(signup ? 'Sign up' : 'Log in');
  const status = h('div', { 'aria-live': 'polite' });
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', {
    id: 'password', name: 'password', type: 'password', required: true,
    autocomplete: signup ? 'new-password' : 'current-password', minlength: signup ? '8' : null,
  });
  const button = h('button', { type: 'submit', class: 'primary' }, signup ? 'Create account' : 'Log in');
  const form = h('form', { class: 'card narrow', 'aria-label': signup ? 'Sign up' : 'Log in' },
    h('h1', {}, signup ? 'Create your account' : 'Log in to Gavel'),
    h('label', { for: 'username' }, 'Username'), username,
    h('label', { for: 'password' }, 'Password'), password,
    signup ? h('p', { class: 'hint' }, 'At least 8 characters.') : null,
    status, button,
    h('p', {}, signup ? 'Already have an account? ' : 'New here? ',
      link(`${signup ? '/login' : '/signup'}?next=${encodeURIComponent(next)}`, signup ? 'Log in' : 'Sign up')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    status.replaceChildren();
    try {
      const answer = await api(signup ? '/api/auth/signup' : '/api/auth/login', {
        method: 'POST', body: { username: username.value.trim(), password: password.value },
      });
      await signedIn(answer.token, next);
    } catch (e) {
      status.replaceChildren(errorBox(e));
      button.disabled = false;
    }
  });
  ctx.main.append(form);
  username.focus();
}
