// A seventh blind typed set (session 18), written after the sixth round of typed fixes and before the seventh: chat
// shorthand (tmr, nxt wk, b4, w/, @ 3pm, pls, asap), emoji, follow-ups, edits said as statements, completion slang,
// bulk scope, moods and questions with date words. Measured by bench/typed-heldout.ts 8.
// Clock: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { added, changed, has, lists, says, statuses, unchanged } from '../checks.js';
import type { Outcome, PhraseCase, Seed } from '../runner.js';

const DESK: Seed[] = [
  { title: 'Dentist appointment', due: '2026-11-27 14:00' },
  { title: 'Submit expense report', due: '2026-11-25 17:00', tags: ['work'], priority: 'high' },
  { title: 'Pick up dry cleaning', due: '2026-11-25 12:00' },
  { title: 'Book flights to lisbon', tags: ['travel'] },
  { title: 'Call grandma', due: '2026-11-24 18:00' },
  { title: 'Team retro', due: '2026-11-26 10:00', tags: ['work'] },
  { title: 'Fix bike tyre', priority: 'low' },
  { title: 'Read chapter 4', completed: true },
];

const calm = (o: Outcome) => { unchanged(o); assert.doesNotMatch(o.reply, /^(Added|Deleted|Marked|Moved|Changed)/); };
const asks = (o: Outcome) => { unchanged(o); assert.match(o.reply, /\?/); };
const local = (o: Outcome, title: string) => { const t = o.tasks.find((x) => x.title === title); assert.ok(t?.dueAt, `${title} has no due date`); return new Date(t.dueAt).toLocaleDateString('en-CA', { timeZone: o.zone }); };
const oneNew = (title: string, due: (day: string) => boolean) => (o: Outcome) => {
  assert.equal(o.tasks.length, o.seeded.length + 1, `tasks: ${o.tasks.map((t) => t.title).join(', ')}`);
  assert.ok(due(local(o, title)), `${title}: due ${local(o, title)}`);
};
// Either asks first (nothing touched) or touches exactly what the words define.
const asksOr = (then: (o: Outcome) => void) => (o: Outcome) => { if (/\?/.test(o.reply) && !/^(Added|Deleted|Marked|Moved)/.test(o.reply)) unchanged(o); else then(o); };

