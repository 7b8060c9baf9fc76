// Adding tasks: dates, times, priority, tags, recurrence, reminders, titles, typos, follow-ups on the task just added.
import assert from 'node:assert/strict';
import { task, has, added, changed, statuses, unchanged, says, STANDARD, CALLS, WEEKDAYS } from '../checks.js';
import { isoToLocal, type PhraseCase } from '../runner.js';

export const ADDING_CASES: PhraseCase[] = [
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
];
