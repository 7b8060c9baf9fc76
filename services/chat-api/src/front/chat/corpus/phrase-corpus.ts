// The phrase corpus: realistic chat commands, each checked by the task state it leaves or by the reply.
// The clock is Wednesday 2026-11-25 09:00 in New York (14:00Z) unless a case says otherwise.
import assert from 'node:assert/strict';
import type { Task } from '@todo/domain';
import { isoToLocal, type Outcome, type PhraseCase, type Seed } from './corpus-runner.js';

export function task(o: Outcome, title: string): Task {
  const found = o.tasks.find((t) => t.title === title);
  assert.ok(found, `no task titled "${title}"; tasks: ${o.tasks.map((t) => `"${t.title}"`).join(', ') || 'none'}`);
  return found;
}

export interface Expected {
  due?: string | null;
  priority?: Task['priority'];
  tags?: string[];
  rule?: string | null;
  remindBefore?: number | null;
  description?: string;
  status?: Task['status'];
}

export function has(o: Outcome, title: string, expected: Expected): Task {
  const t = task(o, title);
  if (expected.due !== undefined) {
    const local = isoToLocal(t.dueAt, o.zone);
    if (expected.due === null) assert.equal(t.dueAt, null, `${title}: dueAt`);
    else assert.ok(local?.startsWith(expected.due), `${title}: due ${local}, expected ${expected.due}`);
  }
  if (expected.priority) assert.equal(t.priority, expected.priority, `${title}: priority`);
  if (expected.tags) assert.deepEqual([...t.tags].sort(), [...expected.tags].sort(), `${title}: tags`);
  if (expected.rule !== undefined) assert.equal(t.recurrence?.rule ?? null, expected.rule, `${title}: recurrence`);
  if (expected.remindBefore !== undefined) {
    const before = t.remindAt && t.dueAt ? (Date.parse(t.dueAt) - Date.parse(t.remindAt)) / 60_000 : null;
    assert.equal(before, expected.remindBefore, `${title}: reminder minutes before`);
  }
  if (expected.description !== undefined) assert.equal(t.description, expected.description, `${title}: description`);
  if (expected.status) assert.equal(t.status, expected.status, `${title}: status`);
  return t;
}

/** Exactly `count` new tasks, and the one titled `title` is as expected. */
export function added(title: string, expected: Expected = {}, count = 1): (o: Outcome) => void {
  return (o) => {
    assert.equal(o.tasks.length - o.seeded.length, count, `expected ${count} new task(s); tasks: ${o.tasks.map((t) => `"${t.title}"`).join(', ')}`);
    has(o, title, expected);
    assert.match(o.replies[0] ?? '', /Added/);
  };
}

export function changed(title: string, expected: Expected): (o: Outcome) => void {
  return (o) => {
    assert.equal(o.tasks.length, o.seeded.length, 'no task should be added or removed');
    has(o, title, expected);
  };
}

export function gone(...titles: string[]): (o: Outcome) => void {
  return (o) => {
    for (const title of titles) assert.ok(!o.tasks.some((t) => t.title === title), `"${title}" should be deleted`);
    assert.equal(o.tasks.length, o.seeded.length - titles.length, 'only those tasks should be deleted');
  };
}

export function statuses(expected: Record<string, Task['status']>): (o: Outcome) => void {
  return (o) => {
    assert.equal(o.tasks.length, o.seeded.length, 'no task should be added or removed');
    for (const [title, status] of Object.entries(expected)) assert.equal(task(o, title).status, status, `${title}: status`);
  };
}

export function unchanged(o: Outcome): void {
  const view = (tasks: Task[]) => tasks.map((t) => [t.id, t.title, t.status, t.dueAt, t.priority, t.tags.join(','), t.remindAt, t.recurrence?.rule]);
  assert.deepEqual(view(o.tasks), view(o.seeded), 'tasks should be unchanged');
}

export function says(pattern: RegExp, also?: (o: Outcome) => void): (o: Outcome) => void {
  return (o) => {
    assert.match(o.reply, pattern);
    also?.(o);
  };
}

