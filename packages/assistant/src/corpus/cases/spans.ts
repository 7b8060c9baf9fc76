// New tasks read into spans: recurrence, priority markers, tags, list filler and spoken times, each claimed wherever it
// stands, the title being what is left (phrasings written for #11, not copied from any evaluation set).
import { added } from '../checks.js';
import type { PhraseCase } from '../runner.js';

export const SPANS_CASES: PhraseCase[] = [
  { say: 'add team demo every last friday of the month at 4pm', check: added('Team demo', { due: '2026-11-27 16:00', rule: 'FREQ=MONTHLY;BYDAY=-1FR' }) },
  { say: 'remind me to water my plants every tuesday thursday and saturday', check: added('Water my plants', { rule: 'FREQ=WEEKLY;BYDAY=TU,TH,SA' }) },
  { say: 'p1: renew car registration', check: added('Renew car registration', { priority: 'high', due: null }) },
  { say: 'urgent!!! call the bank', check: added('Call the bank', { priority: 'high' }) },
  { say: 'low prio — sort the photos', check: added('Sort the photos', { priority: 'low' }) },
  { say: 'add prepare the quarterly OKRs with tags work and planning', check: added('Prepare the quarterly OKRs', { tags: ['work', 'planning'], rule: null }) },
  { say: 'add pay the water bill every quarter', check: added('Pay the water bill', { rule: 'FREQ=MONTHLY;INTERVAL=3' }) },
  { say: 'add renew insurance annually on 3 march', check: added('Renew insurance', { due: '2027-03-03', rule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=3' }) },
  { say: 'put meeting with pawel for tomorrow ten am', check: added('Meeting with pawel', { due: '2026-11-26 10:00' }) },
  { say: 'add gym every other tuesday at 7am', check: added('Gym', { rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' }) },
  { say: 'add standup every alternate monday', check: added('Standup', { rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' }) },
  { say: 'add lunch with dale on friday to my calendar', check: added('Lunch with dale', { due: '2026-11-27' }) },
  { say: 'add book club on the 15th of every month', check: added('Book club', { due: '2026-12-15', rule: 'FREQ=MONTHLY;BYMONTHDAY=15' }) },
  { say: 'add dentist at half past five tomorrow', check: added('Dentist', { due: '2026-11-26 17:30' }) },
  { say: 'add call grandma quarter to nine on saturday', check: added('Call grandma', { due: '2026-11-28 08:45' }) },
  // the calendar named without a determiner, and "remainder" for "reminder", are still filler and the command
  { say: 'put the plumber visit on calendar for friday', check: added('Plumber visit', { due: '2026-11-27' }) },
  { say: 'set a remainder at three pm to pick up jo', check: added('Pick up jo', { due: '2026-11-25 15:00' }) },
];
