// The contest form: every field of a contest definition (docs/contests.md), filled from a contest as the API shows
// it and read back as the JSON the admin API takes. Mistakes the server lists are shown at their fields too.

import { h } from '../dom.js';

let rowCount = 0;

/** Builds the form; contest is the API's view of one (editing) or null (new). Returns {form, read, showErrors}. */
export function contestForm(contest, problemSlugs) {
  const f = fields();
  const rows = h('tbody', {});
  const addRow = (p = {}) => rows.append(problemRow(p, f.format.value === 'ioi', rows));
  const slugs = h('datalist', { id: 'problem-slugs' }, problemSlugs.map((s) => h('option', { value: s })));
  const addButton = h('button', { type: 'button', class: 'small', onclick: () => addRow() }, 'Add a problem');

  if (contest) fillFields(f, contest); else defaults(f);
  (contest?.problems?.length ? contest.problems : [{}]).forEach((p) => addRow(p));

  const syncFormat = () => {
    const ioi = f.format.value === 'ioi';
    for (const el of form.querySelectorAll('.contest-icpc-only')) el.hidden = ioi;
    for (const el of form.querySelectorAll('.contest-ioi-only')) el.hidden = !ioi;
  };
  f.format.addEventListener('change', syncFormat);
  const form = h('form', { class: 'card contest-form', 'aria-label': contest ? 'Edit the contest' : 'Create a contest', novalidate: true },
    h('div', { class: 'grid2' },
      field('Slug', f.slug, 'In addresses: lowercase letters, digits, - and _.'),
      field('Title', f.title)),
    h('div', { class: 'grid2' },
      field('Format', f.format, 'ICPC: solved problems then penalty. IOI: points per problem.'),
      h('div', { class: 'contest-ioi-only' }, field('IOI score', f.ioiMode, 'Per problem: the best submission, or the best of each subtask summed.'))),
    h('div', { class: 'grid2' },
      field('Start', f.start, 'Your local time.'),
      field('Duration (minutes)', f.duration)),
    h('div', { class: 'grid2 contest-icpc-only' },
      field('Freeze (minutes before the end)', f.freeze, 'Empty: the public board never freezes.'),
      field('Penalty (minutes per rejected try)', f.penalty)),
    h('div', { class: 'grid2' },
      field('Submissions per minute', f.rate, 'Per participant. Empty: the server\'s default limit.'),
      h('fieldset', {}, h('legend', {}, 'Who'),
        check(f.isPublic, 'Public: listed for everyone, anyone may register'),
        check(f.registrationOpen, 'Registration open'))),
    h('fieldset', {}, h('legend', {}, 'Problems, in column order'), slugs,
      h('div', { class: 'table-wrap' }, h('table', { class: 'contest-problems' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Label'), h('th', { scope: 'col' }, 'Problem'),
          h('th', { scope: 'col', class: 'contest-ioi-only' }, 'Points'), h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Remove')))),
        rows)),
      h('div', { class: 'actions' }, addButton)));
  syncFormat();
  return {
    form,
    read: () => read(f, rows),
    showErrors: (errors) => showErrors(form, errors),
  };
}

function fields() {
  return {
    slug: h('input', { id: 'contest-slug', name: 'slug', required: true, autocomplete: 'off', spellcheck: false }),
    title: h('input', { id: 'contest-title', name: 'title', required: true }),
    format: h('select', { id: 'contest-format', name: 'format' },
      h('option', { value: 'icpc' }, 'ICPC'), h('option', { value: 'ioi' }, 'IOI')),
    ioiMode: h('select', { id: 'contest-ioiMode', name: 'ioiMode' },
      h('option', { value: 'best-submission' }, 'Best submission'), h('option', { value: 'best-per-subtask' }, 'Best per subtask')),
    start: h('input', { id: 'contest-startsAt', name: 'startsAt', type: 'datetime-local', required: true }),
    duration: h('input', { id: 'contest-duration', name: 'duration', type: 'number', min: '1', required: true }),
    freeze: h('input', { id: 'contest-freeze', name: 'freeze', type: 'number', min: '1' }),
    penalty: h('input', { id: 'contest-penaltyMinutes', name: 'penaltyMinutes', type: 'number', min: '0' }),
    rate: h('input', { id: 'contest-submissionsPerMinute', name: 'submissionsPerMinute', type: 'number', min: '1' }),
    isPublic: h('input', { id: 'contest-public', name: 'public', type: 'checkbox' }),
    registrationOpen: h('input', { id: 'contest-registrationOpen', name: 'registrationOpen', type: 'checkbox' }),
  };
}

function field(text, control, hint) {
  const hintId = hint ? `${control.id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'field', 'data-field': control.name },
    h('label', { for: control.id }, text), control,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null);
}

function check(box, text) {
  return h('div', { class: 'field check', 'data-field': box.name }, h('label', { class: 'inline' }, box, ' ', text));
}

function problemRow(p, ioi, rows) {
  const n = ++rowCount;
  const label = h('input', { id: `problem-label-${n}`, class: 'problem-label', value: p.label || '', 'aria-label': 'Label', size: 4, placeholder: 'A' });
  const slug = h('input', { id: `problem-slug-${n}`, class: 'problem-slug', value: p.problem || '', 'aria-label': 'Problem slug', list: 'problem-slugs', spellcheck: false });
  const points = h('input', { id: `problem-points-${n}`, class: 'problem-points', type: 'number', min: '0', step: 'any', value: p.points ?? '', 'aria-label': 'Points', placeholder: '100' });
  const row = h('tr', { class: 'problem-row' },
    h('td', {}, label), h('td', {}, slug), h('td', { class: 'contest-ioi-only', hidden: !ioi }, points),
    h('td', {}, h('button', { type: 'button', class: 'small', 'aria-label': 'Remove this problem', onclick: () => { if (rows.children.length > 1) row.remove(); } }, 'Remove')));
  return row;
}

function defaults(f) {
  const start = new Date(Date.now() + 3600_000);
  start.setMinutes(0, 0, 0);
  f.start.value = localInput(start.toISOString());
  f.duration.value = 300;
  f.penalty.value = 20;
  f.isPublic.checked = true;
  f.registrationOpen.checked = true;
}

function fillFields(f, c) {
  f.slug.value = c.id;
  f.title.value = c.title;
  f.format.value = c.format;
  f.ioiMode.value = c.ioiMode || 'best-submission';
  f.start.value = localInput(c.startsAt);
  const minutes = (from, to) => Math.round((new Date(to) - new Date(from)) / 60000);
  f.duration.value = minutes(c.startsAt, c.endsAt);
  f.freeze.value = c.freezesAt ? minutes(c.freezesAt, c.endsAt) : '';
  f.penalty.value = c.penaltyMinutes ?? 20;
  f.rate.value = c.submissionsPerMinute ?? '';
  f.isPublic.checked = c.public;
  f.registrationOpen.checked = c.registrationOpen;
}

/** An ISO instant as a datetime-local value in this browser's time zone. */
function localInput(iso) {
  const d = new Date(iso);
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

const number = (input) => (input.value.trim() === '' ? null : Number(input.value));
const minutes = (input) => (input.value.trim() === '' ? null : `PT${input.value.trim()}M`);

function read(f, rows) {
  const ioi = f.format.value === 'ioi';
  const start = f.start.value ? new Date(f.start.value) : null;
  return {
    slug: f.slug.value.trim(),
    title: f.title.value.trim(),
    format: f.format.value,
    ioiMode: ioi ? f.ioiMode.value : null,
    // an unreadable date is sent as typed, so the server says what is wrong with it
    startsAt: start && !Number.isNaN(start.getTime()) ? start.toISOString() : f.start.value,
    duration: minutes(f.duration),
    freeze: ioi ? null : minutes(f.freeze),
    penaltyMinutes: ioi ? null : number(f.penalty),
    public: f.isPublic.checked,
    registrationOpen: f.registrationOpen.checked,
    submissionsPerMinute: number(f.rate),
    problems: [...rows.children].map((row) => ({
      label: row.querySelector('.problem-label').value.trim() || null,
      problem: row.querySelector('.problem-slug').value.trim(),
      points: ioi ? number(row.querySelector('.problem-points')) : null,
    })),
  };
}

/** Marks the fields the server's errors name ("slug: …", "problems[1].label: …") and says each at its field. */
function showErrors(form, errors) {
  for (const old of form.querySelectorAll('.field-error')) old.remove();
  for (const old of form.querySelectorAll('[aria-invalid]')) old.removeAttribute('aria-invalid');
  for (const error of errors) {
    const m = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?:/.exec(error);
    if (!m) continue;
    let control = null;
    if (m[1] === 'problems' && m[2] !== undefined) {
      const row = form.querySelectorAll('.problem-row')[Number(m[2])];
      control = row?.querySelector(`.problem-${m[3] === 'label' ? 'label' : m[3] === 'points' ? 'points' : 'slug'}`);
    } else {
      control = form.querySelector(`[name="${m[1] === 'startsAt' ? 'startsAt' : m[1]}"]`);
    }
    if (!control) continue;
    control.setAttribute('aria-invalid', 'true');
    const place = control.closest('.field') || control.closest('td');
    place.append(h('p', { class: 'field-error' }, error));
  }
}
