// Typed the way a Todoist user writes (#11 accuracy): details after commas, "@label", "every 15th", a series that starts
// on a day said apart from its time. Invented for the causes found, not copied from a held-out set.
import { added, changed, says, unchanged } from '../checks.js';
import type { PhraseCase } from '../runner.js';

export const TYPED_DETAILS_CASES: PhraseCase[] = [
  // details after commas belong to the task before them
  { say: 'new task: fix the bike, high priority, due saturday', check: added('Fix the bike', { due: '2026-11-28', priority: 'high' }) },
  { say: 'add call the plumber, p1, tomorrow at 9', check: added('Call the plumber', { due: '2026-11-26 09:00', priority: 'high' }) },
  { say: 'add water plants, every monday, #home', check: added('Water plants', { tags: ['home'], rule: 'FREQ=WEEKLY;BYDAY=MO' }) },
  { say: 'todo: renew the lease, low priority, by december 15', check: added('Renew the lease', { due: '2026-12-15', priority: 'low' }) },
  { say: 'add pay the gas bill, tagged bills', check: added('Pay the gas bill', { tags: ['bills'] }) },
  // …while a second command after a comma still runs on its own
  { seed: [{ title: 'Buy milk' }], say: 'add buy bread, then mark buy milk done', check: (o) => { added('Buy bread')(o); says(/./, () => undefined)(o); } },
  { seed: [{ title: 'Dentist', due: '2026-11-27 10:00' }], say: 'add submit the report, and delete the dentist', check: says(/Delete|Deleted|dentist/i, () => undefined) },
  // "@label" is a tag; an address is not
  { say: 'buy groceries tomorrow @errands', check: added('Buy groceries', { due: '2026-11-26', tags: ['errands'] }) },
  { say: 'call the landlord @home @calls', check: added('Call the landlord', { tags: ['home', 'calls'] }) },
  { say: 'add email bob@example.com about the invoice', check: added('Email bob@example.com about the invoice', { tags: [] }) },
  { say: 'meet sam @ 5pm', check: added('Meet sam', { due: '2026-11-25 17:00', tags: [] }) },
  // "every 1st", "every 15th of the month": a day of every month
  { say: 'pay rent every 1st #finance', check: added('Pay rent', { due: '2026-12-01', tags: ['finance'], rule: 'FREQ=MONTHLY;BYMONTHDAY=1' }) },
  { say: 'pay the credit card every 15th of the month', check: added('Pay the credit card', { due: '2026-12-15', rule: 'FREQ=MONTHLY;BYMONTHDAY=15' }) },
  { say: 'water the ficus each first of the month', check: added('Water the ficus', { rule: 'FREQ=MONTHLY;BYMONTHDAY=1' }) },
  { say: 'standup every 2nd tuesday', check: added('Standup', { rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' }) },
  // a series starts on the day after "starting"/"from", even with its time said elsewhere
  { say: 'submit timesheet every friday at 4pm starting next week', check: added('Submit timesheet', { due: '2026-12-04 16:00', rule: 'FREQ=WEEKLY;BYDAY=FR' }) },
  { say: 'submit timesheet at 4pm every friday starting next week', check: added('Submit timesheet', { due: '2026-12-04 16:00', rule: 'FREQ=WEEKLY;BYDAY=FR' }) },
  { say: 'yoga every tuesday at 7pm beginning december 8', check: added('Yoga', { due: '2026-12-08 19:00', rule: 'FREQ=WEEKLY;BYDAY=TU' }) },
  { say: 'water plants every other day starting monday', check: added('Water plants', { due: '2026-11-30', rule: 'FREQ=DAILY;INTERVAL=2' }) },
  { say: 'work from home every friday', check: added('Work from home', { rule: 'FREQ=WEEKLY;BYDAY=FR' }) },
  { say: 'i got to work late today', check: says(/./, unchanged) },
  // a look-up verb before a thing to do is the task's own verb; before the calendar it looks it up
  { say: 'review the budget on friday', check: added('Review the budget', { due: '2026-11-27' }) },
  { say: 'check the oil tomorrow', check: added('Check the oil', { due: '2026-11-26' }) },
  { say: 'look at the contract by monday', check: added('Look at the contract', { due: '2026-11-30' }) },
  { say: 'go over the slides tomorrow at 3', check: added('Go over the slides', { due: '2026-11-26 15:00' }) },
  { say: 'review PRs every mon, wed, fri at 10', check: added('Review PRs', { rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' }) },
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'check my calendar for tomorrow', check: says(/Team meeting/, unchanged) },
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'look at the events on thursday', check: says(/Team meeting/, unchanged) },
  { seed: [{ title: 'Budget review', due: '2026-11-27 10:00' }], say: 'check the budget review on friday', check: says(/Budget review/, unchanged) },
  // a verb of the task itself is not a frame around it
  { say: 'put out the bins every tuesday evening', check: added('Put out the bins', { due: '2026-12-01 18:00', rule: 'FREQ=WEEKLY;BYDAY=TU' }) },
  { say: 'put away the christmas decorations on saturday', check: added('Put away the christmas decorations', { due: '2026-11-28' }) },
  { say: 'write blog post !!', check: added('Write blog post', { priority: 'high' }) },
  { say: 'track the parcel tomorrow', check: added('Track the parcel', { due: '2026-11-26' }) },
  { say: 'save money for the trip by june', check: added('Save money for the trip') },
  { say: 'write down call the vet friday', check: added('Call the vet', { due: '2026-11-27' }) },
  { say: 'put milk on the shopping list', check: added('Milk', { tags: ['shopping'] }) },
  // a bare 8–11 o'clock whose morning has passed (it is 9am) is tonight's; a day named, a morning word or a habit keeps the morning
  { say: 'call mom at 8', check: added('Call mom', { due: '2026-11-25 20:00' }) },
  { say: 'call mom at 8:30', check: added('Call mom', { due: '2026-11-25 20:30' }) },
  { say: 'call mom at 10', check: added('Call mom', { due: '2026-11-25 10:00' }) },
  { say: 'call mom at 8 tomorrow', check: added('Call mom', { due: '2026-11-26 08:00' }) },
  { say: 'breakfast with jo at 8', check: added('Breakfast with jo', { due: '2026-11-26 08:00' }) },
  { say: 'wake me up at 8', check: added('Wake me up', { due: '2026-11-26 08:00' }) },
  { say: 'stretch every day at 8', check: added('Stretch', { due: '2026-11-26 08:00', rule: 'FREQ=DAILY' }) },
  // "fix/arrange a meeting" sets one up; "fix the …" is the task
  { say: 'remember to fix a meeting with the coaches tomorrow evening by seven', check: added('Meeting with the coaches', { due: '2026-11-26 19:00' }) },
  { say: 'arrange a call with dana on friday', check: added('Call with dana', { due: '2026-11-27' }) },
  { say: 'fix the meeting room projector tomorrow', check: added('Fix the meeting room projector', { due: '2026-11-26' }) },
  { say: 'fix a leaky tap on saturday', check: added('Fix a leaky tap', { due: '2026-11-28' }) },
  // a repetition the rules cannot say is set once, and the reply says so
  { say: 'remind me to stretch every 45 minutes', check: (o) => { added('Stretch', { rule: null })(o); says(/can't repeat a task every 45 minutes/, () => undefined)(o); } },
  { say: 'check the oven every 25 min', check: (o) => { added('Check the oven', { rule: null })(o); says(/every 25 minutes/, () => undefined)(o); } },
  { say: 'remind me to stretch every 20 minutes', check: added('Stretch', { rule: 'FREQ=HOURLY;BYMINUTE=0,20,40' }) },
  // "every 2 hours between 9 and 5": those hours of every day
  { say: 'drink water every 2 hours between 9 and 5', check: added('Drink water', { rule: 'FREQ=DAILY;BYHOUR=9,11,13,15,17;BYMINUTE=0' }) },
  { say: 'remind me to drink water hourly between 10 and 4', check: added('Drink water', { due: '2026-11-25 10:00', rule: 'FREQ=DAILY;BYHOUR=10,11,12,13,14,15,16;BYMINUTE=0' }) },
  { say: 'check email every 3 hours from 9am to 9pm', check: added('Check email', { rule: 'FREQ=DAILY;BYHOUR=9,12,15,18,21;BYMINUTE=0' }) },
  // "!!1" … "!!4" are priorities, not a number in the title
  { say: 'call the bank tomorrow at 3pm !!1', check: added('Call the bank', { due: '2026-11-26 15:00', priority: 'high' }) },
  { say: 'file report !!2', check: added('File report', { priority: 'medium' }) },
  { say: 'water plants !!3', check: added('Water plants', { priority: 'low' }) },
  { say: 'buy 2 tickets!!', check: added('Buy 2 tickets', { priority: 'high' }) },
  // a lead opening what a reminder frame left is the reminder's, not a day before today
  { say: "set a reminder two days before my sister's wedding on december twentieth", check: added("My sister's wedding", { due: '2026-12-20', remindBefore: 2880 }) },
  { say: 'set a reminder 30 minutes before the team call at 3pm', check: added('Team call', { due: '2026-11-25 15:00', remindBefore: 30 }) },
  { say: 'set a reminder one week before the tax deadline on april 15', check: added('Tax deadline', { due: '2027-04-15', remindBefore: 10080 }) },
  // things of the morning keep a bare hour in the morning; a greeting has no time in it
  { say: 'wake me up tomorrow at six fifteen', check: added('Wake me up', { due: '2026-11-26 06:15' }) },
  { say: 'breakfast meeting friday at 7', check: added('Breakfast meeting', { due: '2026-11-27 07:00' }) },
  { say: 'morning run at 6', check: added('Morning run', { due: '2026-11-26 06:00' }) },
  { say: 'evening walk at 7', check: added('Evening walk', { due: '2026-11-25 19:00' }) },
  { say: 'meeting at 5', check: added('Meeting', { due: '2026-11-25 17:00' }) },
  { say: 'morning sam', check: says(/^Hi/, unchanged) },
  // a new task said with its date is added, not looked for; the reminder's "for" goes with the frame
  { say: 'put in a reminder for the gas bill due on the fifth', check: added('Gas bill', { due: '2026-12-05' }) },
  { say: 'add the report due friday', check: added('Report', { due: '2026-11-27' }) },
  { say: 'put in a reminder for 5pm to call bob', check: added('Call bob', { due: '2026-11-25 17:00' }) },
  { say: 'set a reminder for the dentist which is on friday at 3', check: added('Dentist', { due: '2026-11-27 15:00' }) },
  { seed: [{ title: 'Report' }], say: 'the report is due monday', check: changed('Report', { due: '2026-11-30' }) },
  // a span of hours starts at its first
  { say: 'add a meeting next tuesday from two to three pm', check: added('Meeting', { due: '2026-12-01 14:00' }) },
  { say: 'note that the plumber comes tomorrow between ten and twelve', check: added('Plumber comes', { due: '2026-11-26 10:00' }) },
  { say: 'add split the bill between 2 and 3 people', check: added('Split the bill between 2 and 3 people', { due: null }) },
];
