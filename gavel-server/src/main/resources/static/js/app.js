// The web UI's shell: the routes, the navigation bar and who is signed in. Every screen is a module in pages/
// whose default export draws it: render(ctx) with ctx = {main, params, query, navigate, title, onLeave, requireUser}.

import { api, loadUser, session } from './api.js';
import { errorBox, fill, h, link, loading } from './dom.js';

const page = (name) => () => import(`./pages/${name}.js`);

const ROUTES = [
  ['/', page('problems')],
  ['/problems', page('problems')],
  ['/problems/:slug', page('problem')],
  ['/submissions', page('submissions')],
  ['/submissions/:id', page('submission')],
  ['/contests', page('contests')],
  ['/contests/:contest', page('contest')],
  ['/contests/:contest/leaderboard', page('leaderboard')],
  ['/contests/:contest/problems/:label', page('problem')],
  ['/admin', page('admin')],
  ['/admin/problems', page('admin-problems')],
  ['/admin/contests/new', page('admin-contest')],
  ['/admin/contests/:contest', page('admin-contest')],
  ['/login', page('auth')],
  ['/signup', page('auth')],
  ['/tokens', page('tokens')],
].map(([pattern, load]) => ({ pattern, load, regex: toRegex(pattern) }));

function toRegex(pattern) {
  const names = [];
  const source = pattern.replace(/:([a-z]+)/g, (_, name) => { names.push(name); return '([^/]+)'; });
  return { re: new RegExp(`^${source}/?$`), names };
}

function match(path) {
  for (const route of ROUTES) {
    const m = route.regex.re.exec(path);
    if (m) {
      const params = {};
      route.regex.names.forEach((name, i) => { params[name] = decodeURIComponent(m[i + 1]); });
      return { route, params };
    }
  }
  return null;
}

let leaving = [];

function leave() {
  for (const fn of leaving) {
    try { fn(); } catch (e) { console.error(e); }
  }
  leaving = [];
}

export function navigate(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path); else history.pushState(null, '', path);
  show();
}

async function show() {
  leave();
  const main = document.getElementById('main');
  const view = h('div', { class: 'view' }, loading());
  main.replaceChildren(view);
  renderNav();
  const found = match(location.pathname);
  if (!found) {
    document.title = 'Not found · Gavel';
    fill(view, h('h1', {}, 'Not found'), h('p', {}, 'There is no page at this address. '), link('/problems', 'See the problems'));
    return;
  }
  const ctx = {
    main: view,
    params: found.params,
    query: new URLSearchParams(location.search),
    path: location.pathname,
    navigate,
    title: (text) => { document.title = text ? `${text} · Gavel` : 'Gavel'; },
    onLeave: (fn) => leaving.push(fn),
    /** The signed-in user; else sends the visitor to the login page and returns null. */
    requireUser: () => {
      if (session.user) return session.user;
      navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
      return null;
    },
    refreshNav: renderNav,
  };
  try {
    const module = await found.route.load();
    fill(view);
    await module.default(ctx);
  } catch (e) {
    console.error(e);
    if (view.isConnected) fill(view, h('h1', {}, 'Something went wrong'), errorBox(e));
  }
  if (view.isConnected && !location.hash) document.getElementById('main').focus({ preventScroll: true });
}

function renderNav() {
  const here = location.pathname;
  const item = (href, text, prefix = href) =>
    h('li', {}, h('a', { href, 'data-link': true, 'aria-current': here.startsWith(prefix) ? 'page' : null }, text));
  fill(document.getElementById('nav'),
    item('/problems', 'Problems'),
    item('/contests', 'Contests'),
    session.user ? item('/submissions', 'My submissions') : null,
    session.admin ? item('/admin', 'Admin') : null);
  const account = document.getElementById('account');
  if (session.user) {
    fill(account,
      h('span', { class: 'who', 'data-testid': 'username' }, session.user.username),
      link('/tokens', 'API tokens'),
      h('button', { type: 'button', class: 'link', onclick: logout }, 'Log out'));
  } else {
    fill(account, link(`/login`, 'Log in'), h('a', { href: '/signup', 'data-link': true, class: 'button' }, 'Sign up'));
  }
}

async function logout() {
  try {
    await api('/api/auth/logout', { method: 'POST' });
  } catch (e) {
    console.warn('logout', e);
  }
  session.token = null;
  session.user = null;
  navigate('/problems');
}

/** Called by the login and sign-up page once a token is issued. */
export async function signedIn(token, next) {
  session.token = token;
  await loadUser();
  navigate(next || '/problems', { replace: true });
}

document.addEventListener('click', (event) => {
  const a = event.target.closest('a[data-link]');
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  if (a.origin !== location.origin) return;
  event.preventDefault();
  if (a.pathname + a.search !== location.pathname + location.search) navigate(a.pathname + a.search);
});

window.addEventListener('popstate', show);

loadUser().catch((e) => console.warn('who am I', e)).finally(show);
