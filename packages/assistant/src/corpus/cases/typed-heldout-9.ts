// An eighth blind typed set (session 18), written after the seventh round of typed fixes and before the eighth: chat
// shorthand and emoji, "mon-fri", lists without commas, follow-ups on a listed or just-added task, edits said as
// statements, completion slang, bulk scope, questions and moods. Measured by bench/typed-heldout.ts 9.
// Clock: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { added, changed, has, lists, says, statuses, unchanged } from '../checks.js';
import type { Outcome, PhraseCase, Seed } from '../runner.js';

const FLAT: Seed[] = [
  { title: 'Pay electricity bill', due: '2026-11-28 09:00', tags: ['bills'] },
  { title: 'Gym session', due: '2026-11-25 18:00' },
  { title: 'Email professor', due: '2026-11-23 12:00', priority: 'high' },
  { title: 'Buy cat food', tags: ['shopping'] },
  { title: 'Buy detergent', tags: ['shopping'] },
  { title: 'Project demo', due: '2026-12-01 15:00', tags: ['work'], priority: 'high' },
  { title: 'Mow the lawn', priority: 'low' },
  { title: 'Call insurance', due: '2026-11-26 11:00' },
  { title: 'Return library books', completed: true },
];

const calm = (o: Outcome) => { unchanged(o); assert.doesNotMatch(o.reply, /^(Added|Deleted|Marked|Moved|Changed)/); };
const asks = (o: Outcome) => { unchanged(o); assert.match(o.reply, /\?/); };
const day = (o: Outcome, title: string) => { const t = o.tasks.find((x) => x.title === title); assert.ok(t?.dueAt, `${title} has no due date`); return new Date(t.dueAt).toLocaleDateString('en-CA', { timeZone: o.zone }); };
// Either asks first (nothing touched) or touches exactly what the words define.
const asksOr = (then: (o: Outcome) => void) => (o: Outcome) => { if (/\?/.test(o.reply) && !/^(Added|Deleted|Marked|Moved)/.test(o.reply)) unchanged(o); else then(o); };
const one = (title: string, expected: Parameters<typeof has>[2]) => (o: Outcome) => { assert.equal(o.tasks.length, o.seeded.length + 1, `tasks: ${o.tasks.map((t) => t.title).join(', ')}`); has(o, title, expected); };

