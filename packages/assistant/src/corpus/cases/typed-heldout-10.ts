// A ninth blind typed set (session 18), written after the typed fixes of #11 points 3-5 and before any fix for it:
// adds with shorthand, phrasal verbs, edits through "its"/"their", statements about tasks, completions said loosely,
// questions and moods. Measured by bench/typed-heldout.ts 10. Clock: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { added, changed, has, lists, says, statuses, unchanged } from '../checks.js';
import type { Outcome, PhraseCase, Seed } from '../runner.js';

const HOUSE: Seed[] = [
  { title: 'Renew car insurance', due: '2026-12-08 09:00', tags: ['car'] },
  { title: 'Piano lesson', due: '2026-11-26 16:30' },
  { title: 'Send invoice to acme', due: '2026-11-24 12:00', priority: 'high', tags: ['work'] },
  { title: 'Buy printer ink', tags: ['shopping'] },
  { title: 'Buy batteries', tags: ['shopping'] },
  { title: 'Team offsite', due: '2026-12-02 10:00', tags: ['work'] },
  { title: 'Fix the garden gate', priority: 'low' },
  { title: 'Defrost the freezer', completed: true },
];

const calm = (o: Outcome) => { unchanged(o); assert.doesNotMatch(o.reply, /^(Added|Deleted|Marked|Moved|Changed)/); };
const one = (title: string, expected: Parameters<typeof has>[2]) => (o: Outcome) => { assert.equal(o.tasks.length, o.seeded.length + 1, `tasks: ${o.tasks.map((t) => t.title).join(', ')}`); has(o, title, expected); };

export const TYPED_HELDOUT_10: PhraseCase[] = [
  { seed: HOUSE, say: 'grab some milk on the way home tonight', check: added('Grab some milk on the way home', { due: '2026-11-25' }) },
  { seed: HOUSE, say: 'bring the ladder back to dave on saturday', check: added('Bring the ladder back to dave', { due: '2026-11-28' }) },
  { seed: HOUSE, say: 'hang the washing out tomorrow morning', check: added('Hang the washing out', { due: '2026-11-26' }) },
  { seed: HOUSE, say: 'schedule a haircut for next tuesday 2pm', check: added('Haircut', { due: '2026-12-01 14:00' }) },
  { seed: HOUSE, say: 'call the bank asap', check: added('Call the bank', { priority: 'high' }) },
  { seed: HOUSE, say: 'vacuum the stairs every saturday', check: added('Vacuum the stairs', { rule: 'FREQ=WEEKLY;BYDAY=SA' }) },
  { seed: HOUSE, say: 'add dentist on the 14th at 10', check: added('Dentist', { due: '2026-12-14 10:00' }) },
  { seed: HOUSE, say: 'add eggs, flour and a lemon to shopping', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 3); for (const t of ['Eggs', 'Flour', 'Lemon']) has(o, t, { tags: ['shopping'] }); } },
  { seed: HOUSE, say: 'submit timesheet by end of day friday', check: added('Submit timesheet', { due: '2026-11-27' }) },
  { seed: HOUSE, say: 'pay the water bill on the 1st of every month', check: added('Pay the water bill', { rule: 'FREQ=MONTHLY;BYMONTHDAY=1' }) },
  { seed: HOUSE, say: ['add book flights to lisbon', 'change its priority to high'], check: one('Book flights to lisbon', { priority: 'high' }) },
  { seed: HOUSE, say: ['add call the landlord', 'set its due date to monday'], check: one('Call the landlord', { due: '2026-11-30' }) },
  { seed: HOUSE, say: ['add pick up dry cleaning', 'tag it errands'], check: one('Pick up dry cleaning', { tags: ['errands'] }) },
  { seed: HOUSE, say: 'the piano lesson is moved to friday', check: changed('Piano lesson', { due: '2026-11-27 16:30' }) },
  { seed: HOUSE, say: 'car insurance renewal is due on the 2nd now', check: changed('Renew car insurance', { due: '2026-12-02 09:00' }) },
  { seed: HOUSE, say: 'the garden gate can wait till next month', check: (o) => { assert.equal(o.tasks.length, o.seeded.length); assert.ok(/^2026-12/.test(new Date(has(o, 'Fix the garden gate', {}).dueAt ?? '').toISOString())); } },
  { seed: HOUSE, say: 'offsite is now on the 4th', check: changed('Team offsite', { due: '2026-12-04 10:00' }) },
  { seed: HOUSE, say: 'make the invoice low priority', check: changed('Send invoice to acme', { priority: 'low' }) },
  { seed: HOUSE, say: 'rename the garden gate task to repair the side gate', check: (o) => { assert.equal(o.tasks.length, o.seeded.length); has(o, 'Repair the side gate', {}); } },
  { seed: HOUSE, say: 'sent the invoice to acme', check: statuses({ 'Send invoice to acme': 'completed', 'Piano lesson': 'pending' }) },
  { seed: HOUSE, say: 'got the batteries', check: statuses({ 'Buy batteries': 'completed', 'Buy printer ink': 'pending' }) },
  { seed: HOUSE, say: 'the freezer still needs doing', check: statuses({ 'Defrost the freezer': 'pending' }) },
  { seed: HOUSE, say: 'remove the shopping tag from the ink', check: (o) => { assert.equal(o.tasks.length, o.seeded.length); has(o, 'Buy printer ink', { tags: [] }); } },
  { seed: HOUSE, say: 'whats overdue', check: lists(['Send invoice to acme']) },
  { seed: HOUSE, say: 'anything on tomorrow?', check: lists(['Piano lesson']) },
  { seed: HOUSE, say: 'what have i got for work', check: lists(['Send invoice to acme', 'Team offsite']) },
  { seed: HOUSE, say: 'how many things are on my shopping list', check: says(/\b2\b/, unchanged) },
  { seed: HOUSE, say: 'cancel everything', check: (o) => { assert.equal(o.tasks.length, o.seeded.length); assert.match(o.reply, /\?/); } },
  { seed: HOUSE, say: 'long day tomorrow ugh', check: calm },
  { seed: HOUSE, say: 'thanks thats all for now', check: calm },
];
