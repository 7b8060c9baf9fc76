// Ambiguity, follow-ups and pronouns across turns.
import assert from 'node:assert/strict';
import { task, has, added, changed, gone, statuses, unchanged, says, lists, STANDARD, CALLS } from '../checks.js';
import type { PhraseCase } from '../runner.js';

export const CONVERSATION_CASES: PhraseCase[] = [
  // ---- ambiguity, follow-ups, pronouns ----
  { seed: CALLS, say: 'complete the call task', check: says(/Which one/, (o) => {
      unchanged(o);
      assert.match(o.reply, /Call mom/);
      assert.match(o.reply, /Call dentist/);
    }) },
  { seed: CALLS, say: ['complete the call task', 'the second one'], check: (o) => {
      assert.equal(o.tasks.filter((t) => t.status === 'completed').length, 1);
      assert.match(o.reply, /Marked "Call (mom|dentist)" as done/);
      assert.equal(task(o, 'Water plants').status, 'pending');
    } },
  { seed: CALLS, say: ['delete the call task', 'both'], check: gone('Call mom', 'Call dentist') },
  { seed: CALLS, say: ['delete the call task', 'only the first one'], check: (o) => assert.equal(o.tasks.filter((t) => /^Call (mom|dentist)$/.test(t.title)).length, 1) },
  { seed: CALLS, say: ['finish the call task', 'mom'], check: statuses({ 'Call mom': 'completed', 'Call dentist': 'pending' }) },
  { say: ['add buy stamps', 'make it high priority'], check: added('Buy stamps', { priority: 'high' }) },
  { say: ['add pay water bill friday', 'actually move it to saturday'], check: added('Pay water bill', { due: '2026-11-28' }) },
  { say: ['add book a table for dinner tomorrow at 7pm', 'remind me 2 hours before'], check: added('Book a table for dinner', { due: '2026-11-26 19:00', remindBefore: 120 }) },
  // A bare phrase with no to-do verb and no date is asked about first; "yes" adds it. A to-do verb first adds at once.
  { say: ['passport photos', 'yes'], check: says(/Added "Passport photos"/, (o) => assert.equal(task(o, 'Passport photos').status, 'pending')) },
  { say: 'buy stamps', check: added('Buy stamps') },
  { seed: STANDARD, say: ["what's due today?", 'complete the first one'], check: statuses({ 'Buy groceries': 'completed' }) },
  { seed: STANDARD, say: ['delete everything', 'no'], check: unchanged },
  { seed: STANDARD, say: ["what's due tomorrow?", 'and saturday?'], check: (o) => lists(['Buy birthday gift'], ['Dentist appointment'])(o) },
  { seed: [{ title: 'Pay rent', due: '2026-12-01 09:00', priority: 'high' }, { title: 'Water plants', due: '2026-12-01 10:00', priority: 'low' }, { title: 'Call mom', due: '2026-11-26 12:00', priority: 'high' }],
    say: ['what high priority tasks are due tomorrow?', 'what about tuesday?'], check: lists(['Pay rent'], ['Water plants', 'Call mom']) },
  { seed: STANDARD, say: 'move the dentist appointment forward by two days', check: changed('Dentist appointment', { due: '2026-11-28 10:00' }) },
  { seed: STANDARD, say: 'push buy birthday gift back by 2 days', check: changed('Buy birthday gift', { due: '2026-11-30 12:00' }) },
  { seed: STANDARD, say: 'postpone the dentist appointment by a week', check: changed('Dentist appointment', { due: '2026-12-03 10:00' }) },
  { seed: [{ title: 'Prepare the talk to John', due: '2026-11-26 15:00' }], say: 'move the talk to john to friday', check: changed('Prepare the talk to John', { due: '2026-11-27 15:00' }) },
  { seed: [{ title: 'Email John', due: '2026-11-26 09:00' }, { title: 'Prepare the talk to John', due: '2026-11-26 15:00' }], say: 'move the talk to john to next friday', check: changed('Prepare the talk to John', { due: '2026-12-04 15:00' }) },
  { seed: [{ title: 'Prepare the talk to Mary', due: '2026-11-26 11:00' }, { title: 'Prepare the talk to John', due: '2026-11-26 15:00' }], say: 'move the talk to john to friday', check: (o) => {
      changed('Prepare the talk to John', { due: '2026-11-27 15:00' })(o);
      has(o, 'Prepare the talk to Mary', { due: '2026-11-26 11:00' });
    } },
  { seed: STANDARD, say: 'push the report back by three days', check: changed('Finish report', { due: '2026-11-27 17:00' }) },
];
