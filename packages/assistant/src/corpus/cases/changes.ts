// Completing, deleting and changing existing tasks.
import assert from 'node:assert/strict';
import { has, added, changed, gone, statuses, unchanged, says, lists, STANDARD } from '../checks.js';
import type { PhraseCase } from '../runner.js';

export const CHANGES_CASES: PhraseCase[] = [
  // ---- completing, deleting, changing existing tasks ----
  { seed: STANDARD, say: 'complete the dentist task', check: statuses({ 'Dentist appointment': 'completed', 'Buy groceries': 'pending' }) },
  { seed: STANDARD, say: 'mark buy groceries as done', check: statuses({ 'Buy groceries': 'completed', 'Buy birthday gift': 'pending' }) },
  { seed: STANDARD, say: 'I finished the report', check: statuses({ 'Finish report': 'completed' }) },
  { seed: STANDARD, say: 'done with calling the plumber', check: statuses({ 'Call plumber': 'completed' }) },
  { seed: STANDARD, say: 'complete all my shopping tasks', check: statuses({ 'Buy groceries': 'completed', 'Buy birthday gift': 'completed', 'Dentist appointment': 'pending', 'Finish report': 'pending' }) },
  { seed: STANDARD, say: 'check off pay rent', check: statuses({ 'Pay rent': 'completed' }) },
  { seed: STANDARD, say: 'the report is done', check: statuses({ 'Finish report': 'completed', 'Pay rent': 'pending' }) },
  { seed: STANDARD, say: 'tick off the groceries', check: statuses({ 'Buy groceries': 'completed' }) },
  { seed: STANDARD, say: 'delete the plumber task', check: gone('Call plumber') },
  { seed: STANDARD, say: 'remove buy birthday gift', check: gone('Buy birthday gift') },
  { seed: STANDARD, say: 'delete all completed tasks', check: gone('Old task') },
  { seed: STANDARD, say: 'cancel my dentist appointment', check: gone('Dentist appointment') },
  { seed: STANDARD, say: 'get rid of the gift task', check: gone('Buy birthday gift') },
  { seed: STANDARD, say: 'rename the plumber task to Call the plumber about the sink', check: changed('Call the plumber about the sink', { priority: 'low' }) },
  { seed: STANDARD, say: 'change the title of finish report to Finish Q4 report', check: changed('Finish Q4 report', { priority: 'high', tags: ['work'] }) },
  { seed: STANDARD, say: 'move the dentist appointment to friday', check: changed('Dentist appointment', { due: '2026-11-27 10:00' }) },
  { seed: STANDARD, say: 'reschedule finish report to tomorrow at 3pm', check: changed('Finish report', { due: '2026-11-26 15:00' }) },
  { seed: STANDARD, say: 'postpone pay rent by 2 days', check: changed('Pay rent', { due: '2026-12-03 09:00' }) },
  { seed: STANDARD, say: 'push buy groceries to tomorrow', check: changed('Buy groceries', { due: '2026-11-26 18:00' }) },
  { seed: STANDARD, say: 'the dentist appointment is now at 4pm', check: changed('Dentist appointment', { due: '2026-11-26 16:00' }) },
  { seed: STANDARD, say: 'make the plumber task high priority', check: changed('Call plumber', { priority: 'high' }) },
  { seed: STANDARD, say: 'set the priority of pay rent to low', check: changed('Pay rent', { priority: 'low' }) },
  { seed: STANDARD, say: 'mark finish report as low priority', check: changed('Finish report', { priority: 'low', status: 'pending' }) },
  { seed: STANDARD, say: 'prioritize the dentist appointment', check: changed('Dentist appointment', { priority: 'high' }) },
  { seed: STANDARD, say: 'groceries are urgent', check: changed('Buy groceries', { priority: 'high' }) },
  { seed: STANDARD, say: 'tag the dentist appointment as health', check: changed('Dentist appointment', { tags: ['health'] }) },
  { seed: STANDARD, say: 'add the tag urgent to call plumber', check: changed('Call plumber', { tags: ['urgent'] }) },
  { seed: STANDARD, say: 'remove the tag shopping from buy groceries', check: changed('Buy groceries', { tags: [] }) },
  { seed: STANDARD, say: 'remind me about the dentist appointment 1 hour before', check: changed('Dentist appointment', { remindBefore: 60 }) },
  { seed: STANDARD, say: 'set a reminder for pay rent the day before', check: changed('Pay rent', { remindBefore: 1440 }) },
  { seed: STANDARD, say: 'make call plumber repeat every week', check: changed('Call plumber', { rule: 'FREQ=WEEKLY' }) },
  { seed: STANDARD, say: 'stop repeating pay rent', check: changed('Pay rent', { rule: null }) },
  { seed: STANDARD, say: 'reopen old task', check: statuses({ 'Old task': 'pending' }) },
  { seed: STANDARD, say: 'mark the old task as not done', check: statuses({ 'Old task': 'pending' }) },
  { seed: STANDARD, say: 'clear the due date from buy groceries', check: changed('Buy groceries', { due: null }) },
  { seed: STANDARD, say: 'add a note to pay rent: transfer from the savings account', check: changed('Pay rent', { description: 'transfer from the savings account' }) },
  { seed: STANDARD, say: 'change the dentist appointment to next monday', check: changed('Dentist appointment', { due: '2026-11-30 10:00' }) },

  { seed: STANDARD, say: 'the dentist appointment is cancelled', check: gone('Dentist appointment') },
  { seed: STANDARD, say: 'I called the plumber', check: statuses({ 'Call plumber': 'completed' }) },
  { seed: STANDARD, say: 'we paid the rent', check: statuses({ 'Pay rent': 'completed', 'Buy groceries': 'pending' }) },
  { seed: STANDARD, say: 'complete the report and the plumber', check: statuses({ 'Finish report': 'completed', 'Call plumber': 'completed', 'Pay rent': 'pending' }) },
  { seed: STANDARD, say: 'bump rent to low', check: changed('Pay rent', { priority: 'low' }) },
  { seed: STANDARD, say: 'the report is no longer urgent', check: changed('Finish report', { priority: 'low' }) },
  { seed: STANDARD, say: 'scratch the birthday gift', check: gone('Buy birthday gift') },
  { seed: STANDARD, say: 'set the reminder for the dentist to 2 hours before', check: changed('Dentist appointment', { remindBefore: 120, due: '2026-11-26 10:00' }) },
  { seed: STANDARD, say: 'show tasks without a due date', check: lists(['Call plumber'], ['Buy groceries', 'Finish report']) },
  { seed: STANDARD, say: 'list my tasks by priority', check: says(/1\. (Finish report|Pay rent)/, unchanged) },
  { seed: STANDARD, say: 'what should I work on first?', check: says(/1\. Finish report/, unchanged) },
  { seed: STANDARD, say: ['mark the report as done', 'what did I finish today?'], check: (o) => {
      assert.match(o.reply, /Finish report/);
      assert.ok(!o.reply.includes('Buy groceries'), 'only completed tasks');
    } },
  { say: 'add finish slides for Monday\'s presentation, high priority', check: added("Finish slides for Monday's presentation", { due: null, priority: 'high' }) },
  { say: 'add go running 3 times a week', check: added('Go running', { rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' }) },
  { seed: STANDARD, say: ['complete the dentist task', 'undo'], check: statuses({ 'Dentist appointment': 'pending' }) },
  { seed: STANDARD, say: ['delete the plumber task', 'undo that'], check: (o) => {
      assert.equal(o.tasks.length, o.seeded.length);
      has(o, 'Call plumber', { priority: 'low', status: 'pending' });
    } },
  { seed: STANDARD, say: ['move the report to next friday', 'undo'], check: changed('Finish report', { due: '2026-11-24 17:00' }) },

  { say: 'add call the insurance company first thing tomorrow', check: added('Call the insurance company', { due: '2026-11-26 09:00' }) },
  { say: 'add gym mon wed fri 6am', check: added('Gym', { due: '2026-11-27 06:00', rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' }) },
  { say: 'add take meds twice a day', check: added('Take meds', { rule: 'FREQ=DAILY' }) },
  { say: 'add clean house every 2nd saturday', check: added('Clean house', { due: '2026-11-28', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA' }) },
  { say: 'add water plants every few days', check: added('Water plants', { rule: 'FREQ=DAILY;INTERVAL=3' }) },
  { say: 'add Pick up kids @ 3:30pm', check: added('Pick up kids', { due: '2026-11-25 15:30' }) },
  { seed: STANDARD, say: 'dentist cancelled', check: gone('Dentist appointment') },
  { seed: STANDARD, say: "what's due in the next 3 days?", check: lists(['Buy groceries', 'Dentist appointment', 'Buy birthday gift'], ['Pay rent']) },
  { seed: STANDARD, say: 'change the groceries task to say buy groceries and wine', check: changed('Buy groceries and wine', { tags: ['shopping'] }) },
  { seed: STANDARD, say: 'remove the reminder from dentist', check: (o) => {
      assert.equal(o.tasks.length, o.seeded.length, 'the task itself stays');
      has(o, 'Dentist appointment', { due: '2026-11-26 10:00', status: 'pending' });
    } },
  { seed: STANDARD, say: 'push the report back a week', check: changed('Finish report', { due: '2026-12-01 17:00' }) },
  { seed: STANDARD, say: 'snooze groceries 1 hour', check: changed('Buy groceries', { due: '2026-11-25 19:00' }) },
  // Two deletions, each named: still shown first (#11 point 4), and done on yes.
  { seed: STANDARD, say: 'delete the dentist appointment and the gift', check: says(/^Delete these 2 tasks\?[\s\S]*\(yes \/ no\)$/, unchanged) },
  { seed: STANDARD, say: ['delete the dentist appointment and the gift', 'yes'], check: gone('Dentist appointment', 'Buy birthday gift') },
  { seed: STANDARD, say: 'show tasks due before friday', check: lists(['Finish report', 'Buy groceries', 'Dentist appointment'], ['Buy birthday gift', 'Pay rent']) },
  { seed: STANDARD, say: "what's due after friday", check: lists(['Buy birthday gift', 'Pay rent'], ['Buy groceries', 'Dentist appointment']) },
  { seed: STANDARD, say: 'show tasks due by saturday', check: lists(['Buy groceries', 'Buy birthday gift'], ['Pay rent']) },
];
