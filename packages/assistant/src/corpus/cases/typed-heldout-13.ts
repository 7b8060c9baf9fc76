// A thirteenth blind typed set, written by helper "blind13" before reading the grammar and before any fix for it. The
// theme is a freelance graphic designer who is also a parent of two school kids (client invoices, design revisions,
// calls with clients, school pickups, parents' evening, swimming lessons, the dentist, groceries, the gym), typing
// sometimes tersely at a desk and sometimes sloppily on a phone, in a mix of British/Australian English ("arvo", "tea"
// for dinner, "half 6", "a fortnight", "sorted", "bin it") and American ("12/4", "W-9"). Adds with dates and times
// written many ways, priorities said many ways, tags, recurrences and reminders; several items at once; edits said as
// commands and as statements about a task; renames and tag changes; completions in the past tense or slang; reopens;
// named deletes and vague or bulk ones that must ask; undo right after a change; questions; and moods or small talk
// with date words that must change nothing. Measured by bench/typed-heldout.ts 13, not part of the corpus test.
// Clock: Wednesday 2026-11-25 09:00 in New York. Dates used: today = Wed Nov 25 ("half 6" today = 18:30; "this arvo"
// = today 12:00-18:59); tomorrow/thurs = Thu Nov 26 ("first thing" = 06:00-09:59); fri = Nov 27; sat = Nov 28;
// monday = Nov 30; end of the month = Mon Nov 30; next tues = Tue Dec 1 or Dec 8; "by wed" = today or Wed Dec 2;
// the 1st = Tue Dec 1; thursday the 3rd = Dec 3; 12/4 = Fri Dec 4; in 2 weeks / in a fortnight = Wed Dec 9;
// dec 10 = Thu Dec 10 (the day before = Dec 9); the 14th = Mon Dec 14. Seeds: overdue = Chase Nova (Nov 20) and
// Dentist for Maya (Nov 24); today = Harbour call 14:00, School pickup 15:15, Big grocery shop 18:00; Thu = Logo
// revisions, Gym, permission slip; Fri = Acme invoice; Sat = Swimming; Tue Dec 1 = font licence; Wed Dec 2 = parents'
// evening.
// Blind score on main fa314de: 52/66.
import assert from 'node:assert/strict';
import type { Task } from '@todo/domain';
import { lists, unchanged } from '../checks.js';
import { isoToLocal, type Outcome, type PhraseCase, type Seed } from '../runner.js';

