// A contest's clock: where it is in its life at a given moment, said as a person reads it, and ticking once a second.

import { h } from '../dom.js';

/** 'upcoming' | 'running' | 'ended', from the contest's times and the browser's clock. */
export function phaseAt(contest, now = Date.now()) {
  if (now < Date.parse(contest.startsAt)) return 'upcoming';
  return now < Date.parse(contest.endsAt) ? 'running' : 'ended';
}

/** Whether the public board is frozen at that moment (frozen from freezesAt until an administrator unfreezes it). */
export function frozenAt(contest, now = Date.now()) {
  return Boolean(contest.freezesAt) && !contest.unfrozenAt && now >= Date.parse(contest.freezesAt);
}

/** 93784 s → "1 d 02:03:04"; 3725 → "1:02:05"; 65 → "1:05". */
export function countdown(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const d = Math.floor(s / 86400), hh = Math.floor((s % 86400) / 3600), mm = Math.floor((s % 3600) / 60), ss = s % 60;
  const two = (n) => String(n).padStart(2, '0');
  if (d > 0) return `${d} d ${two(hh)}:${two(mm)}:${two(ss)}`;
  return hh > 0 ? `${hh}:${two(mm)}:${two(ss)}` : `${mm}:${two(ss)}`;
}

/** "PT5H" → "5 h", "PT1H30M" → "1 h 30 min", "P1DT2H" → "1 d 2 h". */
export function fmtDuration(iso) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(iso || '');
  if (!m) return iso || '–';
  const parts = [[m[1], 'd'], [m[2], 'h'], [m[3], 'min'], [m[4], 's']].filter(([n]) => n && Number(n) > 0);
  return parts.map(([n, unit]) => `${Number(n)} ${unit}`).join(' ') || '0 min';
}

/** What the clock says now: {phase, text, frozen}. */
export function clockText(contest, now = Date.now()) {
  const phase = phaseAt(contest, now);
  const frozen = frozenAt(contest, now);
  if (phase === 'upcoming') return { phase, frozen, text: `Starts in ${countdown((Date.parse(contest.startsAt) - now) / 1000)}` };
  if (phase === 'running') return { phase, frozen, text: `${countdown((Date.parse(contest.endsAt) - now) / 1000)} left` };
  return { phase, frozen, text: 'Ended' };
}

/**
 * A clock element for the contest, ticking once a second. onChange(phase, frozen) is called when the contest starts,
 * its board freezes or it ends while the page is open. Returns {el, stop}.
 */
export function contestClock(contest, onChange = () => {}) {
  const text = h('span', { class: 'clock-text' });
  const freeze = h('span', { class: 'clock-frozen', hidden: true, title: 'The public board hides results made since the freeze' }, 'Frozen');
  const el = h('span', { class: 'clock', role: 'timer', 'aria-live': 'off', 'data-testid': 'clock' }, text, freeze);
  let last = null;
  const tick = () => {
    const now = clockText(contest);
    text.textContent = now.text;
    freeze.hidden = !(now.frozen && now.phase !== 'upcoming');
    el.dataset.phase = now.phase;
    const state = `${now.phase} ${now.frozen}`;
    if (last !== null && last !== state) onChange(now.phase, now.frozen);
    last = state;
  };
  tick();
  const timer = setInterval(tick, 1000);
  return { el, stop: () => clearInterval(timer) };
}