export const TYPED_HELDOUT_8: PhraseCase[] = [
  { seed: DESK, say: 'buy printer ink tmr', check: added('Buy printer ink', { due: '2026-11-26' }) },
  { seed: DESK, say: 'call the landlord @ 3pm', check: added('Call the landlord', { due: '2026-11-25 15:00' }) },
  { seed: DESK, say: 'pls add renew passport asap', check: added('Renew passport', { priority: 'high' }) },
  { seed: DESK, say: 'drinks w/ sam fri 7pm 🍻', check: added('Drinks with sam', { due: '2026-11-27 19:00' }) },
  { seed: DESK, say: 'send invoice b4 monday', check: oneNew('Send invoice', (d) => d >= '2026-11-27' && d <= '2026-11-30') },
  { seed: DESK, say: 'nxt wk finish the slides', check: oneNew('Finish the slides', (d) => d >= '2026-11-30' && d <= '2026-12-06') },
  { seed: DESK, say: 'yoga every tues and thurs 6am', check: added('Yoga', { rule: 'FREQ=WEEKLY;BYDAY=TU,TH' }) },
  { seed: DESK, say: 'pay rent on the 1st of every month', check: added('Pay rent', { rule: 'FREQ=MONTHLY;BYMONTHDAY=1' }) },
  { seed: DESK, say: 'add eggs milk and butter to shopping', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 3); for (const t of ['Eggs', 'Milk', 'Butter']) has(o, t, {}); } },
  { seed: DESK, say: 'todo: email the accountant #finance', check: added('Email the accountant', { tags: ['finance'] }) },
  { seed: DESK, say: 'new task clean garage, low prio', check: added('Clean garage', { priority: 'low' }) },
  { seed: DESK, say: 'add call plumber !!', check: added('Call plumber', { priority: 'high' }) },
  { seed: DESK, say: 'remind me to take out the bins every thursday night', check: added('Take out the bins', { rule: 'FREQ=WEEKLY;BYDAY=TH' }) },
  { seed: DESK, say: ['add haircut friday', 'actually make it saturday'], check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); has(o, 'Haircut', { due: '2026-11-28' }); } },
  { seed: DESK, say: ['add meet tom at 2pm tmrw', 'actually make it 4'], check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); has(o, 'Meet tom', { due: '2026-11-26 16:00' }); } },
  { seed: DESK, say: ['add buy a gift for mia', 'due sunday pls'], check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); has(o, 'Buy a gift for mia', { due: '2026-11-29' }); } },
  { seed: DESK, say: ['show work stuff', 'mark the second one done'], check: statuses({ 'Team retro': 'completed', 'Submit expense report': 'pending' }) },
  { seed: DESK, say: 'dentist moved to monday 10am', check: changed('Dentist appointment', { due: '2026-11-30 10:00' }) },
  { seed: DESK, say: 'retro is at 11 now', check: changed('Team retro', { due: '2026-11-26 11:00' }) },
  { seed: DESK, say: 'expense report can wait till friday', check: changed('Submit expense report', { due: '2026-11-27' }) },
  { seed: DESK, say: 'the flights are urgent', check: changed('Book flights to lisbon', { priority: 'high' }) },
  { seed: DESK, say: 'retro is low priority', check: changed('Team retro', { priority: 'low' }) },
  { seed: DESK, say: 'add work tag to the flights', check: changed('Book flights to lisbon', { tags: ['travel', 'work'] }) },
  { seed: DESK, say: 'untag the flights', check: changed('Book flights to lisbon', { tags: [] }) },
  { seed: DESK, say: 'rename grandma call to call grandma and grandpa', check: (o) => { assert.equal(o.tasks.length, o.seeded.length); has(o, 'Call grandma and grandpa', {}); } },
  { seed: DESK, say: 'dry cleaning ✅', check: statuses({ 'Pick up dry cleaning': 'completed' }) },
  { seed: DESK, say: 'finally sorted the expense report', check: statuses({ 'Submit expense report': 'completed' }) },
  { seed: DESK, say: 'called grandma 👵', check: statuses({ 'Call grandma': 'completed' }) },
  { seed: DESK, say: 'crossed off the bike tyre', check: statuses({ 'Fix bike tyre': 'completed' }) },
  { seed: DESK, say: 'mark everything from today done', check: asksOr(statuses({ 'Pick up dry cleaning': 'completed', 'Submit expense report': 'completed', 'Call grandma': 'pending', 'Team retro': 'pending' })) },
  { seed: DESK, say: 'move all work stuff to next week', check: asksOr((o) => { for (const t of ['Submit expense report', 'Team retro']) assert.ok(local(o, t) >= '2026-11-30'); assert.equal(local(o, 'Dentist appointment'), '2026-11-27'); }) },
  { seed: DESK, say: 'clear everything', check: asks },
  { seed: DESK, say: 'delete all done tasks', check: asksOr((o) => { assert.equal(o.tasks.length, o.seeded.length - 1); assert.ok(!o.tasks.some((t) => t.title === 'Read chapter 4')); }) },
  { seed: DESK, say: 'push overdue stuff to tmrw', check: (o) => { changed('Call grandma', { due: '2026-11-26' })(o); has(o, 'Pick up dry cleaning', { due: '2026-11-25 12:00' }); has(o, 'Dentist appointment', { due: '2026-11-27 14:00' }); } },
  { seed: DESK, say: 'anything due tmrw?', check: lists(['Team retro'], ['Dentist appointment', 'Pick up dry cleaning']) },
  { seed: DESK, say: 'am i free friday', check: says(/Dentist appointment/, unchanged) },
  { seed: DESK, say: 'when is the dentist', check: says(/Dentist appointment[\s\S]*(Fri|27)/, unchanged) },
  { seed: DESK, say: 'wat did i finish', check: lists(['Read chapter 4'], ['Team retro']) },
  { seed: DESK, say: 'show high prio', check: lists(['Submit expense report'], ['Fix bike tyre']) },
  { seed: DESK, say: 'ugh today has been sooo long 😩', check: calm },
  { seed: DESK, say: 'cant wait for friday lol', check: calm },
  { seed: DESK, say: 'thx 👍', check: calm },
];
