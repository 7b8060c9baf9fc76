// A fourteenth blind typed set, written by helper "blind14" before reading the grammar and before any fix for it. The
// theme is a university student with a part-time job who trains for a half marathon (lectures, assignments, shifts,
// runs, rent, laundry, flatmates), typing on a phone: lowercase, little punctuation, "u", "pls", "tmrw", "mins",
// typos, run-on sentences. Adds with dates and times written many ways ("this arvo", "the 3rd", "7.30pm", "1930"),
// priorities, tags, recurrences and reminders; several items at once; edits said as commands and as statements;
// renames and tag changes; completions in the past tense or slang; reopens; named deletes and vague or bulk ones that
// must ask; undo right after a change; questions; and moods or small talk with date words that must change nothing.
// Measured by bench/typed-heldout.ts 14, not part of the corpus test. Clock: Wednesday 2026-11-25 09:00 in New York
// (tmrw = Thu 26th, fri = 27th, sat = 28th, next mon = 30th or Dec 7th, the 3rd = Thu Dec 3rd).
// Blind score on main eb7489e: 47/59.
import assert from 'node:assert/strict';
import type { Task } from '@todo/domain';
import { lists, unchanged } from '../checks.js';
import { isoToLocal, type Outcome, type PhraseCase, type Seed } from '../runner.js';

const STUDENT: Seed[] = [
  { title: 'Stats assignment', due: '2026-11-27 23:00', priority: 'high', tags: ['uni'] },
  { title: 'Essay for history', due: '2026-12-08 17:00', tags: ['uni'] },
  { title: 'Read chapter 5 for psych', due: '2026-11-26 10:00', tags: ['uni'] },
  { title: 'Shift at the cafe', due: '2026-11-27 16:00', tags: ['work'] },
  { title: 'Pay rent', due: '2026-12-01 09:00', priority: 'high', recurrence: 'monthly' },
  { title: 'Do laundry', due: '2026-11-25 19:00' },
  { title: 'Long run 16k', due: '2026-11-29 08:00', tags: ['running'] },
  { title: 'Buy new running shoes', priority: 'low', tags: ['running', 'shopping'] },
  { title: 'Email tutor about extension', due: '2026-11-24 12:00' },
  { title: 'Library books back', due: '2026-11-23 17:00' },
  { title: 'Clean bathroom', tags: ['flat'] },
  { title: 'Split electricity bill with flatmates', due: '2026-11-30 12:00' },
  { title: 'Register for half marathon', completed: true },
];

const norm = (s: string) => s.toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, ' ').trim();
const titles = (tasks: Task[]) => tasks.map((t) => `"${t.title}"`).join(', ') || 'none';
const fresh = (o: Outcome) => o.tasks.filter((t) => !o.seeded.some((s) => s.id === t.id));
const dueOf = (o: Outcome, t: Task) => isoToLocal(t.dueAt, o.zone) ?? '';
const view = (t: Task) => [t.title, t.status, t.dueAt, t.priority, [...t.tags].sort().join(','), t.remindAt, t.recurrence?.rule ?? null];

/** Nothing changed and the reply does not claim a change. */
const calm = (o: Outcome) => { unchanged(o); assert.doesNotMatch(o.reply, /^(Added|Deleted|Marked|Moved|Changed|Renamed|Completed)/); };
/** Nothing changed and the reply asks something back. */
const asks = (o: Outcome) => { unchanged(o); assert.match(o.reply, /\?/); };

interface Want {
  /** Local date (and time) the due must start with; any of several. */
  due?: string | string[] | null;
  /** Due on `day` with the hour in [from, to]. */
  dueWithin?: { day: string; from: number; to: number };
  /** The due's time of day, whatever the date. */
  time?: string;
  priority?: Task['priority'];
  tags?: string[];
  rule?: RegExp[];
  remindBefore?: number;
  status?: Task['status'];
}

