// The register button of a contest (list and page): signs the user up, or sends a visitor to log in first.

import { api, session } from '../api.js';
import { errorBox, h, link } from '../dom.js';
import { phaseAt } from './clock.js';

/** What to show for registration: "Registered", a button, a log-in link, or nothing when registration is closed. */
export function registration(contest, onRegistered = () => {}) {
  if (contest.registered) return h('span', { class: 'tag registered' }, 'Registered');
  if (!contest.registrationOpen || phaseAt(contest) === 'ended') return null;
  if (!session.user) {
    return link(`/login?next=${encodeURIComponent(location.pathname)}`, 'Log in to register');
  }
  const box = h('span', { class: 'register' });
  const button = h('button', {
    type: 'button', class: 'primary small', 'aria-label': `Register for ${contest.title}`,
    onclick: async () => {
      button.disabled = true;
      try {
        await api(`/api/contests/${encodeURIComponent(contest.id)}/register`, { method: 'POST' });
        contest.registered = true;
        box.replaceChildren(h('span', { class: 'tag registered', role: 'status' }, 'Registered'));
        onRegistered(contest);
      } catch (e) {
        button.disabled = false;
        box.append(errorBox(e));
      }
    },
  }, 'Register');
  box.append(button);
  return box;
}
