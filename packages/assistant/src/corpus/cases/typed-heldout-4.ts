// A third blind typed set (session 18), written after the second round of typed fixes and before the third: typos,
// follow-ups, bulk changes with their scope said, safety, questions. Measured by bench/typed-heldout.ts 4.
// Same clock as the phrase corpus: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { added, changed, gone, has, lists, says, statuses, unchanged } from '../checks.js';
import type { Outcome, PhraseCase, Seed } from '../runner.js';

const WEEK: Seed[] = [
  { title: 'Pick up prescription', due: '2026-11-25 16:00' },
  { title: 'Dinner with Maria', due: '2026-11-27 19:30', tags: ['social'] },
  { title: 'Finish tax return', due: '2026-11-30 17:00', priority: 'high', tags: ['admin'] },
  { title: 'Buy oat milk', tags: ['groceries'] },
  { title: 'Buy apples', tags: ['groceries'] },
  { title: 'Buy dog food', tags: ['groceries'] },
  { title: 'Piano lesson', due: '2026-11-26 17:00', recurrence: 'weekly' },
  { title: 'Email the school', due: '2026-11-24 10:00' },
  { title: 'Fix the bike' },
  { title: 'Renew gym membership', completed: true },
];

const calm = (o: Outcome) => { unchanged(o); assert.doesNotMatch(o.reply, /^(Added|Deleted|Marked|Moved|Changed)/); };
const asks = (o: Outcome) => { unchanged(o); assert.match(o.reply, /\?/); };

export const TYPED_HELDOUT_4: PhraseCase[] = [
  { seed: WEEK, say: 'add pick up dry cleanign tmrw', check: added('Pick up dry cleanign', { due: '2026-11-26' }) },
  { seed: WEEK, say: 'remind me to call the plumbr friday 10am', check: added('Call the plumbr', { due: '2026-11-27 10:00' }) },
  { seed: WEEK, say: 'mark presciption done', check: (o) => { assert.equal(o.tasks.length, o.seeded.length); assert.ok(o.reply.includes('Pick up prescription')); } },
  { seed: WEEK, say: ['add renew car insurance', 'make it due next friday'], check: (o) => has(o, 'Renew car insurance', { due: '2026-12-04' }) },
  { seed: WEEK, say: ['add get a new kettle', 'tag it home'], check: (o) => has(o, 'Get a new kettle', { tags: ['home'] }) },
  { seed: WEEK, say: ['delete the bike', 'undo'], check: (o) => has(o, 'Fix the bike', { status: 'pending' }) },
  { seed: WEEK, say: ['show my groceries', 'mark them all done'], check: (o) => { assert.match(o.reply, /\?|Marked/); } },
  { seed: WEEK, say: 'tick off apples and dog food', check: statuses({ 'Buy apples': 'completed', 'Buy dog food': 'completed', 'Buy oat milk': 'pending' }) },
  { seed: WEEK, say: 'move dinner with maria to saturday and the piano lesson to friday', check: (o) => { has(o, 'Dinner with Maria', { due: '2026-11-28 19:30' }); has(o, 'Piano lesson', { due: '2026-11-27 17:00' }); } },
  { seed: WEEK, say: 'move everything due today to tomorrow', check: (o) => { const ask = /\?/.test(o.reply); if (ask) unchanged(o); else { has(o, 'Pick up prescription', { due: '2026-11-26 16:00' }); has(o, 'Email the school', { due: '2026-11-24' }); } } },
  { seed: WEEK, say: 'delete all my groceries', check: says(/^Delete these 3 tasks\?/, unchanged) },
  { seed: WEEK, say: 'delete the groceries stuff except the oat milk', check: says(/^Delete these 2 tasks\?/, unchanged) },
  { seed: WEEK, say: 'clear the list', check: asks },
  { seed: WEEK, say: 'remove stuff', check: asks },
  { seed: WEEK, say: 'done', check: (o) => unchanged(o) },
  { seed: WEEK, say: 'the school email can wait til monday', check: changed('Email the school', { due: '2026-11-30' }) },
  { seed: WEEK, say: 'dinner w maria is at 8 now', check: changed('Dinner with Maria', { due: '2026-11-27 20:00' }) },
  { seed: WEEK, say: 'piano is every tuesday now', check: changed('Piano lesson', { rule: 'FREQ=WEEKLY;BYDAY=TU' }) },
  { seed: WEEK, say: 'stop repeating the piano lesson', check: changed('Piano lesson', { rule: null }) },
  { seed: WEEK, say: 'tax return is low prio', check: changed('Finish tax return', { priority: 'low' }) },
  { seed: WEEK, say: 'make the bike urgent', check: changed('Fix the bike', { priority: 'high' }) },
  { seed: WEEK, say: 'remind me about the tax return the day before', check: changed('Finish tax return', { remindBefore: 1440 }) },
  { seed: WEEK, say: 'rename fix the bike to fix the bike brakes', check: changed('Fix the bike brakes', {}) },
  { seed: WEEK, say: 'add #errands to the prescription', check: changed('Pick up prescription', { tags: ['errands'] }) },
  { seed: WEEK, say: 'what do i have on friday', check: lists(['Dinner with Maria'], ['Piano lesson']) },
  { seed: WEEK, say: 'anything i forgot?', check: (o) => { unchanged(o); assert.ok(o.reply.includes('Email the school')); } },
  { seed: WEEK, say: 'whats my most urgent thing', check: (o) => { unchanged(o); assert.ok(o.reply.includes('Finish tax return')); } },
  { seed: WEEK, say: 'show completed', check: lists(['Renew gym membership'], ['Fix the bike']) },
  { seed: WEEK, say: 'when is piano', check: says(/Piano lesson/, unchanged) },
  { seed: WEEK, say: 'do i need to buy anything', check: lists(['Buy oat milk', 'Buy apples'], ['Fix the bike']) },
  { seed: WEEK, say: 'ugh the tax return', check: calm },
  { seed: WEEK, say: 'dreading friday tbh', check: calm },
  { seed: WEEK, say: 'this week has been a lot', check: calm },
  { seed: WEEK, say: 'love you bot', check: calm },
  { seed: WEEK, say: 'bike fixed!', check: statuses({ 'Fix the bike': 'completed' }) },
  { seed: WEEK, say: 'emailed the school finally 😅', check: statuses({ 'Email the school': 'completed' }) },
  { seed: WEEK, say: 'got the prescription', check: statuses({ 'Pick up prescription': 'completed' }) },
  { seed: WEEK, say: 'cancel dinner with maria', check: gone('Dinner with Maria') },
  { seed: WEEK, say: 'groceries: eggs, butter', check: (o) => { has(o, 'Eggs', { tags: ['groceries'] }); has(o, 'Butter', { tags: ['groceries'] }); } },
  { seed: WEEK, say: 'book dentist for the 9th at 11', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); has(o, o.tasks.some((t) => t.title === 'Dentist') ? 'Dentist' : 'Book dentist', { due: '2026-12-09 11:00' }); } },
];