function expect(o: Outcome, t: Task, want: Want): void {
  const due = dueOf(o, t);
  if (want.due === null) assert.equal(t.dueAt, null, `${t.title}: due ${due}, expected none`);
  else if (want.due !== undefined) {
    const days = Array.isArray(want.due) ? want.due : [want.due];
    assert.ok(days.some((d) => due.startsWith(d)), `${t.title}: due ${due || 'none'}, expected ${days.join(' or ')}`);
  }
  if (want.dueWithin) {
    const hour = Number(due.slice(11, 13));
    assert.ok(due.startsWith(want.dueWithin.day) && hour >= want.dueWithin.from && hour <= want.dueWithin.to, `${t.title}: due ${due || 'none'}, expected ${want.dueWithin.day} ${want.dueWithin.from}:00-${want.dueWithin.to}:59`);
  }
  if (want.time) assert.equal(due.slice(11), want.time, `${t.title}: due ${due || 'none'}, expected at ${want.time}`);
  if (want.priority) assert.equal(t.priority, want.priority, `${t.title}: priority`);
  if (want.tags) assert.deepEqual([...t.tags].sort(), [...want.tags].sort(), `${t.title}: tags`);
  for (const r of want.rule ?? []) assert.match(t.recurrence?.rule ?? '', r, `${t.title}: recurrence`);
  if (want.remindBefore !== undefined) {
    const before = t.remindAt && t.dueAt ? (Date.parse(t.dueAt) - Date.parse(t.remindAt)) / 60_000 : null;
    assert.equal(before, want.remindBefore, `${t.title}: reminder minutes before`);
  }
  if (want.status) assert.equal(t.status, want.status, `${t.title}: status`);
}

/** The seeded tasks other than `except` are as seeded. */
function othersAsSeeded(o: Outcome, except: string[]): void {
  for (const s of o.seeded.filter((t) => !except.includes(t.title))) {
    const now = o.tasks.find((t) => t.id === s.id);
    assert.ok(now, `"${s.title}" should still be there`);
    assert.deepEqual(view(now), view(s), `"${s.title}" should be unchanged`);
  }
}

/** New tasks, one per entry; each entry is the acceptable titles (any case) and what the task must be like. */
function adds(...items: [string | string[], Want?][]): (o: Outcome) => void {
  return (o) => {
    const made = fresh(o);
    assert.equal(made.length, items.length, `expected ${items.length} new task(s); new: ${titles(made)}`);
    othersAsSeeded(o, []);
    for (const [names, want] of items) {
      const options = (Array.isArray(names) ? names : [names]).map(norm);
      const t = made.find((m) => options.includes(norm(m.title)));
      assert.ok(t, `no new task titled ${options.map((n) => `"${n}"`).join(' or ')}; new: ${titles(made)}`);
      expect(o, t, want ?? {});
    }
  };
}
const add = (names: string | string[], want: Want = {}) => adds([names, want]);

/** No task added or removed; the seeded `title` (same id) is now as wanted, maybe renamed; the others as seeded. */
function edits(title: string, want: Want & { title?: string }): (o: Outcome) => void {
  return (o) => {
    assert.equal(o.tasks.length, o.seeded.length, `no task should be added or removed; tasks: ${titles(o.tasks)}`);
    const seeded = o.seeded.find((s) => s.title === title);
    assert.ok(seeded, `seed "${title}"`);
    const t = o.tasks.find((x) => x.id === seeded.id);
    assert.ok(t, `"${title}" should still be there`);
    if (want.title) assert.equal(norm(t.title), norm(want.title), `title`);
    else assert.equal(t.title, title, 'title should be unchanged');
    expect(o, t, want);
    othersAsSeeded(o, [title]);
  };
}
const done = (title: string) => edits(title, { status: 'completed' });
const reopened = (title: string) => edits(title, { status: 'pending' });

/** Only these seeded tasks are gone. */
function deletes(...gone: string[]): (o: Outcome) => void {
  return (o) => {
    for (const title of gone) assert.ok(!o.tasks.some((t) => t.title === title), `"${title}" should be deleted`);
    assert.equal(o.tasks.length, o.seeded.length - gone.length, `only ${gone.join(', ')} should be deleted; tasks: ${titles(o.tasks)}`);
    othersAsSeeded(o, gone);
  };
}

/** Every seeded task is there as seeded (a deleted one may come back with a new id), nothing else. */
function restored(o: Outcome): void {
  assert.equal(o.tasks.length, o.seeded.length, `tasks: ${titles(o.tasks)}`);
  for (const s of o.seeded) assert.ok(o.tasks.some((t) => JSON.stringify(view(t)) === JSON.stringify(view(s))), `"${s.title}" should be as it was`);
}

const WEEKLY = /FREQ=WEEKLY/;

