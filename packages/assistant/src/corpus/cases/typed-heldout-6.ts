// A fifth blind typed set (session 18), written after the fourth round of typed fixes and before the fifth: time
// formats, spelling slips, caps and punctuation, bulk scope with exceptions, follow-ups. Measured by
// bench/typed-heldout.ts 6. Same clock as the phrase corpus: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { added, changed, gone, has, lists, says, statuses, unchanged } from '../checks.js';
import type { Outcome, PhraseCase, Seed } from '../runner.js';

const HOUSE: Seed[] = [
  { title: 'Fix the leaking tap', due: '2026-11-26 18:00', tags: ['home'] },
  { title: 'Clean the oven', tags: ['home'], priority: 'low' },
  { title: 'Client call', due: '2026-11-25 15:00', tags: ['work'] },
  { title: 'Send the proposal', due: '2026-11-23 17:00', tags: ['work'], priority: 'high' },
  { title: 'Buy batteries', tags: ['shopping'] },
  { title: 'Take meds', due: '2026-11-25 08:00', recurrence: 'daily' },
  { title: 'Call the electrician', due: '2026-11-20 09:00' },
  { title: 'Sort the recycling', completed: true },
];

const calm = (o: Outcome) => { unchanged(o); assert.doesNotMatch(o.reply, /^(Added|Deleted|Marked|Moved|Changed)/); };
const asks = (o: Outcome) => { unchanged(o); assert.match(o.reply, /\?/); };

export const TYPED_HELDOUT_6: PhraseCase[] = [
  { seed: HOUSE, say: 'ADD BUY MILK TOMMOROW', check: added('Buy milk', { due: '2026-11-26' }) },
  { seed: HOUSE, say: 'gym wendsday 6pm', check: added('Gym', { due: '2026-11-25 18:00' }) },
  { seed: HOUSE, say: 'call mum at 5.30pm', check: added('Call mum', { due: '2026-11-25 17:30' }) },
  { seed: HOUSE, say: 'standup at 0930 tomorrow', check: added('Standup', { due: '2026-11-26 09:30' }) },
  { seed: HOUSE, say: 'lunch w/ dev team noon friday', check: added('Lunch with dev team', { due: '2026-11-27 12:00' }) },
  { seed: HOUSE, say: 'remind me every morning at 8 to stretch', check: added('Stretch', { rule: 'FREQ=DAILY' }) },
  { seed: HOUSE, say: 'add pay bills, call bank, and renew license', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 3); has(o, 'Renew license', {}); } },
  { seed: HOUSE, say: 'Add: Plan the team offsite!!', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); assert.ok(o.tasks.some((t) => /^Plan the team offsite$/.test(t.title))); } },
  { seed: HOUSE, say: 'tap fixed 🔧', check: statuses({ 'Fix the leaking tap': 'completed' }) },
  { seed: HOUSE, say: 'oven is clean finally', check: statuses({ 'Clean the oven': 'completed' }) },
  { seed: HOUSE, say: 'done with the client call', check: statuses({ 'Client call': 'completed' }) },
  { seed: HOUSE, say: 'took my meds', check: (o) => { assert.match(o.reply, /^Marked "Take meds" as done/); } },
  { seed: HOUSE, say: ['delete the batteries', 'undo that'], check: (o) => has(o, 'Buy batteries', { status: 'pending' }) },
  { seed: HOUSE, say: 'delete everything except work', check: says(/^Delete these \d tasks\?/, (o) => { unchanged(o); assert.doesNotMatch(o.reply, /Client call|Send the proposal/); }) },
  // "Take meds" was due at 8 today: at 9 it is overdue too.
  { seed: HOUSE, say: 'remove all overdue', check: says(/^Delete these 3 tasks\?/, unchanged) },
  { seed: HOUSE, say: 'mark all work stuff done', check: (o) => { const asked = /\?/.test(o.reply); if (asked) unchanged(o); else statuses({ 'Client call': 'completed', 'Send the proposal': 'completed', 'Clean the oven': 'pending' })(o); } },
  { seed: HOUSE, say: 'push the electrician to next monday', check: changed('Call the electrician', { due: '2026-11-30 09:00' }) },
  { seed: HOUSE, say: 'the client call is at 4 not 3', check: changed('Client call', { due: '2026-11-25 16:00' }) },
  { seed: HOUSE, say: 'proposal deadline is friday now', check: changed('Send the proposal', { due: '2026-11-27' }) },
  { seed: HOUSE, say: 'oven can wait till the weekend', check: (o) => { assert.equal(o.tasks.length, o.seeded.length); assert.ok(has(o, 'Clean the oven', {}).dueAt?.startsWith('2026-11-2')); } },
  { seed: HOUSE, say: 'make meds every 12 hours', check: changed('Take meds', { rule: 'FREQ=HOURLY;INTERVAL=12' }) },
  { seed: HOUSE, say: 'stop the meds reminder', check: (o) => { assert.equal(o.tasks.length, o.seeded.length); assert.ok(o.tasks.some((t) => t.title === 'Take meds')); } },
  { seed: HOUSE, say: 'tag the tap and the oven as diy', check: (o) => { has(o, 'Fix the leaking tap', { tags: ['home', 'diy'] }); has(o, 'Clean the oven', { tags: ['home', 'diy'] }); } },
  { seed: HOUSE, say: 'proposal is less important now', check: changed('Send the proposal', { priority: 'low' }) },
  { seed: HOUSE, say: 'call the electrician task "ring sparky"', check: changed('Ring sparky', {}) },
  { seed: HOUSE, say: 'show me everything', check: lists(['Fix the leaking tap', 'Buy batteries'], []) },
  { seed: HOUSE, say: 'whats urgent', check: lists(['Send the proposal'], ['Clean the oven']) },
  { seed: HOUSE, say: "what's on this afternoon", check: lists(['Client call'], ['Fix the leaking tap']) },
  { seed: HOUSE, say: 'anything at home to do?', check: lists(['Fix the leaking tap', 'Clean the oven'], ['Client call']) },
  { seed: HOUSE, say: 'when did i sort the recycling', check: says(/Sort the recycling/, unchanged) },
  { seed: HOUSE, say: 'hiii', check: calm },
  { seed: HOUSE, say: 'gn', check: calm },
  { seed: HOUSE, say: 'such a long day', check: calm },
  { seed: HOUSE, say: 'i forgot to call the electrician again 🤦', check: (o) => { assert.equal(o.tasks.length, o.seeded.length); assert.equal(o.tasks.find((t) => t.title === 'Call the electrician')?.status, 'pending'); } },
  { seed: HOUSE, say: 'stop', check: calm },
  { seed: HOUSE, say: 'remove the tap and the oven', check: says(/^Delete these 2 tasks\?/, unchanged) },
];