/** The reply lists these titles and not those. */
export function lists(included: string[], excluded: string[] = []): (o: Outcome) => void {
  return (o) => {
    for (const title of included) assert.ok(o.reply.includes(title), `reply should list "${title}"`);
    for (const title of excluded) assert.ok(!o.reply.includes(title), `reply should not list "${title}"`);
    unchanged(o);
  };
}

// Wednesday 2026-11-25 09:00 local.
const STANDARD: Seed[] = [
  { title: 'Buy groceries', due: '2026-11-25 18:00', tags: ['shopping'] },
  { title: 'Dentist appointment', due: '2026-11-26 10:00' },
  { title: 'Finish report', due: '2026-11-24 17:00', priority: 'high', tags: ['work'] },
  { title: 'Call plumber', priority: 'low' },
  { title: 'Buy birthday gift', due: '2026-11-28 12:00', tags: ['shopping'] },
  { title: 'Pay rent', due: '2026-12-01 09:00', priority: 'high', recurrence: 'monthly' },
  { title: 'Old task', completed: true },
];
const CALLS: Seed[] = [{ title: 'Call mom' }, { title: 'Call dentist' }, { title: 'Water plants' }];
const WEEKDAYS = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';

export const PHRASE_CORPUS: PhraseCase[] = [
  // ---- adding: dates, times, priority, tags, recurrence, reminders ----
  { say: 'add buy milk tomorrow at 5pm', check: added('Buy milk', { due: '2026-11-26 17:00' }) },
  { say: 'Remind me to call mom tomorrow at 6pm', check: added('Call mom', { due: '2026-11-26 18:00', remindBefore: 0 }) },
  { say: 'dentist appointment next Monday 9am', check: added('Dentist appointment', { due: '2026-11-30 09:00' }) },
  { say: 'add renew passport in 2 weeks', check: added('Renew passport', { due: '2026-12-09' }) },
  { say: 'pay rent on the 1st', check: added('Pay rent', { due: '2026-12-01', rule: null }) },
  { say: 'add water the plants every Sunday at 10am', check: added('Water the plants', { due: '2026-11-29 10:00', rule: 'FREQ=WEEKLY;BYDAY=SU' }) },
  { say: 'create a task to stand up every weekday at 9:30am', check: added('Stand up', { due: '2026-11-25 09:30', rule: WEEKDAYS }) },
  { say: 'add take vitamins every 3 days', check: added('Take vitamins', { rule: 'FREQ=DAILY;INTERVAL=3' }) },
  { say: 'add pay the mortgage on the 1st of every month', check: added('Pay the mortgage', { due: '2026-12-01', rule: 'FREQ=MONTHLY;BYMONTHDAY=1' }) },
  { say: 'finish the quarterly report by friday, high priority #work', check: added('Finish the quarterly report', { due: '2026-11-27', priority: 'high', tags: ['work'] }) },
  { say: 'add book flights tag it travel', check: added('Book flights', { tags: ['travel'], due: null }) },
  { say: 'add team meeting thursday at 2pm and remind me 30 minutes before', check: added('Team meeting', { due: '2026-11-26 14:00', remindBefore: 30 }) },
  { say: 'add submit expense report, it is urgent', check: added('Submit expense report', { priority: 'high', due: null }) },
  { say: 'new task: clean the garage this weekend, low priority', check: added('Clean the garage', { due: '2026-11-28', priority: 'low' }) },
  { say: 'I need to email Sarah about the budget tomorrow morning', check: added('Email Sarah about the budget', { due: '2026-11-26' }) },
  { say: 'add milk, eggs and bread to my shopping list', check: (o) => {
      added('Milk', { tags: ['shopping'] }, 3)(o);
      has(o, 'Eggs', { tags: ['shopping'] });
      has(o, 'Bread', { tags: ['shopping'] });
    } },
  { say: 'todo: fix the leaking tap #home', check: added('Fix the leaking tap', { tags: ['home'] }) },
  { say: 'add call the plumber at 4pm', check: added('Call the plumber', { due: '2026-11-25 16:00' }) },
  { say: 'add gym every monday, wednesday and friday at 7am', check: added('Gym', { due: '2026-11-27 07:00', rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' }) },
  { say: 'add "Read War and Peace" by the end of the month', check: added('Read War and Peace', { due: '2026-11-30' }) },
  { say: 'schedule a haircut for next tuesday at 11am', check: added('Haircut', { due: '2026-12-01 11:00' }) },
  { say: 'add pick up dry cleaning today', check: added('Pick up dry cleaning', { due: '2026-11-25' }) },
  { say: 'add weekly review every friday at 4pm #work', check: added('Weekly review', { due: '2026-11-27 16:00', rule: 'FREQ=WEEKLY;BYDAY=FR', tags: ['work'] }) },
  { say: 'add back up my laptop monthly', check: added('Back up my laptop', { rule: 'FREQ=MONTHLY' }) },
  { say: 'add call grandma every other sunday', check: added('Call grandma', { due: '2026-11-29', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU' }) },
  { say: 'add doctor appointment on December 3rd at 2:30pm, remind me 1 hour before', check: added('Doctor appointment', { due: '2026-12-03 14:30', remindBefore: 60 }) },
  { say: 'add pay electricity bill in 3 days', check: added('Pay electricity bill', { due: '2026-11-28' }) },
  { say: 'add birthday gift for Anna every year on march 3', check: added('Birthday gift for Anna', { due: '2027-03-03', rule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=3' }) },
  { say: 'add take out the trash every tuesday night', check: added('Take out the trash', { due: '2026-12-01', rule: 'FREQ=WEEKLY;BYDAY=TU' }) },
  { say: 'add meditate daily at 7am', check: added('Meditate', { due: '2026-11-26 07:00', rule: 'FREQ=DAILY' }) },
  { say: 'please add a task to order a new passport photo, tag it documents and errands', check: added('Order a new passport photo', { tags: ['documents', 'errands'] }) },
  { say: 'add call the bank in 2 hours', check: added('Call the bank', { due: '2026-11-25 11:00' }) },
  { say: "don't let me forget to buy a birthday card for Tom on Saturday", check: added('Buy a birthday card for Tom', { due: '2026-11-28' }) },
  { say: 'add submit timesheet every friday at 5pm with a reminder 15 min before', check: added('Submit timesheet', { due: '2026-11-27 17:00', rule: 'FREQ=WEEKLY;BYDAY=FR', remindBefore: 15 }) },
  { say: 'add pay credit card bill on the 15th', check: added('Pay credit card bill', { due: '2026-12-15' }) },
  { say: 'add send invoice to client tomorrow p1 #work', check: added('Send invoice to client', { due: '2026-11-26', priority: 'high', tags: ['work'] }) },
  { say: 'add water the lawn every 2 weeks starting saturday', check: added('Water the lawn', { due: '2026-11-28', rule: 'FREQ=WEEKLY;INTERVAL=2' }) },
  { say: 'Add a task: prepare the slides for the board meeting on Dec 10 at 10am, high priority, remind me the day before', check: added('Prepare the slides for the board meeting', { due: '2026-12-10 10:00', priority: 'high', remindBefore: 1440 }) },
  { say: 'add standup notes every weekday at 8:45 #work', zone: 'Asia/Karachi', check: added('Standup notes', { due: '2026-11-26 08:45', rule: WEEKDAYS, tags: ['work'] }) },
  { say: 'remind me to stretch in 45 minutes', check: added('Stretch', { due: '2026-11-25 09:45', remindBefore: 0 }) },
  { say: 'I have to renew my driving licence before next friday', check: added('Renew my driving licence', { due: '2026-12-04' }) },
  { say: 'add clean the fridge every saturday morning, low priority', check: added('Clean the fridge', { due: '2026-11-28 09:00', rule: 'FREQ=WEEKLY;BYDAY=SA', priority: 'low' }) },
  { say: 'buy concert tickets friday at noon #fun', check: added('Buy concert tickets', { due: '2026-11-27 12:00', tags: ['fun'] }) },

  // Recurring tasks without a start day begin at the rule's next occurrence (Dubai: 18:00 on Wednesday).
  { say: 'water the plants every 3 days at 8am', zone: 'Asia/Dubai', check: added('Water the plants', { due: '2026-11-26 08:00', rule: 'FREQ=DAILY;INTERVAL=3' }) },
  { say: 'add stand up every weekday at 9am', zone: 'Asia/Dubai', check: added('Stand up', { due: '2026-11-26 09:00', rule: WEEKDAYS }) },
  { say: 'add call grandma every sunday at 10am', zone: 'Asia/Dubai', check: added('Call grandma', { due: '2026-11-29 10:00', rule: 'FREQ=WEEKLY;BYDAY=SU' }) },
  { say: 'add stretch every morning', zone: 'Asia/Dubai', check: added('Stretch', { due: '2026-11-26 09:00', rule: 'FREQ=DAILY' }) },
  { say: 'add take vitamins every 3 days', check: added('Take vitamins', { due: '2026-11-25 09:00', rule: 'FREQ=DAILY;INTERVAL=3' }) },
  // Titles keep their words; only the phrases that were read are cut.
  { say: 'add turn the heating on', check: added('Turn the heating on', { due: null }) },
  { say: 'remind me to switch the lights off at 10pm', check: added('Switch the lights off', { due: '2026-11-25 22:00', remindBefore: 0 }) },
  { say: 'add pick the kids up at 3pm please', check: added('Pick the kids up', { due: '2026-11-25 15:00' }) },
  { say: 'add buy milk by friday pls', check: added('Buy milk', { due: '2026-11-27' }) },
  { say: 'add log in to the pension portal and check in', check: added('Log in to the pension portal and check in', { due: null }) },
  { seed: STANDARD, say: 'rename the plumber task to turn the water off', check: changed('Turn the water off', { priority: 'low' }) },
  // Impossible calendar days get a clear answer, never a task.
  { say: 'add call mom on February 30th', check: says(/no February 30\b/, unchanged) },
  { say: 'pay the bills on 31st of june', check: says(/no June 31\b/, unchanged) },
  { seed: STANDARD, say: 'move the dentist appointment to april 31', check: says(/no April 31\b/, unchanged) },
  { say: 'add leap day party on feb 29', check: says(/no February 29, 2027/, unchanged) },
  // Typos, shouting, emoji, greetings with company.
  { say: 'ADD BUY MILK TOMORROW', check: added('Buy milk', { due: '2026-11-26' }) },
  { say: 'add buy milk tomorow at 5pm', check: added('Buy milk', { due: '2026-11-26 17:00' }) },
  { say: 'add team lunch wensday at noon', check: added('Team lunch', { due: '2026-11-25 12:00' }) },
  { say: '🎉 add party on saturday 🎉', check: added('Party', { due: '2026-11-28' }) },
  { seed: STANDARD, say: 'groceries done ✅', check: statuses({ 'Buy groceries': 'completed', 'Buy birthday gift': 'pending' }) },
  { seed: CALLS, say: 'hi there', check: says(/Hi/, unchanged) },
  { seed: CALLS, say: 'Good evening :)', check: says(/Hi/, unchanged) },
  { say: 'remind me tomorrow to call the vet', check: added('Call the vet', { due: '2026-11-26', remindBefore: 0 }) },
  // Follow-ups about the task just added.
  { say: ['add call mom', 'make it tomorrow at 6'], check: added('Call mom', { due: '2026-11-26 18:00' }) },
  { say: ['add call mom', 'make it at 5'], check: added('Call mom', { due: '2026-11-25 17:00' }) },
  { say: 'add meeting with John at 3', check: added('Meeting with John', { due: '2026-11-25 15:00' }) },
  { seed: STANDARD, say: 'change the plumber task to 5', check: says(/couldn't read "5"/, unchanged) },
  { say: ['add call mom', 'actually make it friday'], check: added('Call mom', { due: '2026-11-27' }) },
  { say: ['add call mom', 'remind me at 5pm'], check: (o) => {
      added('Call mom', { due: null })(o);
      assert.equal(isoToLocal(task(o, 'Call mom').remindAt, o.zone), '2026-11-25 17:00');
    } },

  { say: 'add pay rent on the first of the month', check: added('Pay rent', { due: '2026-12-01', rule: null }) },
  { say: 'add write the first draft', check: added('Write the first draft', { due: null }) },
  { say: 'add book flights to paris in march', check: added('Book flights to paris', { due: '2027-03-01' }) },
  { say: 'add ask if I may leave early', check: added('Ask if I may leave early', { due: null }) },
  { say: 'add submit the form by end of week', check: added('Submit the form', { due: '2026-11-27 17:00' }) },
  { say: 'add buy milk, eggs, bread', check: (o) => {
      added('Buy milk', {}, 3)(o);
      has(o, 'Eggs', {});
      has(o, 'Bread', {});
    } },
  { seed: STANDARD, say: 'move everything due today to tomorrow', check: (o) => {
      changed('Buy groceries', { due: '2026-11-26 18:00' })(o);
      has(o, 'Dentist appointment', { due: '2026-11-26 10:00' });
      has(o, 'Call plumber', { due: null });
    } },
  { seed: STANDARD, say: 'dentist ✔️', check: statuses({ 'Dentist appointment': 'completed', 'Buy groceries': 'pending' }) },
  { seed: STANDARD, say: '✅ buy groceries', check: statuses({ 'Buy groceries': 'completed', 'Buy birthday gift': 'pending' }) },
  { say: ['add water plants', 'no wait, delete it'], check: (o) => assert.equal(o.tasks.length, 0, 'the task just added should be gone') },
  { seed: STANDARD, say: ['delete everything', 'no.'], check: unchanged },
  { seed: CALLS, say: 'morning!', check: says(/Hi/, unchanged) },

  // ---- questions ----
  { seed: STANDARD, say: "what's due today?", check: lists(['Buy groceries'], ['Dentist appointment', 'Pay rent']) },
  { seed: STANDARD, say: 'what do I have tomorrow', check: lists(['Dentist appointment'], ['Buy groceries']) },
  { seed: STANDARD, say: "what's overdue?", check: lists(['Finish report'], ['Buy groceries', 'Dentist appointment']) },
  { seed: STANDARD, say: 'show my high priority tasks', check: lists(['Finish report', 'Pay rent'], ['Call plumber', 'Buy groceries']) },
  { seed: STANDARD, say: 'show my shopping tasks', check: lists(['Buy groceries', 'Buy birthday gift'], ['Dentist appointment']) },
  { seed: STANDARD, say: 'list all my tasks', check: lists(['Buy groceries', 'Dentist appointment', 'Finish report', 'Call plumber', 'Buy birthday gift', 'Pay rent', 'Old task']) },
  { seed: STANDARD, say: 'how many tasks do I have?', check: says(/You have 6 pending tasks/, unchanged) },
  { seed: STANDARD, say: 'what have I completed?', check: lists(['Old task'], ['Buy groceries']) },
  { seed: STANDARD, say: "what's due this week?", check: lists(['Buy groceries', 'Dentist appointment', 'Buy birthday gift'], ['Pay rent']) },
  { seed: STANDARD, say: 'anything due next week?', check: lists(['Pay rent'], ['Dentist appointment']) },
  { seed: STANDARD, say: 'find the dentist', check: lists(['Dentist appointment'], ['Buy groceries']) },
  { seed: STANDARD, say: 'show tasks tagged work', check: lists(['Finish report'], ['Buy groceries', 'Pay rent']) },
  { seed: STANDARD, say: 'do I have anything about rent?', check: lists(['Pay rent'], ['Buy groceries']) },
  { seed: STANDARD, say: "what's on my plate today?", check: lists(['Buy groceries'], ['Dentist appointment']) },
  { seed: STANDARD, say: 'show me low priority tasks', check: lists(['Call plumber'], ['Finish report']) },
  { seed: STANDARD, say: "what's next?", check: says(/1\. Finish report/, unchanged) },
  { seed: STANDARD, say: 'Which tasks are due on Saturday?', check: lists(['Buy birthday gift'], ['Buy groceries']) },
  { seed: STANDARD, say: 'any urgent stuff?', check: lists(['Finish report', 'Pay rent'], ['Call plumber']) },

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
  { seed: STANDARD, say: 'delete the dentist appointment and the gift', check: gone('Dentist appointment', 'Buy birthday gift') },
  { seed: STANDARD, say: 'show tasks due before friday', check: lists(['Finish report', 'Buy groceries', 'Dentist appointment'], ['Buy birthday gift', 'Pay rent']) },
  { seed: STANDARD, say: "what's due after friday", check: lists(['Buy birthday gift', 'Pay rent'], ['Buy groceries', 'Dentist appointment']) },
  { seed: STANDARD, say: 'show tasks due by saturday', check: lists(['Buy groceries', 'Buy birthday gift'], ['Pay rent']) },

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
  { seed: CALLS, say: ['finish the call task', 'mom'], check: statuses({ 'Call mom': 'completed', 'Call dentist': 'pending' }) },
  { say: ['add buy stamps', 'make it high priority'], check: added('Buy stamps', { priority: 'high' }) },
  { say: ['add pay water bill friday', 'actually move it to saturday'], check: added('Pay water bill', { due: '2026-11-28' }) },
  { say: ['add book a table for dinner tomorrow at 7pm', 'remind me 2 hours before'], check: added('Book a table for dinner', { due: '2026-11-26 19:00', remindBefore: 120 }) },
  { say: ['buy stamps', 'yes'], check: says(/Added "Buy stamps"/, (o) => assert.equal(task(o, 'Buy stamps').status, 'pending')) },
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

  // ---- small talk and things that must change nothing ----
  { seed: CALLS, say: 'hello', check: says(/Hi/, unchanged) },
  { seed: CALLS, say: 'thanks!', check: says(/welcome/i, unchanged) },
  { seed: CALLS, say: 'how are you?', check: says(/doing well/i, unchanged) },
  { seed: CALLS, say: 'what can you do?', check: says(/add/, unchanged) },
  { seed: CALLS, say: 'complete the unicorn task', check: says(/couldn't find/, unchanged) },
  { seed: STANDARD, say: 'delete everything', check: says(/Are you sure/, unchanged) },
  { seed: CALLS, say: 'why is the sky blue?', check: says(/not sure/, unchanged) },
  { seed: CALLS, say: 'what time is it?', check: says(/^It's Wednesday, November 25 at 9:00 AM \(America\/New_York\)\.$/, unchanged) },
  { seed: CALLS, say: 'tell me a joke', check: says(/only look after your tasks/, unchanged) },
  { seed: CALLS, say: "what's the weather like tomorrow?", check: says(/only look after your tasks/, unchanged) },
  { seed: CALLS, say: 'ugh mondays 😩', check: unchanged },
  { seed: CALLS, say: "I'm so tired today", check: unchanged },
  { seed: CALLS, say: 'has my calendar been updated in the last ten minutes', check: unchanged },
  { seed: [{ title: 'Weekly team sync', due: '2026-11-26 10:00', tags: ['work', 'meetings'] }], say: 'remove all tags from the team sync', check: changed('Weekly team sync', { tags: [], due: '2026-11-26 10:00' }) },
  { seed: [{ title: 'Weekly team sync', due: '2026-11-26 10:00', tags: ['work'] }], say: 'clear the tags on weekly team sync', check: changed('Weekly team sync', { tags: [] }) },
];