export const TYPED_HELDOUT_14: PhraseCase[] = [
  // Adds.
  { seed: STUDENT, say: 'can u add stats tutorial prep tmrw 10am', check: add('Stats tutorial prep', { due: '2026-11-26 10:00' }) },
  { seed: STUDENT, say: 'remind me to call mum tonight', check: add('Call mum', { dueWithin: { day: '2026-11-25', from: 17, to: 23 } }) },
  { seed: STUDENT, say: 'group project meeting wed 4pm', check: add('Group project meeting', { due: ['2026-11-25 16:00', '2026-12-02 16:00'] }) },
  { seed: STUDENT, say: 'physio appt next mon 2.15pm', check: add(['Physio appt', 'Physio appointment'], { due: ['2026-11-30 14:15', '2026-12-07 14:15'] }) },
  { seed: STUDENT, say: 'pay phone bill in 10 days', check: add('Pay phone bill', { due: '2026-12-05' }) },
  { seed: STUDENT, say: 'pick up parcel from the post office this arvo', check: add('Pick up parcel from the post office', { dueWithin: { day: '2026-11-25', from: 12, to: 23 } }) },
  { seed: STUDENT, say: 'submit lab report by fri high priority', check: add('Submit lab report', { due: '2026-11-27', priority: 'high' }) },
  { seed: STUDENT, say: 'book flu shot the 3rd', check: add('Book flu shot', { due: '2026-12-03' }) },
  { seed: STUDENT, say: 'dinner w flatmates sat 7.30pm', check: add(['Dinner w flatmates', 'Dinner with flatmates'], { due: '2026-11-28 19:30' }) },
  { seed: STUDENT, say: 'shift at the bar thurs 1930', check: add('Shift at the bar', { due: '2026-11-26 19:30' }) },
  { seed: STUDENT, say: 'print poster for presentation tmrw its urgent', check: add('Print poster for presentation', { due: '2026-11-26', priority: 'high' }) },
  { seed: STUDENT, say: 'low priority sort out my desk drawer', check: add('Sort out my desk drawer', { due: null, priority: 'low' }) },
  { seed: STUDENT, say: 'add stretching to my list, not important', check: add(['Stretching', 'Stretch'], { due: null, priority: 'low' }) },
  { seed: STUDENT, say: 'buy oat milk #groceries', check: add('Buy oat milk', { tags: ['groceries'] }) },
  { seed: STUDENT, say: 'add read ch 6 for psych tag it uni', check: add(['Read ch 6 for psych', 'Read chapter 6 for psych'], { tags: ['uni'] }) },
  { seed: STUDENT, say: 'gym every mon wed fri at 6pm', check: add('Gym', { time: '18:00', rule: [WEEKLY, /BYDAY=[A-Z,]*/, /MO/, /WE/, /FR/] }) },
  { seed: STUDENT, say: 'parkrun every other sat 8am', check: add('Parkrun', { time: '08:00', rule: [WEEKLY, /INTERVAL=2/, /BYDAY=SA/] }) },
  { seed: STUDENT, say: 'mobility routine each morning at 6', check: add('Mobility routine', { time: '06:00', rule: [/FREQ=DAILY/] }) },
  { seed: STUDENT, say: 'lab quiz fri 11am remind me 30 mins before', check: add('Lab quiz', { due: '2026-11-27 11:00', remindBefore: 30 }) },
  { seed: STUDENT, say: 'rent inspection tues 10am pls remind me an hour before', check: add('Rent inspection', { due: '2026-12-01 10:00', remindBefore: 60 }) },
  { seed: STUDENT, say: 'add docter appointment tommorow at 3', check: add(['Docter appointment', 'Doctor appointment'], { due: '2026-11-26 15:00' }) },
  { seed: STUDENT, say: 'add eggs, spinach and rice', check: adds(['Eggs'], ['Spinach'], ['Rice']) },
  { seed: STUDENT, say: 'can u pls add wash gym kit, return lecture notes to sam, top up bus card', check: adds(['Wash gym kit'], ['Return lecture notes to sam'], ['Top up bus card']) },
  { seed: STUDENT, say: 'need to email prof about the group project deadline by monday', check: add('Email prof about the group project deadline', { due: '2026-11-30' }) },

  // Edits, as commands and as statements.
  { seed: STUDENT, say: 'shift got moved to sat', check: edits('Shift at the cafe', { due: '2026-11-28 16:00' }) },
  { seed: STUDENT, say: 'essay deadline is now the 12th', check: edits('Essay for history', { due: '2026-12-12' }) },
  { seed: STUDENT, say: 'bump laundry to tmrw', check: edits('Do laundry', { due: '2026-11-26 19:00' }) },
  { seed: STUDENT, say: 'running shoes are actually urgent', check: edits('Buy new running shoes', { priority: 'high' }) },
  { seed: STUDENT, say: 'rename clean bathroom to clean bathroom and kitchen', check: edits('Clean bathroom', { title: 'Clean bathroom and kitchen', tags: ['flat'] }) },
  { seed: STUDENT, say: 'tag the electricity bill one with flat', check: edits('Split electricity bill with flatmates', { tags: ['flat'], due: '2026-11-30 12:00' }) },
  { seed: STUDENT, say: 'take the shopping tag off the running shoes', check: edits('Buy new running shoes', { tags: ['running'] }) },
  { seed: STUDENT, say: 'long run is at 7 not 8', check: edits('Long run 16k', { due: '2026-11-29 07:00' }) },
  { seed: STUDENT, say: 'can u push the tutor email to tomorrow pls', check: edits('Email tutor about extension', { due: '2026-11-26' }) },

  // Completions.
  { seed: STUDENT, say: 'finally submitted the stats assignment', check: done('Stats assignment') },
  { seed: STUDENT, say: 'did laundry', check: done('Do laundry') },
  { seed: STUDENT, say: 'returned the library books', check: done('Library books back') },
  { seed: STUDENT, say: 'long run done ✅', check: done('Long run 16k') },
  { seed: STUDENT, say: 'emailed my tutor', check: done('Email tutor about extension') },
  { seed: STUDENT, say: 'tick off the psych reading', check: done('Read chapter 5 for psych') },

  // Reopens.
  { seed: STUDENT, say: 'oh wait i didnt actually register for the half marathon yet can u reopen it', check: reopened('Register for half marathon') },
  { seed: STUDENT, say: ['done with laundry', 'actually not done yet the dryer broke'], check: reopened('Do laundry') },

  // Deletes: named ones go, vague or bulk ones ask first.
  { seed: STUDENT, say: 'delete the library books one', check: deletes('Library books back') },
  { seed: STUDENT, say: 'get rid of buy new running shoes', check: deletes('Buy new running shoes') },
  { seed: STUDENT, say: 'delete all my uni stuff', check: asks },
  { seed: STUDENT, say: 'delete the uni one', check: asks },

  // Undo right after a change.
  { seed: STUDENT, say: ['delete the electricity bill task', 'undo'], check: restored },
  { seed: STUDENT, say: ['move the essay to fri', 'oops undo that'], check: restored },

  // Questions: nothing changes, the reply names the tasks.
  { seed: STUDENT, say: 'wats on tmrw', check: lists(['Read chapter 5 for psych'], ['Stats assignment', 'Shift at the cafe']) },
  { seed: STUDENT, say: 'do i have anything fri', check: lists(['Stats assignment', 'Shift at the cafe'], ['Read chapter 5 for psych']) },
  { seed: STUDENT, say: 'whats overdue', check: lists(['Email tutor about extension', 'Library books back'], ['Do laundry', 'Stats assignment']) },
  { seed: STUDENT, say: 'show my uni stuff', check: lists(['Stats assignment', 'Essay for history', 'Read chapter 5 for psych'], ['Shift at the cafe']) },
  { seed: STUDENT, say: 'anything high priority?', check: lists(['Stats assignment', 'Pay rent'], ['Buy new running shoes']) },
  { seed: STUDENT, say: 'when is rent due', check: (o) => { lists(['Pay rent'])(o); assert.match(o.reply, /Dec(ember)?\.? 1\b|\b1 Dec|12\/1\b|Tue(sday)?/i); } },
  { seed: STUDENT, say: 'what do i have this weekend', check: lists(['Long run 16k']) },

  // Moods and small talk with date words: nothing changes.
  { seed: STUDENT, say: 'monday was brutal', check: calm },
  { seed: STUDENT, say: 'cant wait for the weekend', check: calm },
  { seed: STUDENT, say: 'ugh 3 lectures tmrw and a shift after, kill me', check: calm },
  { seed: STUDENT, say: 'thanks thats all for today', check: calm },
  { seed: STUDENT, say: 'legs are dead after sundays run lol', check: calm },
];
