// Breadth (#11 point 5): lists of items, several commands in one message, renames, priority verbs, tag edits,
// completion slang, recurrence phrasings, and questions — written as users type them, not as the grammar reads them.
import assert from 'node:assert/strict';
import { added, changed, gone, has, lists, statuses, says, unchanged, STANDARD } from '../checks.js';
import type { Outcome, PhraseCase } from '../runner.js';

/** Exactly these new tasks (by title), none changed. */
function addedAll(titles: string[]): (o: Outcome) => void {
  return (o) => {
    const fresh = o.tasks.filter((t) => !o.seeded.some((s) => s.id === t.id)).map((t) => t.title);
    assert.deepEqual(fresh.sort(), [...titles].sort(), 'new tasks');
  };
}

const SYNC = [{ title: 'Weekly team sync', due: '2026-11-26 10:00', tags: ['work', 'meetings'] }, { title: 'Water plants' }];

export const BREADTH_CASES: PhraseCase[] = [
  // ---- lists of items ----
  { seed: STANDARD, say: 'add milk, eggs and bread', check: addedAll(['Milk', 'Eggs', 'Bread']) },
  { seed: STANDARD, say: 'add three things: milk, eggs, and bread', check: addedAll(['Milk', 'Eggs', 'Bread']) },
  { seed: STANDARD, say: 'add 2 things: renew passport and book the vet', check: addedAll(['Renew passport', 'Book the vet']) },
  { seed: STANDARD, say: 'put these on my shopping list: oat milk, bananas, coffee filters', check: (o) => {
    addedAll(['Oat milk', 'Bananas', 'Coffee filters'])(o);
    has(o, 'Bananas', { tags: ['shopping'] });
  } },
  { seed: STANDARD, say: 'couple of things for tomorrow: email sam and fix the bike', check: (o) => {
    addedAll(['Email sam', 'Fix the bike'])(o);
    has(o, 'Fix the bike', { due: '2026-11-26' });
  } },
  // ---- two commands in one message ----
  { seed: STANDARD, say: 'mark the dentist done and move pay rent to monday', check: (o) => {
    statuses({ 'Dentist appointment': 'completed' })(o);
    has(o, 'Pay rent', { due: '2026-11-30 09:00' });
  } },
  { seed: STANDARD, say: 'push the gift to sunday, then tick off groceries', check: (o) => {
    has(o, 'Buy birthday gift', { due: '2026-11-29 12:00', status: 'pending' });
    has(o, 'Buy groceries', { status: 'completed' });
  } },
  { seed: STANDARD, say: 'move the report to friday and make it low priority', check: changed('Finish report', { due: '2026-11-27 17:00', priority: 'low' }) },
  { seed: STANDARD, say: ['finish the report and delete the plumber task', 'undo'], check: (o) => {
    unchanged({ ...o, tasks: o.tasks.filter((t) => t.title !== 'Call plumber'), seeded: o.seeded.filter((t) => t.title !== 'Call plumber') });
    has(o, 'Call plumber', { priority: 'low', status: 'pending' });
  } },
  { seed: STANDARD, say: 'move the report and the gift to friday', check: (o) => {
    has(o, 'Finish report', { due: '2026-11-27' });
    has(o, 'Buy birthday gift', { due: '2026-11-27' });
    assert.equal(o.tasks.length, o.seeded.length);
  } },
  { seed: STANDARD, say: 'add research and development sync tomorrow', check: added('Research and development sync', { due: '2026-11-26' }) },
  // ---- renames ----
  { seed: STANDARD, say: "call the plumber task 'Ring Bob the plumber' from now on", check: changed('Ring Bob the plumber', { priority: 'low' }) },
  { seed: STANDARD, say: 'rename the gift thing to get anna a present', check: changed('Get anna a present', { tags: ['shopping'] }) },
  { seed: STANDARD, say: 'the report should be called Q4 board pack', check: changed('Q4 board pack', { priority: 'high' }) },
  // ---- priority verbs ----
  { seed: STANDARD, say: 'bump up the plumber', check: changed('Call plumber', { priority: 'high' }) },
  { seed: STANDARD, say: 'downgrade pay rent', check: changed('Pay rent', { priority: 'low' }) },
  { seed: STANDARD, say: 'deprioritise the report pls', check: changed('Finish report', { priority: 'low', status: 'pending' }) },
  { seed: STANDARD, say: 'knock the report down a notch', check: changed('Finish report', { priority: 'low' }) },
  { seed: STANDARD, say: 'make the report less urgent', check: changed('Finish report', { priority: 'low' }) },
  // ---- tag edits (never delete the task) ----
  { seed: SYNC, say: 'remove all tags from the team sync', check: changed('Weekly team sync', { tags: [] }) },
  { seed: SYNC, say: 'clear all tags on the sync', check: changed('Weekly team sync', { tags: [] }) },
  { seed: SYNC, say: 'untag the team sync', check: changed('Weekly team sync', { tags: [] }) },
  { seed: SYNC, say: 'take the meetings tag off the team sync', check: changed('Weekly team sync', { tags: ['work'] }) },
  { seed: SYNC, say: 'swap the work tag for office on the team sync', check: changed('Weekly team sync', { tags: ['office', 'meetings'] }) },
  { seed: SYNC, say: 'tag water plants with home and garden', check: changed('Water plants', { tags: ['home', 'garden'] }) },
  // ---- completion by past tense or slang ----
  { seed: STANDARD, say: 'knocked out the plumber call this morning 💪', check: statuses({ 'Call plumber': 'completed' }) },
  { seed: STANDARD, say: 'wrapped up the report finally', check: statuses({ 'Finish report': 'completed' }) },
  { seed: STANDARD, say: 'ticked off the groceries', check: statuses({ 'Buy groceries': 'completed', 'Buy birthday gift': 'pending' }) },
  { seed: STANDARD, say: 'paid the rent', check: statuses({ 'Pay rent': 'completed' }) },
  { seed: STANDARD, say: 'finally got round to calling the plumber', check: statuses({ 'Call plumber': 'completed' }) },
  // ---- recurrence ----
  { seed: STANDARD, say: 'add yoga every other tuesday at 7pm', check: added('Yoga', { due: '2026-12-01 19:00', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' }) },
  { seed: STANDARD, say: 'add piano lesson alternate thursdays', check: added('Piano lesson', { due: '2026-11-26', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH' }) },
  { seed: STANDARD, say: 'add clean the fridge fortnightly', check: added('Clean the fridge', { rule: 'FREQ=WEEKLY;INTERVAL=2' }) },
  { seed: STANDARD, say: 'add review the budget every quarter', check: added('Review the budget', { rule: 'FREQ=MONTHLY;INTERVAL=3' }) },
  { seed: STANDARD, say: 'team demo every last friday of the month at 4pm', check: added('Team demo', { due: '2026-11-27 16:00', rule: 'FREQ=MONTHLY;BYDAY=-1FR' }) },
  { seed: STANDARD, say: 'pay the credit card on the 15th of every month', check: added('Pay the credit card', { due: '2026-12-15', rule: 'FREQ=MONTHLY;BYMONTHDAY=15' }) },
  { seed: STANDARD, say: 'add go running twice a week', check: added('Go running', { rule: 'FREQ=WEEKLY;BYDAY=MO,TH' }) },
  { seed: STANDARD, say: 'add car insurance renewal annually on 3 march', check: added('Car insurance renewal', { due: '2027-03-03', rule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=3' }) },
  { seed: STANDARD, say: 'remind me to water the plants every tuesday thursday and saturday', check: added('Water the plants', { rule: 'FREQ=WEEKLY;BYDAY=TU,TH,SA' }) },
  { seed: STANDARD, say: 'add weekly team sync tomorrow at 10', check: added('Weekly team sync', { due: '2026-11-26 10:00', rule: null }) },
  { seed: STANDARD, say: 'add the monthly budget review on friday', check: added('Monthly budget review', { due: '2026-11-27', rule: null }) },
  // ---- questions ----
  { seed: STANDARD, say: "what's on my plate tomorrow", check: lists(['Dentist appointment'], ['Buy groceries', 'Pay rent']) },
  { seed: STANDARD, say: 'what did I finish this week', check: lists(['Old task'], ['Buy groceries']) },
  { seed: STANDARD, say: 'anything overdue?', check: lists(['Finish report'], ['Buy groceries']) },
  { seed: STANDARD, say: 'how many tasks are tagged shopping', check: says(/You have 2 pending tasks tagged shopping/, unchanged) },
  { seed: STANDARD, say: 'whats left for this week', check: lists(['Buy groceries', 'Dentist appointment', 'Buy birthday gift'], ['Pay rent']) },
  { seed: STANDARD, say: 'got anything due saturday?', check: lists(['Buy birthday gift'], ['Dentist appointment']) },
  { seed: STANDARD, say: 'remove the plumber task', check: gone('Call plumber') },
  // ---- chat shorthand ----
  { seed: STANDARD, say: 'can u move my dentist thing to next monday', check: changed('Dentist appointment', { due: '2026-11-30 10:00' }) },
  { seed: STANDARD, say: 'groceries r done', check: statuses({ 'Buy groceries': 'completed' }) },
  // ---- a loose match asks first, whatever the change ----
  { seed: STANDARD, say: 'move plumbr to friday', check: says(/^Move "Call plumber".* to friday\? \(yes \/ no\)/, unchanged) },
  { seed: STANDARD, say: ['move plumbr to friday', 'yes'], check: changed('Call plumber', { due: '2026-11-27 09:00' }) },
  { seed: STANDARD, say: ['rename the birthdy gift to present for anna', 'no'], check: unchanged },
  { seed: STANDARD, say: 'remind me about the dentist appointment tomorrow at 8am', check: (o) => {
    changed('Dentist appointment', { due: '2026-11-26 10:00', remindBefore: 120 })(o);
    assert.doesNotMatch(o.reply, /dentist appointment.*dentist appointment/i);
  } },
];