const DESIGNER: Seed[] = [
  { title: 'Send invoice to Acme', due: '2026-11-27 17:00', tags: ['invoices'] },
  { title: 'Logo revisions for Bloom Bakery', due: '2026-11-26 12:00', priority: 'high', tags: ['clients'] },
  { title: 'Call with Harbour Studio', due: '2026-11-25 14:00', tags: ['clients'] },
  { title: 'Chase Nova Ltd payment', due: '2026-11-20 10:00', priority: 'high', tags: ['invoices'] },
  { title: 'School pickup', due: '2026-11-25 15:15', recurrence: 'weekdays' },
  { title: "Parents' evening", due: '2026-12-02 18:00', tags: ['school'] },
  { title: 'Swimming lessons', due: '2026-11-28 10:00', recurrence: 'weekly', tags: ['kids'] },
  { title: 'Dentist for Maya', due: '2026-11-24 16:00', tags: ['kids'] },
  { title: 'Big grocery shop', due: '2026-11-25 18:00', tags: ['shopping'] },
  { title: 'Gym', due: '2026-11-26 07:00' },
  { title: 'Sign trip permission slip', due: '2026-11-26 08:00', tags: ['school'] },
  { title: 'Update portfolio site', priority: 'low', tags: ['clients'] },
  { title: 'Renew font licence', due: '2026-12-01 09:00', recurrence: 'monthly' },
  { title: 'Order business cards', completed: true },
];

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[.!]+$/, '').replace(/\s+/g, ' ').trim();
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
  /** The recurrence rule matches all of these … */
  rule?: RegExp[];
  /** … and none of these. */
  ruleNot?: RegExp[];
  remindBefore?: number;
  /** The reminder's local date. */
  remindOn?: string;
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
  for (const r of want.ruleNot ?? []) assert.doesNotMatch(t.recurrence?.rule ?? '', r, `${t.title}: recurrence`);
  if (want.remindBefore !== undefined) {
    const before = t.remindAt && t.dueAt ? (Date.parse(t.dueAt) - Date.parse(t.remindAt)) / 60_000 : null;
    assert.equal(before, want.remindBefore, `${t.title}: reminder minutes before`);
  }
  if (want.remindOn) {
    const at = isoToLocal(t.remindAt, o.zone) ?? '';
    assert.ok(at.startsWith(want.remindOn), `${t.title}: reminder ${at || 'none'}, expected on ${want.remindOn}`);
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

export const TYPED_HELDOUT_13: PhraseCase[] = [
  // Adds with dates and times written many ways.
  { seed: DESIGNER, say: 'add call with acme thurs at noon', check: add('Call with acme', { due: '2026-11-26 12:00' }) },
  { seed: DESIGNER, say: 'kids dentist check up next tues 4pm', check: add(['Kids dentist check up', 'Kids dentist checkup', "Kids' dentist check up", 'Kids dentist check-up'], { due: ['2026-12-01 16:00', '2026-12-08 16:00'] }) },
  { seed: DESIGNER, say: 'send final files to bloom bakery by the 14th', check: add('Send final files to bloom bakery', { due: '2026-12-14' }) },
  { seed: DESIGNER, say: 'invoice greenleaf in 2 weeks', check: add('Invoice greenleaf', { due: '2026-12-09' }) },
  { seed: DESIGNER, say: "pick up the kids from nan's at half 6", check: add(["Pick up the kids from nan's", "Pick up kids from nan's"], { due: '2026-11-25 18:30' }) },
  { seed: DESIGNER, say: 'tea at the hendersons fri 6.30pm', check: add('Tea at the hendersons', { due: '2026-11-27 18:30' }) },
  { seed: DESIGNER, say: 'Client review call 18:30 tomorrow', check: add('Client review call', { due: '2026-11-26 18:30' }) },
  { seed: DESIGNER, say: 'do quarterly VAT return by end of the month', check: add(['Do quarterly VAT return', 'Quarterly VAT return'], { due: '2026-11-30' }) },
  { seed: DESIGNER, say: 'first thing tomorrow email the printer about paper stock', check: add('Email the printer about paper stock', { dueWithin: { day: '2026-11-26', from: 6, to: 9 } }) },
  { seed: DESIGNER, say: 'book swimming for next term this arvo', check: add('Book swimming for next term', { dueWithin: { day: '2026-11-25', from: 12, to: 18 } }) },
  { seed: DESIGNER, say: 'pay school dinner money in a fortnight', check: add('Pay school dinner money', { due: '2026-12-09' }) },
  { seed: DESIGNER, say: 'remind me to send the W-9 to Acme on 12/4', check: add(['Send the W-9 to Acme', 'Send W-9 to Acme'], { due: '2026-12-04' }) },

  // Priorities and tags.
  { seed: DESIGNER, say: 'moodboard for the greenleaf rebrand - urgent', check: add('Moodboard for the greenleaf rebrand', { due: null, priority: 'high' }) },
  { seed: DESIGNER, say: 'add redo the bakery menu layout, high prio, by wed', check: add('Redo the bakery menu layout', { due: ['2026-11-25', '2026-12-02'], priority: 'high' }) },
  { seed: DESIGNER, say: 'buy printer ink, no rush', check: add('Buy printer ink', { due: null, priority: 'low' }) },
  { seed: DESIGNER, say: 'buy swim goggles for ella #kids', check: add('Buy swim goggles for ella', { tags: ['kids'] }) },
  { seed: DESIGNER, say: 'add pitch deck review for nova, tags work and clients', check: add('Pitch deck review for nova', { tags: ['clients', 'work'] }) },

  // Recurrences and reminders.
  { seed: DESIGNER, say: 'spin class weekdays at 6am', check: add('Spin class', { time: '06:00', rule: [/BYDAY=MO,TU,WE,TH,FR\b/] }) },
  { seed: DESIGNER, say: 'send timesheet to the agency every other thursday at 5pm', check: add('Send timesheet to the agency', { due: ['2026-11-26 17:00', '2026-12-03 17:00'], rule: [WEEKLY, /INTERVAL=2\b/], ruleNot: [/BYDAY=(?!TH(;|$))/] }) },
  { seed: DESIGNER, say: 'pay studio rent each month on the 1st', check: add('Pay studio rent', { due: '2026-12-01', rule: [/FREQ=MONTHLY/], ruleNot: [/BYMONTHDAY=(?!1(;|$))/] }) },
  { seed: DESIGNER, say: 'zoom with greenleaf fri 11am ping me 30 mins before', check: add('Zoom with greenleaf', { due: '2026-11-27 11:00', remindBefore: 30 }) },
  { seed: DESIGNER, say: 'school nativity play dec 10 at 2pm, remind me the day before', check: add('School nativity play', { due: '2026-12-10 14:00', remindOn: '2026-12-09' }) },

  // Several items in one message.
  { seed: DESIGNER, say: 'add milk, bread, fish fingers and bananas', check: adds(['Milk'], ['Bread'], ['Fish fingers'], ['Bananas']) },
  { seed: DESIGNER, say: 'need to: reply to acme feedback, export logo pngs, update invoice template', check: adds(['Reply to acme feedback'], ['Export logo pngs'], ['Update invoice template']) },
  { seed: DESIGNER, say: 'fri: haircut for sam at 9.30am, coffee with jo at 11', check: adds(['Haircut for sam', { due: '2026-11-27 09:30' }], ['Coffee with jo', { due: '2026-11-27 11:00' }]) },

  // Multi-turn adds.
  { seed: DESIGNER, say: ['add call the school office tomorrow', 'make it 9am'], check: add('Call the school office', { due: '2026-11-26 09:00' }) },
  { seed: DESIGNER, say: ['add invoice bloom bakery', 'due friday and tag it invoices'], check: add('Invoice bloom bakery', { due: '2026-11-27', tags: ['invoices'] }) },

  // Edits, as commands and as statements.
  { seed: DESIGNER, say: 'the harbour studio call got moved to 3', check: edits('Call with Harbour Studio', { due: '2026-11-25 15:00' }) },
  { seed: DESIGNER, say: 'acme invoice is now urgent', check: edits('Send invoice to Acme', { priority: 'high', due: '2026-11-27 17:00' }) },
  { seed: DESIGNER, say: 'push the bloom bakery revisions to monday', check: edits('Logo revisions for Bloom Bakery', { due: '2026-11-30' }) },
  { seed: DESIGNER, say: 'gym is at half 7 tomorrow not 7', check: edits('Gym', { due: '2026-11-26 07:30' }) },
  { seed: DESIGNER, say: 'parents evening is actually thursday the 3rd', check: edits("Parents' evening", { due: '2026-12-03 18:00' }) },
  { seed: DESIGNER, say: 'can you push the nova chase to first thing tomorrow', check: edits('Chase Nova Ltd payment', { dueWithin: { day: '2026-11-26', from: 6, to: 9 } }) },
  { seed: DESIGNER, say: 'change the acme invoice due date to end of the month', check: edits('Send invoice to Acme', { due: '2026-11-30' }) },

  // Renames and tag changes.
  { seed: DESIGNER, say: 'rename update portfolio site to refresh portfolio with 2026 work', check: edits('Update portfolio site', { title: 'Refresh portfolio with 2026 work', tags: ['clients'], priority: 'low' }) },
  { seed: DESIGNER, say: 'tag the permission slip with kids', check: edits('Sign trip permission slip', { tags: ['kids', 'school'], due: '2026-11-26 08:00' }) },
  { seed: DESIGNER, say: 'remove the clients tag from the portfolio one', check: edits('Update portfolio site', { tags: [] }) },

  // Completions.
  { seed: DESIGNER, say: 'sent the acme invoice', check: done('Send invoice to Acme') },
  { seed: DESIGNER, say: 'sorted the dentist', check: done('Dentist for Maya') },
  { seed: DESIGNER, say: 'signed the permission slip', check: done('Sign trip permission slip') },
  { seed: DESIGNER, say: 'bloom bakery revisions are done and dusted', check: done('Logo revisions for Bloom Bakery') },
  { seed: DESIGNER, say: 'nova finally paid up!', check: done('Chase Nova Ltd payment') },
  { seed: DESIGNER, say: 'did the big shop', check: done('Big grocery shop') },

  // Reopens.
  { seed: DESIGNER, say: 'the business cards order didnt go through, can you reopen it', check: reopened('Order business cards') },
  { seed: DESIGNER, say: ['sent the acme invoice', 'oh wait no i havent actually sent it yet'], check: reopened('Send invoice to Acme') },

  // Deletes: named ones go, vague or bulk ones ask first.
  { seed: DESIGNER, say: 'delete the portfolio task', check: deletes('Update portfolio site') },
  { seed: DESIGNER, say: 'bin the grocery shop one, doing an online order instead', check: deletes('Big grocery shop') },
  { seed: DESIGNER, say: 'remove dentist for maya', check: deletes('Dentist for Maya') },
  { seed: DESIGNER, say: 'delete all the client stuff', check: asks },
  { seed: DESIGNER, say: 'clear everything off my list', check: asks },
  { seed: DESIGNER, say: 'delete the school one', check: asks },

  // Undo right after a change.
  { seed: DESIGNER, say: ['delete the harbour studio call', 'undo'], check: restored },
  { seed: DESIGNER, say: ['make the portfolio one urgent', 'no undo that'], check: restored },

  // Questions: nothing changes, the reply names the tasks.
  { seed: DESIGNER, say: "what's due this week", check: lists(['Send invoice to Acme', 'Logo revisions for Bloom Bakery', 'Swimming lessons'], ['Order business cards']) },
  { seed: DESIGNER, say: 'anything overdue?', check: lists(['Chase Nova Ltd payment', 'Dentist for Maya'], ['Send invoice to Acme', 'Call with Harbour Studio']) },
  { seed: DESIGNER, say: 'what have i got on friday', check: lists(['Send invoice to Acme'], ['Gym', 'Swimming lessons']) },
  { seed: DESIGNER, say: 'whats on today', check: lists(['Call with Harbour Studio', 'School pickup', 'Big grocery shop'], ['Gym', 'Send invoice to Acme']) },
  { seed: DESIGNER, say: 'show me the invoice stuff', check: lists(['Send invoice to Acme', 'Chase Nova Ltd payment'], ['Logo revisions for Bloom Bakery']) },
  { seed: DESIGNER, say: "when's parents evening", check: (o) => { lists(["Parents' evening"])(o); assert.match(o.reply, /Dec(ember)?\.? 2\b|\b2(nd)? Dec|12\/2\b|Wed(nesday)?/i); } },
  { seed: DESIGNER, say: 'anything on this weekend?', check: lists(['Swimming lessons'], ['Send invoice to Acme']) },

  // Moods and small talk with date words: nothing changes.
  { seed: DESIGNER, say: "friday can't come soon enough", check: calm },
  { seed: DESIGNER, say: "monday's client call was a nightmare", check: calm },
  { seed: DESIGNER, say: 'the kids are off school next week, send help', check: calm },
  { seed: DESIGNER, say: "cheers, that's me done for the day", check: calm },
  { seed: DESIGNER, say: 'so tired, up since half 5 with the little one', check: calm },
  { seed: DESIGNER, say: "what a week and it's only wednesday", check: calm },
];
