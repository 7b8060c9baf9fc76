// A fourth blind typed set (session 18), written after the third round of typed fixes and before the fourth: terse
// notes, relative dates, verb typos, several tasks that share a word, destructive wording. Measured by
// bench/typed-heldout.ts 5. Same clock as the phrase corpus: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { added, changed, gone, has, lists, says, statuses, unchanged } from '../checks.js';
import type { Outcome, PhraseCase, Seed } from '../runner.js';

const LIFE: Seed[] = [
  { title: 'Team meeting', due: '2026-11-26 10:00', tags: ['work'] },
  { title: 'Meeting with accountant', due: '2026-11-30 14:00' },
  { title: 'Buy printer paper', tags: ['office'] },
  { title: 'Walk the dog', due: '2026-11-25 18:00', recurrence: 'daily' },
  { title: 'Write thank-you notes', priority: 'low' },
  { title: 'Submit timesheet', due: '2026-11-27 17:00', tags: ['work'] },
  { title: 'Book flights home', due: '2026-12-05 09:00', priority: 'high' },
  { title: 'Return library books', due: '2026-11-22 12:00' },
  { title: 'Mow the lawn', completed: true },
  { title: 'Defrost freezer', completed: true },
];

const calm = (o: Outcome) => { unchanged(o); assert.doesNotMatch(o.reply, /^(Added|Deleted|Marked|Moved|Changed)/); };
const asks = (o: Outcome) => { unchanged(o); assert.match(o.reply, /\?/); };

export const TYPED_HELDOUT_5: PhraseCase[] = [
  { seed: LIFE, say: 'car wash sat morning', check: added('Car wash', { due: '2026-11-28' }) },
  { seed: LIFE, say: 'pay water bill by the 3rd', check: added('Pay water bill', { due: '2026-12-03' }) },
  { seed: LIFE, say: 'add call aunt jo in 3 days', check: added('Call aunt jo', { due: '2026-11-28' }) },
  { seed: LIFE, say: 'dentist checkup end of month', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); has(o, 'Dentist checkup', { due: '2026-11-30' }); } },
  { seed: LIFE, say: 'add haircut next week #self', check: added('Haircut', { tags: ['self'] }) },
  { seed: LIFE, say: 'new task water the garden every evening', check: added('Water the garden', { rule: 'FREQ=DAILY' }) },
  { seed: LIFE, say: 'add bake a cake for sams bday on the 12th', check: added('Bake a cake for sams bday', { due: '2026-12-12' }) },
  { seed: LIFE, say: 'delete the meeting', check: says(/Which one/, unchanged) },
  { seed: LIFE, say: 'delete the team meeting', check: gone('Team meeting') },
  { seed: LIFE, say: 'delete my tasks', check: asks },
  { seed: LIFE, say: 'clear completed', check: says(/^Delete these 2 tasks\?/, unchanged) },
  { seed: LIFE, say: 'delte the thank you notes', check: gone('Write thank-you notes') },
  { seed: LIFE, say: 'complet the timesheet', check: statuses({ 'Submit timesheet': 'completed' }) },
  { seed: LIFE, say: 'resceduale the accountant to tuesday', check: changed('Meeting with accountant', { due: '2026-12-01 14:00' }) },
  { seed: LIFE, say: 'walked the dog', check: (o) => { assert.match(o.reply, /^Marked "Walk the dog" as done/); assert.ok(!o.tasks.some((t) => !o.seeded.some((s) => s.id === t.id) && t.title !== 'Walk the dog')); } },
  { seed: LIFE, say: 'library books returned', check: statuses({ 'Return library books': 'completed' }) },
  { seed: LIFE, say: 'paper bought', check: statuses({ 'Buy printer paper': 'completed' }) },
  { seed: LIFE, say: 'reopen the lawn', check: statuses({ 'Mow the lawn': 'pending' }) },
  { seed: LIFE, say: 'oops the freezer isnt done actually', check: statuses({ 'Defrost freezer': 'pending' }) },
  { seed: LIFE, say: 'flights can be low priority', check: changed('Book flights home', { priority: 'low' }) },
  // The scope is said: asked first, or exactly the two work tasks moved a week on.
  { seed: LIFE, say: 'push everything tagged work to next week', check: (o) => (/\?/.test(o.reply) ? unchanged(o) : (has(o, 'Team meeting', { due: '2026-12-0' }), has(o, 'Submit timesheet', { due: '2026-12-0' }), has(o, 'Book flights home', { due: '2026-12-05' }))) },
  { seed: LIFE, say: 'move the timesheet to monday 9am', check: changed('Submit timesheet', { due: '2026-11-30 09:00' }) },
  { seed: LIFE, say: 'make the dog walk every other day', check: changed('Walk the dog', { rule: 'FREQ=DAILY;INTERVAL=2' }) },
  { seed: LIFE, say: 'remind me an hour before the team meeting', check: changed('Team meeting', { remindBefore: 60 }) },
  { seed: LIFE, say: 'no due date for the flights', check: changed('Book flights home', { due: null }) },
  { seed: LIFE, say: 'add a note to the flights: check baggage allowance', check: changed('Book flights home', { description: 'check baggage allowance' }) },
  { seed: LIFE, say: 'whats on thursday', check: lists(['Team meeting'], ['Submit timesheet']) },
  { seed: LIFE, say: 'list everything tagged work', check: lists(['Team meeting', 'Submit timesheet'], ['Book flights home']) },
  { seed: LIFE, say: 'anything low priority', check: lists(['Write thank-you notes'], ['Book flights home']) },
  { seed: LIFE, say: 'whats been done', check: lists(['Mow the lawn', 'Defrost freezer'], ['Book flights home']) },
  { seed: LIFE, say: 'how many overdue', check: says(/1/, unchanged) },
  { seed: LIFE, say: 'next meeting?', check: says(/Team meeting/, unchanged) },
  { seed: LIFE, say: 'thx!', check: calm },
  { seed: LIFE, say: 'u rock', check: calm },
  { seed: LIFE, say: 'what a monday', check: calm },
  { seed: LIFE, say: 'weekend finally 🍻', check: calm },
  { seed: LIFE, say: 'tired of meetings', check: calm },
  { seed: LIFE, say: 'nvm', check: calm },
  // The scope is said (one task has the tag): asked first, or that task alone deleted.
  { seed: LIFE, say: 'wipe everything tagged office', check: (o) => (/\?/.test(o.reply) ? unchanged(o) : gone('Buy printer paper')(o)) },
  { seed: LIFE, say: 'forget the thank you notes', check: gone('Write thank-you notes') },
];