export const TYPED_HELDOUT_9: PhraseCase[] = [
  { seed: FLAT, say: 'pick up cat litter tmrw evening', check: added('Pick up cat litter', { due: '2026-11-26' }) },
  { seed: FLAT, say: 'book car service for next thurs', check: added('Book car service', { due: '2026-12-03' }) },
  { seed: FLAT, say: 'meeting w/ landlord sat @ 11am', check: added('Meeting with landlord', { due: '2026-11-28 11:00' }) },
  { seed: FLAT, say: 'need to buy stamps', check: added('Buy stamps') },
  { seed: FLAT, say: 'dont forget to text jess tonight', check: added('Text jess', { due: '2026-11-25' }) },
  { seed: FLAT, say: 'water plants every 3 days', check: added('Water plants', { rule: 'FREQ=DAILY;INTERVAL=3' }) },
  { seed: FLAT, say: 'standup mon-fri 9:30', check: added('Standup', { rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }) },
  { seed: FLAT, say: 'add toothpaste shampoo and soap', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 3); for (const t of ['Toothpaste', 'Shampoo', 'Soap']) has(o, t, {}); } },
  { seed: FLAT, say: 'high priority: finish tax return by friday', check: added('Finish tax return', { priority: 'high', due: '2026-11-27' }) },
  { seed: FLAT, say: 'clean out the fridge (low priority)', check: added('Clean out the fridge', { priority: 'low' }) },
  { seed: FLAT, say: 'add bake cake for mums bday sunday #family', check: added('Bake cake for mums bday', { due: '2026-11-29', tags: ['family'] }) },
  { seed: FLAT, say: 'remind me in 20 mins to check the oven', check: added('Check the oven', { due: '2026-11-25 09:20' }) },
  { seed: FLAT, say: ['add dinner with ana friday 7pm', 'move it to 8'], check: one('Dinner with ana', { due: '2026-11-27 20:00' }) },
  { seed: FLAT, say: ['add pay parking fine', 'make that urgent'], check: one('Pay parking fine', { priority: 'high' }) },
  { seed: FLAT, say: ['what do i have tomorrow', 'push the first one to friday'], check: changed('Call insurance', { due: '2026-11-27 11:00' }) },
  { seed: FLAT, say: ['show my shopping list', 'delete both'], check: asksOr((o) => { assert.equal(o.tasks.length, o.seeded.length - 2); assert.ok(!o.tasks.some((t) => /^Buy (cat food|detergent)$/.test(t.title))); }) },
  { seed: FLAT, say: 'demo moved to dec 3', check: changed('Project demo', { due: '2026-12-03 15:00' }) },
  { seed: FLAT, say: 'insurance call is at 2 now', check: changed('Call insurance', { due: '2026-11-26 14:00' }) },
  { seed: FLAT, say: 'lawn can wait till next week', check: (o) => { assert.equal(o.tasks.length, o.seeded.length); const d = day(o, 'Mow the lawn'); assert.ok(d >= '2026-11-30' && d <= '2026-12-06', d); } },
  { seed: FLAT, say: 'gym is not important', check: changed('Gym session', { priority: 'low' }) },
  { seed: FLAT, say: 'label the electricity bill as home', check: changed('Pay electricity bill', { tags: ['bills', 'home'] }) },
  { seed: FLAT, say: 'remove the bills tag from electricity', check: changed('Pay electricity bill', { tags: [] }) },
  { seed: FLAT, say: 'change gym to 7pm', check: changed('Gym session', { due: '2026-11-25 19:00' }) },
  { seed: FLAT, say: 'rename cat food to buy cat food and treats', check: (o) => { assert.equal(o.tasks.length, o.seeded.length); has(o, 'Buy cat food and treats', {}); } },
  { seed: FLAT, say: 'paid the electricity 💸', check: statuses({ 'Pay electricity bill': 'completed' }) },
  { seed: FLAT, say: 'gym ✔️', check: statuses({ 'Gym session': 'completed' }) },
  { seed: FLAT, say: 'emailed the prof', check: statuses({ 'Email professor': 'completed' }) },
  { seed: FLAT, say: 'detergent - got it', check: statuses({ 'Buy detergent': 'completed' }) },
  { seed: FLAT, say: 'lawn mowed', check: statuses({ 'Mow the lawn': 'completed' }) },
  { seed: FLAT, say: 'mark all shopping done', check: asksOr(statuses({ 'Buy cat food': 'completed', 'Buy detergent': 'completed', 'Gym session': 'pending' })) },
  { seed: FLAT, say: 'delete everything tagged work', check: asksOr((o) => { assert.equal(o.tasks.length, o.seeded.length - 1); assert.ok(!o.tasks.some((t) => t.title === 'Project demo')); }) },
  { seed: FLAT, say: 'reschedule everything from tomorrow to monday', check: asksOr((o) => { changed('Call insurance', { due: '2026-11-30 11:00' })(o); has(o, 'Gym session', { due: '2026-11-25 18:00' }); }) },
  { seed: FLAT, say: 'nuke it all', check: asks },
  { seed: FLAT, say: 'complete everything overdue', check: asksOr(statuses({ 'Email professor': 'completed', 'Gym session': 'pending', 'Call insurance': 'pending' })) },
  { seed: FLAT, say: 'whats on this wknd', check: lists(['Pay electricity bill'], ['Call insurance']) },
  { seed: FLAT, say: 'do i have anything on monday?', check: (o) => { unchanged(o); assert.doesNotMatch(o.reply, /Project demo|Call insurance/); } },
  { seed: FLAT, say: 'whens the demo', check: says(/Project demo[\s\S]*(Tue|Dec 1)/, unchanged) },
  { seed: FLAT, say: 'how many tasks do i have left', check: says(/\d/, unchanged) },
  { seed: FLAT, say: 'show overdue', check: lists(['Email professor'], ['Call insurance']) },
  { seed: FLAT, say: 'anything tagged bills?', check: lists(['Pay electricity bill'], ['Buy cat food']) },
  { seed: FLAT, say: 'so stressed about the demo next week', check: calm },
  { seed: FLAT, say: 'monday again 🙄', check: calm },
  { seed: FLAT, say: 'lol ok', check: calm },
  { seed: FLAT, say: 'good morning!', check: calm },
];
